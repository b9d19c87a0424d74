package io.baton.retention.customer.adapter.in.web;

import io.baton.retention.customer.domain.Handover;
import io.baton.retention.customer.domain.Lineage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * What onboarding hands to retention after first value; {@code lineage} (optional) completes where
 * the customer came from with onboarding's part.
 */
record HandoverRequest(
    @NotNull @PastOrPresent Instant firstValueAt,
    @NotNull @Min(0) @Max(3650) Integer timeToValueDays,
    @Size(max = 100) List<@NotNull @Valid PromiseRequest> promises,
    @Size(max = 100) List<@NotNull @Valid CheckpointRequest> onboardingHistory,
    @Valid LineageRequest lineage) {

  Lineage toLineage() {
    return LineageRequest.toLineage(lineage);
  }

  List<Handover.PromiseStatus> toPromises() {
    return promises == null
        ? List.of()
        : promises.stream().map(p -> new Handover.PromiseStatus(p.text(), p.status())).toList();
  }

  List<Handover.CheckpointRecord> toOnboardingHistory() {
    return onboardingHistory == null
        ? List.of()
        : onboardingHistory.stream()
            .map(
                c ->
                    new Handover.CheckpointRecord(
                        c.checkpointId(),
                        c.name(),
                        c.dueAt(),
                        c.completedAt(),
                        c.status(),
                        c.daysLate()))
            .toList();
  }

  record PromiseRequest(
      @NotBlank @Size(max = 500) String text, @NotBlank @Size(max = 50) String status) {}

  record CheckpointRequest(
      @NotBlank @Size(max = 100) String checkpointId,
      @Size(max = 200) String name,
      Instant dueAt,
      Instant completedAt,
      @NotBlank @Size(max = 50) String status,
      @Min(0) @Max(3650) Integer daysLate) {}
}

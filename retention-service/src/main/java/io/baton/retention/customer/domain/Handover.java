package io.baton.retention.customer.domain;

import java.time.Instant;
import java.util.List;

/**
 * What onboarding hands to retention after first value: when it came, how long it took, what became
 * of each promise made in the sale, and how each onboarding checkpoint went.
 */
public record Handover(
    Instant firstValueAt,
    Integer timeToValueDays,
    List<PromiseStatus> promises,
    List<CheckpointRecord> onboardingHistory,
    Instant handedOverAt) {

  public Handover {
    promises = promises == null ? List.of() : List.copyOf(promises);
    onboardingHistory = onboardingHistory == null ? List.of() : List.copyOf(onboardingHistory);
  }

  /** A promise from the sale and where it stands (e.g. kept, missed, open). */
  public record PromiseStatus(String text, String status) {}

  /** One onboarding checkpoint: when it was due and done, its status and how late it was. */
  public record CheckpointRecord(
      String checkpointId,
      String name,
      Instant dueAt,
      Instant completedAt,
      String status,
      Integer daysLate) {}
}

package io.baton.handoff.adapter.in.web;

import io.baton.handoff.domain.Brief;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A draft of the handoff brief. A draft may be incomplete — the completeness check says what is
 * missing — but every item in it must be well-formed.
 */
record BriefRequest(
    @Size(max = 50) List<@Valid PromiseRequest> promises,
    @Size(max = 50) List<@Valid StakeholderRequest> stakeholders,
    @Size(max = 50) List<@Valid CriterionRequest> successCriteria,
    @Size(max = 4000) String risks,
    @Size(max = 4000) String notSold,
    LocalDate desiredGoLiveDate) {

  Brief toBrief() {
    return new Brief(
        promises == null
            ? List.of()
            : promises.stream()
                .map(p -> new Brief.Promise(p.text(), p.owner(), p.dueDate()))
                .toList(),
        stakeholders == null
            ? List.of()
            : stakeholders.stream()
                .map(s -> new Brief.Stakeholder(s.name(), s.role(), s.contact()))
                .toList(),
        successCriteria == null
            ? List.of()
            : successCriteria.stream()
                .map(c -> new Brief.SuccessCriterion(c.metric(), c.baseline(), c.target()))
                .toList(),
        risks,
        notSold,
        desiredGoLiveDate);
  }

  record PromiseRequest(
      @Size(max = 500) String text, @Size(max = 100) String owner, LocalDate dueDate) {}

  record StakeholderRequest(
      @Size(max = 200) String name,
      @Pattern(
              regexp = "champion|economic-buyer|technical-buyer|user|executive-sponsor|other",
              message =
                  "must be one of champion, economic-buyer, technical-buyer, user, executive-sponsor, other")
          String role,
      @Size(max = 200) String contact) {}

  record CriterionRequest(
      @Size(max = 200) String metric,
      @Size(max = 200) String baseline,
      @Size(max = 200) String target) {}
}

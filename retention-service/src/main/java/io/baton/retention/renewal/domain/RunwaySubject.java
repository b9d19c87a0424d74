package io.baton.retention.renewal.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/** What the renewal runway needs of an active customer to see whether a step is due. */
public record RunwaySubject(
    String customerId, LocalDate renewalDate, List<RunwayCheck> runwayChecks) {

  public RunwaySubject {
    runwayChecks = runwayChecks == null ? List.of() : List.copyOf(runwayChecks);
  }

  public Optional<Period> dueStep(RenewalRunway runway, LocalDate today) {
    return runway.dueStep(renewalDate, today, RunwayCheck.stepsChecked(runwayChecks, renewalDate));
  }
}

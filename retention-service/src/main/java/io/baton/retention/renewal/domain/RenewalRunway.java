package io.baton.retention.renewal.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The steps before a renewal at which its risk is checked (e.g. 120, 90, 60 and 30 days before),
 * longest first. A customer is checked at the latest step it has reached, once per renewal date and
 * step: a customer handed over at T-50 is first checked at the T-60 step.
 */
public record RenewalRunway(List<Period> steps) {

  private static final LocalDate REFERENCE = LocalDate.of(2000, 1, 1);

  public RenewalRunway {
    if (steps == null || steps.isEmpty()) {
      throw new IllegalArgumentException("The renewal runway needs at least one step");
    }
    for (Period step : steps) {
      if (step.isNegative() || step.isZero()) {
        throw new IllegalArgumentException("A renewal runway step must be positive, not " + step);
      }
    }
    steps =
        steps.stream()
            .distinct()
            .sorted(Comparator.comparing((Period step) -> REFERENCE.plus(step)).reversed())
            .toList();
  }

  public Period longest() {
    return steps.getFirst();
  }

  /**
   * The step the runway to {@code renewalDate} has reached on {@code today}, unless it was checked
   * already ({@code checkedSteps} of this renewal date) or the renewal date is not ahead.
   */
  public Optional<Period> dueStep(
      LocalDate renewalDate, LocalDate today, Set<String> checkedSteps) {
    if (!today.isBefore(renewalDate)) {
      return Optional.empty();
    }
    Period reached = null;
    for (Period step : steps) {
      if (!renewalDate.minus(step).isAfter(today)) {
        reached = step;
      }
    }
    return Optional.ofNullable(reached).filter(step -> !checkedSteps.contains(step.toString()));
  }
}

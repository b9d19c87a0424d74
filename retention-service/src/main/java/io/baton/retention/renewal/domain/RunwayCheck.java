package io.baton.retention.renewal.domain;

import io.baton.retention.health.domain.Band;
import io.baton.retention.health.domain.Trend;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The check of a renewal's risk at one step of the runway: the health then, whether it put the
 * renewal at risk (then a save play was asked for with reason {@code renewal-risk}).
 */
public record RunwayCheck(
    LocalDate renewalDate,
    String step,
    LocalDate checkedOn,
    int score,
    Band band,
    Trend trend,
    boolean atRisk) {

  /** The steps of the runway to {@code renewalDate} that {@code checks} checked already. */
  public static Set<String> stepsChecked(List<RunwayCheck> checks, LocalDate renewalDate) {
    return checks.stream()
        .filter(check -> check.renewalDate().equals(renewalDate))
        .map(RunwayCheck::step)
        .collect(Collectors.toSet());
  }
}

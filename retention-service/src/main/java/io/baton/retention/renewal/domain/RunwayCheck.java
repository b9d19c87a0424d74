package io.baton.retention.renewal.domain;

import io.baton.retention.health.domain.Band;
import io.baton.retention.health.domain.Trend;
import java.time.LocalDate;

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
    boolean atRisk) {}

package io.baton.retention.health.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One entry of a customer's health history, answering "why did it change?": what made Baton assess
 * the health ({@code cause}, with the signal or intervention id in {@code causeReference}), the
 * score and band before and after, the trend, each component that moved and the signals that moved
 * it, and the same in one sentence ({@code summary}).
 */
public record HealthChange(
    Instant at,
    HealthCause cause,
    String causeReference,
    Integer fromScore,
    int toScore,
    Band fromBand,
    Band toBand,
    Trend trend,
    List<ComponentChange> components,
    String summary) {

  public HealthChange {
    components = components == null ? List.of() : List.copyOf(components);
  }

  static HealthChange of(
      Instant at,
      HealthCause cause,
      String causeReference,
      Health previous,
      HealthAssessment next,
      Trend trend,
      List<ComponentChange> components) {
    Integer fromScore = previous == null ? null : previous.score();
    Band fromBand = previous == null ? null : previous.band();
    return new HealthChange(
        at,
        cause,
        causeReference,
        fromScore,
        next.score(),
        fromBand,
        next.band(),
        trend,
        components,
        summarize(fromScore, fromBand, next, trend, components));
  }

  private static String summarize(
      Integer fromScore,
      Band fromBand,
      HealthAssessment next,
      Trend trend,
      List<ComponentChange> components) {
    String headline =
        fromScore == null
            ? "Health starts at " + next.score() + " (" + next.band().code() + ")"
            : "Health "
                + fromScore
                + " → "
                + next.score()
                + " ("
                + fromBand.code()
                + " → "
                + next.band().code()
                + ", "
                + trend.code()
                + ")";
    if (fromScore == null || components.isEmpty()) {
      return headline;
    }
    return headline
        + ": "
        + components.stream().map(HealthChange::describe).collect(Collectors.joining("; "));
  }

  private static String describe(ComponentChange change) {
    String move = change.component().code() + " " + change.from() + " → " + change.to();
    if (change.signals().isEmpty()) {
      return move + " (older signals fade)";
    }
    return move
        + " ("
        + change.signals().stream()
            .map(
                impact ->
                    impact.type().code() + " " + impact.signalId() + ": " + points(impact.points()))
            .collect(Collectors.joining(", "))
        + ")";
  }

  private static String points(double points) {
    return (points > 0 ? "+" : points < 0 ? "−" : "±")
        + String.format(Locale.ROOT, "%.1f", Math.abs(points));
  }
}

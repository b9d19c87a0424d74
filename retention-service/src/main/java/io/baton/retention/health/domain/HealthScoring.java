package io.baton.retention.health.domain;

import io.baton.retention.customer.domain.Segment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The health score, a pure function of a customer's segment, its signals and the moment: no
 * storage, no clock, so a benchmark can call {@link #assess} directly for any number of customers.
 *
 * <p>Each signal's effect fades with age: it counts {@code 0.5^(age / halfLife)} of its full
 * effect, and not at all once it is older than the lookback. Each component is 0 to 100:
 *
 * <ul>
 *   <li><b>usage</b> — the faded average of {@code product-usage} values × 100, pulled toward a
 *       neutral {@value #NEUTRAL} by a prior worth {@value #PRIOR_WEIGHT} of a fresh signal (so
 *       with no recent report it drifts back to neutral);
 *   <li><b>sentiment</b> — the same average of {@code nps-response} × 10 and {@code csat-response}
 *       (value − 1) × 25;
 *   <li><b>support</b> — 100 minus the faded penalties: {@value #TICKET_OPENED} per {@code
 *       support-ticket-opened}, {@value #TICKET_ESCALATED} per {@code support-ticket-escalated};
 *   <li><b>onboarding</b> — 100 minus {@value #LATE_BASE} + {@value #PER_DAY_LATE} per day late (at
 *       most {@value #SLIP_MAX}) per {@code onboarding-slip};
 *   <li><b>commercial</b> — 100 minus {@value #LATE_BASE} + {@value #PER_DAY_LATE} per day late (at
 *       most {@value #PAYMENT_MAX}) per {@code payment-late};
 *   <li><b>relationship</b> — 100 minus {@value #PROMISE_MISSED} per {@code promise-missed} and
 *       {@value #CHAMPION_LEFT} per {@code champion-left}.
 * </ul>
 *
 * Components are rounded to whole points, and the score is their weighted average with the
 * segment's weights, rounded. A signal's impact is the component's value with it minus its value
 * without it, so an explanation can say which signals moved a component and by how much.
 */
public final class HealthScoring {

  static final double NEUTRAL = 70;
  static final double PRIOR_WEIGHT = 0.25;
  static final double TICKET_OPENED = 5;
  static final double TICKET_ESCALATED = 15;
  static final double LATE_BASE = 10;
  static final double PER_DAY_LATE = 0.5;
  static final double SLIP_MAX = 30;
  static final double PAYMENT_MAX = 40;
  static final double PROMISE_MISSED = 15;
  static final double CHAMPION_LEFT = 40;

  private final HealthModel model;
  private final double halfLifeSeconds;

  public HealthScoring(HealthModel model) {
    this.model = model;
    this.halfLifeSeconds = model.halfLife().toSeconds();
  }

  public HealthModel model() {
    return model;
  }

  /** Scores a customer of the segment from its signals, as of {@code at}. */
  public HealthAssessment assess(Segment segment, List<Signal> signals, Instant at) {
    EnumMap<HealthComponent, Accumulator> accumulators = new EnumMap<>(HealthComponent.class);
    for (HealthComponent component : HealthComponent.values()) {
      accumulators.put(component, new Accumulator(isAverage(component)));
    }
    long sequence = 0;
    for (Signal signal : signals) {
      sequence = Math.max(sequence, signal.sequence());
      Duration age = Duration.between(signal.occurredAt(), at);
      if (age.compareTo(model.lookback()) > 0) {
        continue;
      }
      double weight = Math.pow(0.5, Math.max(0, age.toSeconds()) / halfLifeSeconds);
      accumulators.get(componentOf(signal.type())).add(signal, weight, effectOf(signal));
    }
    Map<HealthComponent, Integer> weights = model.weightsOf(segment);
    List<ComponentScore> components = new ArrayList<>();
    Map<HealthComponent, List<SignalImpact>> impacts = new EnumMap<>(HealthComponent.class);
    double weighted = 0;
    int totalWeight = 0;
    for (HealthComponent component : HealthComponent.values()) {
      Accumulator accumulator = accumulators.get(component);
      int value = accumulator.value();
      int weight = weights.get(component);
      components.add(new ComponentScore(component, value, weight));
      impacts.put(component, accumulator.impacts());
      weighted += (double) value * weight;
      totalWeight += weight;
    }
    int score = clamp(Math.round(weighted / totalWeight));
    return new HealthAssessment(score, model.bandOf(score), components, impacts, sequence, at);
  }

  /**
   * Assesses the customer again and compares with its current health (null when it has none yet).
   *
   * @return the new health with the history entry explaining it, or empty when the score and the
   *     band are the same as before
   */
  public Optional<HealthUpdate> reassess(
      Health current,
      Segment segment,
      List<Signal> signals,
      HealthCause cause,
      String causeReference,
      Instant at) {
    HealthAssessment next = assess(segment, signals, at);
    if (current != null && current.score() == next.score() && current.band() == next.band()) {
      return Optional.empty();
    }
    Trend trend = Trend.between(current == null ? null : current.score(), next.score());
    long seen = current == null ? 0 : current.signalSequence();
    Set<String> newSignals = new HashSet<>();
    for (Signal signal : signals) {
      if (signal.sequence() > seen) {
        newSignals.add(signal.signalId());
      }
    }
    List<ComponentChange> changes = new ArrayList<>();
    for (ComponentScore component : next.components()) {
      Integer from = current == null ? null : current.valueOf(component.component());
      if (from == null || from != component.value()) {
        changes.add(
            new ComponentChange(
                component.component(),
                from,
                component.value(),
                next.impactsOn(component.component()).stream()
                    .filter(impact -> newSignals.contains(impact.signalId()))
                    .toList()));
      }
    }
    Health health =
        new Health(next.score(), next.band(), trend, next.components(), next.signalSequence(), at);
    HealthChange change = HealthChange.of(at, cause, causeReference, current, next, trend, changes);
    boolean turnedRed = next.band() == Band.RED && (current == null || current.band() != Band.RED);
    return Optional.of(new HealthUpdate(health, change, turnedRed));
  }

  static HealthComponent componentOf(SignalType type) {
    return switch (type) {
      case PRODUCT_USAGE -> HealthComponent.USAGE;
      case SUPPORT_TICKET_OPENED, SUPPORT_TICKET_ESCALATED -> HealthComponent.SUPPORT;
      case NPS_RESPONSE, CSAT_RESPONSE -> HealthComponent.SENTIMENT;
      case ONBOARDING_SLIP -> HealthComponent.ONBOARDING;
      case PAYMENT_LATE -> HealthComponent.COMMERCIAL;
      case PROMISE_MISSED, CHAMPION_LEFT -> HealthComponent.RELATIONSHIP;
    };
  }

  private static boolean isAverage(HealthComponent component) {
    return component == HealthComponent.USAGE || component == HealthComponent.SENTIMENT;
  }

  /** For an average component the signal's reading (0 to 100); otherwise its full penalty. */
  private static double effectOf(Signal signal) {
    return switch (signal.type()) {
      case PRODUCT_USAGE -> signal.value() * 100;
      case NPS_RESPONSE -> signal.value() * 10;
      case CSAT_RESPONSE -> (signal.value() - 1) * 25;
      case SUPPORT_TICKET_OPENED -> TICKET_OPENED;
      case SUPPORT_TICKET_ESCALATED -> TICKET_ESCALATED;
      case ONBOARDING_SLIP -> Math.min(SLIP_MAX, LATE_BASE + PER_DAY_LATE * signal.daysLate());
      case PAYMENT_LATE -> Math.min(PAYMENT_MAX, LATE_BASE + PER_DAY_LATE * signal.daysLate());
      case PROMISE_MISSED -> PROMISE_MISSED;
      case CHAMPION_LEFT -> CHAMPION_LEFT;
    };
  }

  private static int clamp(long value) {
    return (int) Math.max(0, Math.min(100, value));
  }

  /** Collects the faded effects of one component's signals. */
  private static final class Accumulator {

    private final boolean average;
    private final List<Signal> signals = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();
    private final List<Double> effects = new ArrayList<>();
    private double weightedSum;
    private double totalWeight;

    Accumulator(boolean average) {
      this.average = average;
      this.weightedSum = average ? PRIOR_WEIGHT * NEUTRAL : 0;
      this.totalWeight = average ? PRIOR_WEIGHT : 0;
    }

    void add(Signal signal, double weight, double effect) {
      signals.add(signal);
      weights.add(weight);
      effects.add(effect);
      weightedSum += weight * effect;
      totalWeight += weight;
    }

    int value() {
      return clamp(Math.round(exact(weightedSum, totalWeight)));
    }

    private double exact(double sum, double total) {
      return average ? sum / total : 100 - sum;
    }

    List<SignalImpact> impacts() {
      List<SignalImpact> impacts = new ArrayList<>(signals.size());
      double with = Math.max(0, Math.min(100, exact(weightedSum, totalWeight)));
      for (int i = 0; i < signals.size(); i++) {
        double weight = weights.get(i);
        double without =
            Math.max(
                0,
                Math.min(100, exact(weightedSum - weight * effects.get(i), totalWeight - weight)));
        Signal signal = signals.get(i);
        impacts.add(
            new SignalImpact(
                signal.signalId(),
                signal.type(),
                signal.occurredAt(),
                Math.round((with - without) * 10) / 10.0));
      }
      return impacts;
    }
  }
}

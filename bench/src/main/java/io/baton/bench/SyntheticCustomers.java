package io.baton.bench;

import io.baton.retention.customer.domain.Segment;
import io.baton.retention.health.domain.Band;
import io.baton.retention.health.domain.Health;
import io.baton.retention.health.domain.HealthAssessment;
import io.baton.retention.health.domain.HealthComponent;
import io.baton.retention.health.domain.HealthModel;
import io.baton.retention.health.domain.HealthScoring;
import io.baton.retention.health.domain.HealthSubject;
import io.baton.retention.health.domain.Signal;
import io.baton.retention.health.domain.SignalType;
import io.baton.retention.health.domain.Trend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Customers as retention-service's recompute reads them ({@link HealthSubject}: segment, current
 * health, signals within the lookback), made up from a fixed seed: signals of every type spread
 * over the lookback, each customer last assessed an hour before the recompute (the recompute runs
 * hourly), so the recompute finds the scores that faded since.
 */
final class SyntheticCustomers {

  /** Where the recompute stands: every synthetic signal is older. */
  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  private static final Duration LAST_ASSESSED_BEFORE = Duration.ofHours(1);
  private static final SignalType[] TYPE_MIX = {
    SignalType.PRODUCT_USAGE,
    SignalType.PRODUCT_USAGE,
    SignalType.PRODUCT_USAGE,
    SignalType.PRODUCT_USAGE,
    SignalType.SUPPORT_TICKET_OPENED,
    SignalType.SUPPORT_TICKET_OPENED,
    SignalType.SUPPORT_TICKET_ESCALATED,
    SignalType.NPS_RESPONSE,
    SignalType.CSAT_RESPONSE,
    SignalType.ONBOARDING_SLIP,
    SignalType.PROMISE_MISSED,
    SignalType.PAYMENT_LATE,
    SignalType.CHAMPION_LEFT
  };

  private SyntheticCustomers() {}

  /**
   * The scoring model retention-service ships (the weights, bands, half-life and lookback of its
   * application.yml).
   */
  static HealthScoring shippedScoring() {
    Map<Segment, Map<HealthComponent, Integer>> weights = new EnumMap<>(Segment.class);
    weights.put(Segment.SMB, weights(35, 15, 15, 10, 15, 10));
    weights.put(Segment.MID_MARKET, weights(30, 15, 15, 10, 15, 15));
    weights.put(Segment.ENTERPRISE, weights(25, 15, 10, 10, 15, 25));
    return new HealthScoring(
        new HealthModel(weights, 70, 40, Duration.ofDays(30), Duration.ofDays(180), 100));
  }

  static List<HealthSubject> generate(
      HealthScoring scoring, int count, int signalsEach, long seed) {
    Random random = new Random(seed);
    Duration lookback = scoring.model().lookback();
    Instant lastAssessed = NOW.minus(LAST_ASSESSED_BEFORE);
    List<HealthSubject> customers = new ArrayList<>(count);
    for (int c = 0; c < count; c++) {
      String customerId = String.format("customer-%07d", c);
      Segment segment = Segment.values()[c % Segment.values().length];
      List<Signal> signals = new ArrayList<>(signalsEach);
      for (int s = 1; s <= signalsEach; s++) {
        SignalType type = type(random);
        Instant occurredAt =
            lastAssessed.minusSeconds((long) (random.nextDouble() * lookback.toSeconds()));
        signals.add(
            new Signal(
                customerId + "-signal-" + s,
                customerId,
                type,
                occurredAt,
                valueOf(type, random),
                detailsOf(type, s, random),
                occurredAt,
                s));
      }
      HealthAssessment last = scoring.assess(segment, signals, lastAssessed);
      Health health =
          new Health(
              last.score(),
              last.band(),
              Trend.FLAT,
              last.components(),
              last.signalSequence(),
              lastAssessed);
      customers.add(new HealthSubject(customerId, segment, health, signals, 1L));
    }
    return customers;
  }

  /** A type of signal as customers report them: product usage most, a champion leaving least. */
  static SignalType type(Random random) {
    return TYPE_MIX[random.nextInt(TYPE_MIX.length)];
  }

  /** The value a signal of the type carries (usage share, NPS or CSAT answer), else null. */
  static Double valueOf(SignalType type, Random random) {
    return switch (type) {
      case PRODUCT_USAGE -> Math.round(random.nextDouble() * 100) / 100.0;
      case NPS_RESPONSE -> (double) random.nextInt(11);
      case CSAT_RESPONSE -> (double) (1 + random.nextInt(5));
      default -> null;
    };
  }

  /** The details a signal of the type carries (checkpoint, days late, promise). */
  static Map<String, String> detailsOf(SignalType type, int number, Random random) {
    return switch (type) {
      case ONBOARDING_SLIP ->
          Map.of(
              Signal.CHECKPOINT_ID,
              "go-live",
              Signal.DAYS_LATE,
              String.valueOf(random.nextInt(30)));
      case PAYMENT_LATE -> Map.of(Signal.DAYS_LATE, String.valueOf(random.nextInt(60)));
      case PROMISE_MISSED -> Map.of(Signal.PROMISE_ID, "promise-" + number);
      default -> Map.of();
    };
  }

  private static Map<HealthComponent, Integer> weights(
      int usage, int support, int sentiment, int onboarding, int commercial, int relationship) {
    Map<HealthComponent, Integer> weights = new EnumMap<>(HealthComponent.class);
    weights.put(HealthComponent.USAGE, usage);
    weights.put(HealthComponent.SUPPORT, support);
    weights.put(HealthComponent.SENTIMENT, sentiment);
    weights.put(HealthComponent.ONBOARDING, onboarding);
    weights.put(HealthComponent.COMMERCIAL, commercial);
    weights.put(HealthComponent.RELATIONSHIP, relationship);
    return weights;
  }

  /** How many customers are in each band, e.g. "green 61 %, yellow 30 %, red 9 %". */
  static String bands(List<HealthSubject> customers) {
    Map<Band, Integer> counts = new EnumMap<>(Band.class);
    customers.forEach(customer -> counts.merge(customer.health().band(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    for (Band band : Band.values()) {
      parts.add(
          band.name().toLowerCase()
              + " "
              + Math.round(100.0 * counts.getOrDefault(band, 0) / customers.size())
              + " %");
    }
    return String.join(", ", parts);
  }
}

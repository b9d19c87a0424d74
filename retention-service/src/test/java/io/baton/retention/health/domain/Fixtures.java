package io.baton.retention.health.domain;

import io.baton.retention.customer.domain.CustomerProfile;
import io.baton.retention.customer.domain.Segment;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Builders for the retention domain's tests. */
public final class Fixtures {

  public static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");

  private Fixtures() {}

  /**
   * The default model of application.yml: smb 35/15/15/10/15/10, mid-market 30/15/15/10/15/15,
   * enterprise 25/15/10/10/15/25.
   */
  public static HealthModel defaultModel() {
    return aModel().build();
  }

  public static ModelBuilder aModel() {
    return new ModelBuilder();
  }

  public static SignalBuilder aSignal(String signalId, SignalType type) {
    return new SignalBuilder(signalId, type);
  }

  public static CustomerProfile aProfile(Segment segment) {
    return new CustomerProfile(
        "Acme Corp", segment, "amy", new BigDecimal("48000"), LocalDate.parse("2026-06-15"), null);
  }

  public static final class ModelBuilder {
    private final Map<Segment, Map<HealthComponent, Integer>> weights =
        new EnumMap<>(Segment.class);
    private int greenFrom = 70;
    private int yellowFrom = 40;
    private int historySize = 100;

    ModelBuilder() {
      weights.put(Segment.SMB, weights(35, 15, 15, 10, 15, 10));
      weights.put(Segment.MID_MARKET, weights(30, 15, 15, 10, 15, 15));
      weights.put(Segment.ENTERPRISE, weights(25, 15, 10, 10, 15, 25));
    }

    public ModelBuilder onlyRelationshipCountsFor(Segment segment) {
      weights.put(segment, weights(0, 0, 0, 0, 0, 1));
      return this;
    }

    public ModelBuilder bands(int green, int yellow) {
      this.greenFrom = green;
      this.yellowFrom = yellow;
      return this;
    }

    public ModelBuilder historySize(int size) {
      this.historySize = size;
      return this;
    }

    public HealthModel build() {
      return new HealthModel(
          weights, greenFrom, yellowFrom, Duration.ofDays(30), Duration.ofDays(180), historySize);
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
  }

  public static final class SignalBuilder {
    private final String signalId;
    private final SignalType type;
    private String customerId = "deal-1";
    private Instant occurredAt = NOW;
    private Double value;
    private final Map<String, String> details = new HashMap<>();
    private long sequence;

    SignalBuilder(String signalId, SignalType type) {
      this.signalId = signalId;
      this.type = type;
    }

    public SignalBuilder of(String customer) {
      this.customerId = customer;
      return this;
    }

    public SignalBuilder daysAgo(long days) {
      this.occurredAt = NOW.minus(Duration.ofDays(days));
      return this;
    }

    public SignalBuilder value(double reading) {
      this.value = reading;
      return this;
    }

    public SignalBuilder detail(String key, String text) {
      details.put(key, text);
      return this;
    }

    public SignalBuilder sequence(long number) {
      this.sequence = number;
      return this;
    }

    public Signal build() {
      return new Signal(signalId, customerId, type, occurredAt, value, details, NOW, sequence);
    }
  }
}

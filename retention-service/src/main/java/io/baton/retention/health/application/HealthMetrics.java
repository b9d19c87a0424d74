package io.baton.retention.health.application;

import io.baton.retention.health.domain.HealthCause;
import io.baton.retention.health.domain.SignalType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The health metrics: signals received per type (duplicates apart), health assessments per cause,
 * and how long a recompute of every customer takes.
 */
@Component
public class HealthMetrics {

  private final MeterRegistry registry;
  private final Timer recomputeAll;

  public HealthMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.recomputeAll =
        Timer.builder("baton.retention.health.recompute.all")
            .description("How long one recompute of every customer's health took")
            .register(registry);
  }

  void signalReceived(SignalType type, boolean duplicate) {
    Counter.builder("baton.retention.signals.received")
        .description("Signals received, by type; duplicates (the same signal id again) apart")
        .tag("type", type.code())
        .tag("duplicate", String.valueOf(duplicate))
        .register(registry)
        .increment();
  }

  /** Counts health assessments of {@code customers} customers caused by {@code cause}. */
  public void healthAssessed(HealthCause cause, long customers) {
    Counter.builder("baton.retention.health.recomputes")
        .description("Health assessments of a customer, by what caused them")
        .tag("cause", cause.code())
        .register(registry)
        .increment(customers);
  }

  void recomputedAll(Duration took) {
    recomputeAll.record(took);
  }
}

package io.baton.retention.health.application;

import io.baton.retention.health.domain.HealthCause;
import io.baton.retention.health.domain.SignalType;
import io.baton.retention.saveplay.domain.InterventionOutcome;
import io.baton.retention.saveplay.domain.RevenueFigures;
import io.baton.retention.saveplay.domain.TriggerSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The retention metrics: signals received per type (duplicates apart), health assessments per
 * cause, how long a recompute of every customer takes, interventions started per reason, outcomes,
 * the ARR save plays kept, and the ARR at risk now (yellow and red customers).
 */
@Component
public class RetentionMetrics {

  private final MeterRegistry registry;
  private final Timer recomputeAll;

  public RetentionMetrics(MeterRegistry registry, RevenueFigures revenueFigures) {
    this.registry = registry;
    this.recomputeAll =
        Timer.builder("baton.retention.health.recompute.all")
            .description("How long one recompute of every customer's health took")
            .register(registry);
    Gauge.builder("baton.retention.arr.at.risk", () -> revenueFigures.arrAtRisk().total())
        .description("ARR of customers whose health is yellow or red now")
        .register(registry);
  }

  public void signalReceived(SignalType type, boolean duplicate) {
    Counter.builder("baton.retention.signals.received")
        .description("Signals received, by type; duplicates (the same signal id again) apart")
        .tag("type", type.code())
        .tag("duplicate", String.valueOf(duplicate))
        .register(registry)
        .increment();
  }

  public void healthAssessed(HealthCause cause, long customers) {
    Counter.builder("baton.retention.health.recomputes")
        .description("Health assessments of a customer, by what caused them")
        .tag("cause", cause.code())
        .register(registry)
        .increment(customers);
  }

  public void recomputedAll(Duration took) {
    recomputeAll.record(took);
  }

  public void interventionStarted(TriggerSource source) {
    Counter.builder("baton.retention.interventions.started")
        .description("Save plays started, by the reason of the request that started them")
        .tag("reason", source.riskReason().code())
        .register(registry)
        .increment();
  }

  public void outcomeRecorded(InterventionOutcome outcome) {
    Counter.builder("baton.retention.outcomes")
        .description("Save play outcomes, by outcome and play")
        .tag("outcome", outcome.outcome().code())
        .tag("play", outcome.play())
        .register(registry)
        .increment();
    Counter.builder("baton.retention.saved.arr")
        .description(
            "ARR kept by save plays (all of it when saved, the rest when downgraded), by play")
        .tag("play", outcome.play())
        .register(registry)
        .increment(outcome.arrKept().doubleValue());
  }
}

package io.baton.retention.saveplay.application;

import io.baton.retention.saveplay.domain.InterventionOutcome;
import io.baton.retention.saveplay.domain.RevenueFigures;
import io.baton.retention.saveplay.domain.TriggerSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The save-play metrics: interventions started per reason, outcomes, the ARR save plays kept, and
 * the ARR at risk now (yellow and red customers).
 */
@Component
public class SavePlayMetrics {

  private final MeterRegistry registry;

  public SavePlayMetrics(MeterRegistry registry, RevenueFigures revenueFigures) {
    this.registry = registry;
    Gauge.builder("baton.retention.arr.at.risk", () -> revenueFigures.arrAtRisk().total())
        .description("ARR of customers whose health is yellow or red now")
        .register(registry);
  }

  void interventionStarted(TriggerSource source) {
    Counter.builder("baton.retention.interventions.started")
        .description("Save plays started, by the reason of the request that started them")
        .tag("reason", source.riskReason().code())
        .register(registry)
        .increment();
  }

  void outcomeRecorded(InterventionOutcome outcome) {
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

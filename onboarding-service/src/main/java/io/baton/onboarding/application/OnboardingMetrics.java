package io.baton.onboarding.application;

import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.OnboardingPlans;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The onboarding metrics: plans started per segment, checkpoint slips and blockers per checkpoint,
 * promises missed, time to value in days per segment, and how many plans are behind now.
 */
@Component
public class OnboardingMetrics {

  private final MeterRegistry registry;
  private final Counter promisesMissed;

  public OnboardingMetrics(MeterRegistry registry, OnboardingPlans plans) {
    this.registry = registry;
    this.promisesMissed =
        Counter.builder("baton.onboarding.promises.missed")
            .description("Promises from the handoff brief flagged as missed")
            .register(registry);
    Gauge.builder("baton.onboarding.behind", plans::countBehind)
        .description("Onboarding plans with a checkpoint behind its due date")
        .register(registry);
  }

  void planCreated(OnboardingPlan plan) {
    Counter.builder("baton.onboarding.plans.started")
        .description("Onboarding plans created from accepted handoffs")
        .tag("segment", plan.segment())
        .register(registry)
        .increment();
  }

  void checkpointSlipped(String checkpointId) {
    Counter.builder("baton.onboarding.checkpoint.slips")
        .description("Checkpoints whose due date passed before they were done")
        .tag("checkpoint", checkpointId)
        .register(registry)
        .increment();
  }

  void blockerReported(String checkpointId) {
    Counter.builder("baton.onboarding.blockers")
        .description("Blockers reported on onboarding checkpoints")
        .tag("checkpoint", checkpointId)
        .register(registry)
        .increment();
  }

  void promiseMissed() {
    promisesMissed.increment();
  }

  void firstValueReached(OnboardingPlan plan) {
    plan.timeToValueDays()
        .ifPresent(
            days ->
                DistributionSummary.builder("baton.onboarding.time.to.value")
                    .description(
                        "Days from the contract date to the customer-confirmed first value")
                    .baseUnit("days")
                    .tag("segment", plan.segment())
                    .publishPercentileHistogram()
                    .register(registry)
                    .record(days));
  }
}

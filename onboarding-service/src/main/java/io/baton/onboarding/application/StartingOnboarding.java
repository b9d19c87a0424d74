package io.baton.onboarding.application;

import io.baton.onboarding.domain.AcceptedHandoff;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.OnboardingPlans;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * An accepted handoff starts the customer's onboarding plan from the template of its segment, once
 * per deal, and the {@code onboarding-started} message waits in the plan's outbox until the engine
 * takes it. The same deal again finds its plan and sends nothing new.
 */
@Service
public class StartingOnboarding {

  private final OnboardingPlans plans;
  private final UnitOfWork<OnboardingPlan> planWork;
  private final OnboardingSettings settings;
  private final OnboardingMetrics metrics;
  private final Clock clock;

  public StartingOnboarding(
      OnboardingPlans plans,
      UnitOfWork<OnboardingPlan> planWork,
      OnboardingSettings settings,
      OnboardingMetrics metrics,
      Clock clock) {
    this.plans = plans;
    this.planWork = planWork;
    this.settings = settings;
    this.metrics = metrics;
    this.clock = clock;
  }

  public Start start(AcceptedHandoff handoff, String correlationId) {
    Optional<OnboardingPlan> existing = plans.find(handoff.dealId());
    if (existing.isPresent()) {
      return new Start(existing.get(), false);
    }
    Instant now = clock.instant();
    String segment = settings.segmentBands().segmentOf(handoff.arr());
    OnboardingPlan plan =
        OnboardingPlan.start(
            handoff, segment, settings.templateOf(segment), settings.contractTerm(), now);
    plan.announceStarted(correlationId, now);
    return planWork
        .add(plan)
        .map(
            added -> {
              metrics.planCreated(added);
              return new Start(added, true);
            })
        .orElseGet(() -> new Start(plans.find(handoff.dealId()).orElseThrow(), false));
  }

  /** The deal's plan, and whether this call created it. */
  public record Start(OnboardingPlan plan, boolean created) {}
}

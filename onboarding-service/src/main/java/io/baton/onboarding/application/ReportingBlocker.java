package io.baton.onboarding.application;

import io.baton.onboarding.domain.Blocker;
import io.baton.onboarding.domain.BlockerReport;
import io.baton.onboarding.domain.OnboardingPlan;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Someone reports what holds a checkpoint up: it is kept on the plan and the process hears it at
 * once ({@code blocker-reported}), to bring it to the account manager and retention.
 */
@Service
public class ReportingBlocker {

  private final PlanChanges planChanges;
  private final OnboardingMetrics metrics;
  private final Clock clock;

  public ReportingBlocker(PlanChanges planChanges, OnboardingMetrics metrics, Clock clock) {
    this.planChanges = planChanges;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** Reports a blocker; the same report again names the blocker reported before and sends nothing. */
  public Report report(String dealId, String checkpointId, String description, String reportedBy) {
    Instant now = clock.instant();
    OnboardingPlan plan = planChanges.load(dealId);
    BlockerReport report = plan.reportBlocker(checkpointId, description, reportedBy, now);
    if (!report.added()) {
      return new Report(plan, report.blocker(), false);
    }
    plan.enqueue(OnboardingOutbox.blockerReported(plan, report.blocker(), now));
    OnboardingPlan stored = planChanges.store(plan);
    metrics.blockerReported(checkpointId);
    return new Report(stored, report.blocker(), true);
  }

  /** The plan with the blocker, the blocker, and whether this call reported it. */
  public record Report(OnboardingPlan plan, Blocker blocker, boolean added) {}
}

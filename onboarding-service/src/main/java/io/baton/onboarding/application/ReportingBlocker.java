package io.baton.onboarding.application;

import io.baton.onboarding.domain.Blocker;
import io.baton.onboarding.domain.BlockerReport;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.support.unitofwork.Changed;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;

/**
 * Someone reports what holds a checkpoint up: it is kept on the plan and the process hears it at
 * once ({@code blocker-reported}), to bring it to the account manager and retention; the account
 * manager also hears of it by notification, in the same write ({@link OnboardingNotifications}).
 */
@Service
public class ReportingBlocker {

  private final UnitOfWork<OnboardingPlan> planWork;
  private final OnboardingMetrics metrics;
  private final Clock clock;

  public ReportingBlocker(
      UnitOfWork<OnboardingPlan> planWork, OnboardingMetrics metrics, Clock clock) {
    this.planWork = planWork;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Reports a blocker; the same report again names the blocker reported before and sends nothing.
   */
  public Report report(ReportBlocker command) {
    Instant now = clock.instant();
    AtomicReference<BlockerReport> report = new AtomicReference<>();
    Changed<OnboardingPlan> reported =
        planWork.change(
            command.dealId(),
            plan -> {
              report.set(
                  plan.reportBlocker(
                      command.checkpointId(), command.description(), command.reportedBy(), now));
              if (!report.get().added()) {
                return false;
              }
              plan.notify(
                  OnboardingNotifications.blockerReported(plan, report.get().blocker(), now));
              return true;
            });
    if (reported.changed()) {
      metrics.blockerReported(command.checkpointId());
    }
    return new Report(reported.value(), report.get().blocker(), reported.changed());
  }

  /** The plan with the blocker, the blocker, and whether this call reported it. */
  public record Report(OnboardingPlan plan, Blocker blocker, boolean added) {}
}

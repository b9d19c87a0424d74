package io.baton.onboarding.application;

import io.baton.onboarding.domain.Blocker;
import io.baton.onboarding.domain.Checkpoint;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.Promise;
import io.baton.onboarding.domain.Slip;
import io.baton.support.notification.Notification;
import io.baton.support.notification.Recipient;
import io.baton.workflows.ProcessContract;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the onboarding tells the account manager who owns it, each with a link to the customer's
 * journey in the console. The event id is the deal id, the event type and the checkpoint, blocker
 * or promise it is about, so each is told once.
 */
final class OnboardingNotifications {

  private static final String CONSOLE_JOURNEY = "/console/#/journey/";

  static final String CHECKPOINT_SLIPPED = "checkpoint-slipped";
  static final String BLOCKER_REPORTED = "blocker-reported";
  static final String PROMISE_MISSED = "promise-missed";

  private OnboardingNotifications() {}

  /** A checkpoint passed its due date before it was done. */
  static Notification checkpointSlipped(OnboardingPlan plan, Slip slip, Instant now) {
    Map<String, String> subject = subject(plan);
    Checkpoint checkpoint = plan.checkpoint(slip.checkpointId()).orElseThrow();
    subject.put("checkpointId", checkpoint.checkpointId());
    put(subject, "checkpointName", checkpoint.name());
    put(subject, "dueAt", checkpoint.dueAt() == null ? null : checkpoint.dueAt().toString());
    subject.put("daysLate", Long.toString(slip.daysLate()));
    return about(plan, CHECKPOINT_SLIPPED, checkpoint.checkpointId(), subject, now);
  }

  /** Someone reported what holds a checkpoint up. */
  static Notification blockerReported(OnboardingPlan plan, Blocker blocker, Instant now) {
    Map<String, String> subject = subject(plan);
    subject.put("checkpointId", blocker.checkpointId());
    plan.checkpoint(blocker.checkpointId())
        .ifPresent(checkpoint -> put(subject, "checkpointName", checkpoint.name()));
    put(subject, "description", blocker.description());
    put(subject, "reportedBy", blocker.reportedBy());
    return about(plan, BLOCKER_REPORTED, blocker.blockerId(), subject, now);
  }

  /** A promise from the brief was flagged as missed. */
  static Notification promiseMissed(OnboardingPlan plan, String promiseId, Instant now) {
    Map<String, String> subject = subject(plan);
    Promise promise = plan.promise(promiseId).orElseThrow();
    subject.put("promiseId", promise.promiseId());
    put(subject, "promise", promise.text());
    put(subject, "promiseDueDate", promise.dueDate() == null ? null : promise.dueDate().toString());
    put(subject, "reason", promise.note());
    put(subject, "reportedBy", promise.recordedBy());
    return about(plan, PROMISE_MISSED, promise.promiseId(), subject, now);
  }

  private static Notification about(
      OnboardingPlan plan,
      String eventType,
      String about,
      Map<String, String> subject,
      Instant now) {
    return Notification.pending(
        plan.dealId() + "/" + eventType + "/" + about,
        eventType,
        List.of(accountManagerOf(plan)),
        subject,
        CONSOLE_JOURNEY + plan.dealId(),
        now);
  }

  /** The account manager who owns the onboarding; their team if the plan names nobody. */
  private static String accountManagerOf(OnboardingPlan plan) {
    return plan.accountManager() != null
        ? Recipient.user(plan.accountManager())
        : Recipient.team(ProcessContract.Handoff.ACCOUNT_MANAGERS_GROUP);
  }

  private static Map<String, String> subject(OnboardingPlan plan) {
    OnboardingPlan.Snapshot s = plan.snapshot();
    Map<String, String> subject = new LinkedHashMap<>();
    subject.put("dealId", plan.dealId());
    put(subject, "customerName", s.customerName());
    put(subject, "accountManager", s.accountManager());
    put(subject, "goLiveTarget", s.goLiveTarget() == null ? null : s.goLiveTarget().toString());
    return subject;
  }

  private static void put(Map<String, String> subject, String key, String value) {
    if (value != null) {
      subject.put(key, value);
    }
  }
}

package io.baton.onboarding.domain;

import io.baton.support.outbox.OutboxMessage;
import io.baton.workflows.ProcessContract.Onboarding;
import io.baton.workflows.ProcessContract.Variables;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine messages of the {@code onboarding-checkpoints} contract ({@link Onboarding}), built
 * from a plan for its outbox. Absent values are left out.
 */
final class OnboardingOutbox {

  private OnboardingOutbox() {}

  static OutboxMessage onboardingStarted(OnboardingPlan plan, String correlationId, Instant now) {
    OnboardingPlan.Snapshot s = plan.snapshot();
    Map<String, Object> variables = new LinkedHashMap<>();
    put(variables, Variables.DEAL_ID, s.dealId());
    put(variables, Onboarding.CUSTOMER_NAME, s.customerName());
    put(variables, Onboarding.ACCOUNT_MANAGER, s.accountManager());
    put(variables, Onboarding.SEGMENT, s.segment());
    put(variables, Onboarding.ARR, OutboxMessage.number(s.arr()));
    put(variables, Onboarding.CONTRACT_DATE, s.contractDate().toString());
    put(variables, Onboarding.GO_LIVE_TARGET, s.goLiveTarget().toString());
    put(
        variables,
        Onboarding.CHECKPOINTS,
        s.checkpoints().stream().map(OnboardingOutbox::checkpoint).toList());
    put(
        variables,
        Onboarding.PROMISES,
        s.promises().stream().map(OnboardingOutbox::promise).toList());
    put(variables, Variables.CORRELATION_ID, correlationId);
    return OutboxMessage.pending(
        Onboarding.onboardingStartedMessageId(s.dealId()),
        Onboarding.ONBOARDING_STARTED_MESSAGE,
        s.dealId(),
        variables,
        now);
  }

  static OutboxMessage checkpointCompleted(
      OnboardingPlan plan, Checkpoint checkpoint, Instant now) {
    Map<String, Object> variables = new LinkedHashMap<>();
    put(variables, Onboarding.CHECKPOINT_ID, checkpoint.checkpointId());
    put(variables, Onboarding.COMPLETED_AT, checkpoint.completedAt().toString());
    put(variables, Onboarding.EVIDENCE, checkpoint.evidence());
    return OutboxMessage.pending(
        Onboarding.checkpointCompletedMessageId(plan.dealId(), checkpoint.checkpointId()),
        Onboarding.CHECKPOINT_COMPLETED_MESSAGE,
        Onboarding.checkpointCorrelationKey(plan.dealId(), checkpoint.checkpointId()),
        variables,
        now);
  }

  static OutboxMessage blockerReported(OnboardingPlan plan, Blocker blocker, Instant now) {
    Map<String, Object> variables = new LinkedHashMap<>();
    put(variables, Onboarding.BLOCKER_ID, blocker.blockerId());
    put(variables, Onboarding.CHECKPOINT_ID, blocker.checkpointId());
    put(variables, Onboarding.BLOCKER_DESCRIPTION, blocker.description());
    return OutboxMessage.pending(
        Onboarding.blockerReportedMessageId(plan.dealId(), blocker.blockerId()),
        Onboarding.BLOCKER_REPORTED_MESSAGE,
        Onboarding.checkpointCorrelationKey(plan.dealId(), blocker.checkpointId()),
        variables,
        now);
  }

  static OutboxMessage promiseMissed(OnboardingPlan plan, Promise promise, Instant now) {
    Map<String, Object> variables = new LinkedHashMap<>();
    put(variables, Onboarding.PROMISE_ID, promise.promiseId());
    put(variables, Onboarding.PROMISE_TEXT, promise.text());
    put(variables, Onboarding.MISSED_REASON, promise.note());
    return OutboxMessage.pending(
        Onboarding.promiseMissedMessageId(plan.dealId(), promise.promiseId()),
        Onboarding.PROMISE_MISSED_MESSAGE,
        plan.dealId(),
        variables,
        now);
  }

  private static Map<String, Object> checkpoint(Checkpoint checkpoint) {
    Map<String, Object> entry = new LinkedHashMap<>();
    put(entry, Onboarding.CHECKPOINT_ID, checkpoint.checkpointId());
    put(entry, Onboarding.CHECKPOINT_NAME, checkpoint.name());
    put(entry, Onboarding.CHECKPOINT_DUE_AT, checkpoint.dueAt().toString());
    return entry;
  }

  private static Map<String, Object> promise(Promise promise) {
    Map<String, Object> entry = new LinkedHashMap<>();
    put(entry, Onboarding.PROMISE_ID, promise.promiseId());
    put(entry, Onboarding.PROMISE_ITEM_TEXT, promise.text());
    put(entry, Onboarding.PROMISE_ITEM_OWNER, promise.owner());
    put(
        entry,
        Onboarding.PROMISE_ITEM_DUE_DATE,
        promise.dueDate() == null ? null : promise.dueDate().toString());
    return entry;
  }

  private static void put(Map<String, Object> variables, String name, Object value) {
    if (value != null) {
      variables.put(name, value);
    }
  }
}

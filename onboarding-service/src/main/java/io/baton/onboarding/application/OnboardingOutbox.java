package io.baton.onboarding.application;

import io.baton.onboarding.domain.Blocker;
import io.baton.onboarding.domain.Checkpoint;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.Promise;
import io.baton.support.outbox.OutboxMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The engine messages of {@link OnboardingMessages}, built from a plan for its outbox. Absent values are left out. */
final class OnboardingOutbox {

  private OnboardingOutbox() {}

  static OutboxMessage onboardingStarted(OnboardingPlan plan, String correlationId, Instant now) {
    OnboardingPlan.Snapshot s = plan.snapshot();
    Map<String, Object> variables = new LinkedHashMap<>();
    put(variables, OnboardingMessages.DEAL_ID, s.dealId());
    put(variables, OnboardingMessages.CUSTOMER_NAME, s.customerName());
    put(variables, OnboardingMessages.ACCOUNT_MANAGER, s.accountManager());
    put(variables, OnboardingMessages.SEGMENT, s.segment());
    put(variables, OnboardingMessages.ARR, number(s.arr()));
    put(variables, OnboardingMessages.CONTRACT_DATE, s.contractDate().toString());
    put(variables, OnboardingMessages.GO_LIVE_TARGET, s.goLiveTarget().toString());
    put(variables, OnboardingMessages.CHECKPOINTS, s.checkpoints().stream().map(OnboardingOutbox::checkpoint).toList());
    put(variables, OnboardingMessages.PROMISES, s.promises().stream().map(OnboardingOutbox::promise).toList());
    put(variables, OnboardingMessages.CORRELATION_ID, correlationId);
    return OutboxMessage.pending(
        OnboardingMessages.onboardingStartedMessageId(s.dealId()),
        OnboardingMessages.ONBOARDING_STARTED,
        s.dealId(),
        variables,
        now);
  }

  static OutboxMessage checkpointCompleted(OnboardingPlan plan, Checkpoint checkpoint, Instant now) {
    Map<String, Object> variables = new LinkedHashMap<>();
    put(variables, OnboardingMessages.CHECKPOINT_ID, checkpoint.checkpointId());
    put(variables, OnboardingMessages.COMPLETED_AT, checkpoint.completedAt().toString());
    put(variables, OnboardingMessages.EVIDENCE, checkpoint.evidence());
    return OutboxMessage.pending(
        OnboardingMessages.checkpointCompletedMessageId(plan.dealId(), checkpoint.checkpointId()),
        OnboardingMessages.CHECKPOINT_COMPLETED,
        OnboardingMessages.checkpointCorrelationKey(plan.dealId(), checkpoint.checkpointId()),
        variables,
        now);
  }

  static OutboxMessage blockerReported(OnboardingPlan plan, Blocker blocker, Instant now) {
    Map<String, Object> variables = new LinkedHashMap<>();
    put(variables, OnboardingMessages.BLOCKER_ID, blocker.blockerId());
    put(variables, OnboardingMessages.CHECKPOINT_ID, blocker.checkpointId());
    put(variables, OnboardingMessages.BLOCKER_DESCRIPTION, blocker.description());
    return OutboxMessage.pending(
        OnboardingMessages.blockerReportedMessageId(plan.dealId(), blocker.blockerId()),
        OnboardingMessages.BLOCKER_REPORTED,
        OnboardingMessages.checkpointCorrelationKey(plan.dealId(), blocker.checkpointId()),
        variables,
        now);
  }

  static OutboxMessage promiseMissed(OnboardingPlan plan, Promise promise, Instant now) {
    Map<String, Object> variables = new LinkedHashMap<>();
    put(variables, OnboardingMessages.PROMISE_ID, promise.promiseId());
    put(variables, OnboardingMessages.PROMISE_TEXT, promise.text());
    put(variables, OnboardingMessages.MISSED_REASON, promise.note());
    return OutboxMessage.pending(
        OnboardingMessages.promiseMissedMessageId(plan.dealId(), promise.promiseId()),
        OnboardingMessages.PROMISE_MISSED,
        plan.dealId(),
        variables,
        now);
  }

  private static Map<String, Object> checkpoint(Checkpoint checkpoint) {
    Map<String, Object> entry = new LinkedHashMap<>();
    put(entry, OnboardingMessages.CHECKPOINT_ID, checkpoint.checkpointId());
    put(entry, OnboardingMessages.CHECKPOINT_NAME, checkpoint.name());
    put(entry, OnboardingMessages.CHECKPOINT_DUE_AT, checkpoint.dueAt().toString());
    return entry;
  }

  private static Map<String, Object> promise(Promise promise) {
    Map<String, Object> entry = new LinkedHashMap<>();
    put(entry, OnboardingMessages.PROMISE_ID, promise.promiseId());
    put(entry, OnboardingMessages.PROMISE_ITEM_TEXT, promise.text());
    put(entry, OnboardingMessages.PROMISE_ITEM_OWNER, promise.owner());
    put(entry, OnboardingMessages.PROMISE_ITEM_DUE_DATE, promise.dueDate() == null ? null : promise.dueDate().toString());
    return entry;
  }

  /** ARR as a JSON number for FEEL and DMN: whole amounts as integers, others as decimals. */
  private static Number number(BigDecimal amount) {
    BigDecimal plain = amount.stripTrailingZeros();
    if (plain.scale() <= 0) {
      return plain.longValueExact();
    }
    return plain.doubleValue();
  }

  private static void put(Map<String, Object> variables, String name, Object value) {
    if (value != null) {
      variables.put(name, value);
    }
  }
}

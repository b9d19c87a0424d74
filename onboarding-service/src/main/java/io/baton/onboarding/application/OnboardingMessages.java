package io.baton.onboarding.application;

import io.baton.workflows.ProcessContract;

/**
 * The engine messages onboarding-service sends the {@code onboarding-checkpoints} process: names,
 * correlation keys, message ids and variable names, all in one place. Message ids are derived from
 * stable business data, so a message published again is a no-op in the engine.
 */
public final class OnboardingMessages {

  /** A plan was created: starts the process. Correlation key: the deal id. */
  public static final String ONBOARDING_STARTED = "onboarding-started";

  /** A checkpoint was completed through the API. Correlation key: {@code <dealId>/<checkpointId>}. */
  public static final String CHECKPOINT_COMPLETED = "checkpoint-completed";

  /** A blocker was reported on a checkpoint. Correlation key: {@code <dealId>/<checkpointId>}. */
  public static final String BLOCKER_REPORTED = "blocker-reported";

  /** A promise was flagged as missed. Correlation key: the deal id. */
  public static final String PROMISE_MISSED = "promise-missed";

  /** Variables of {@code onboarding-started}. */
  public static final String DEAL_ID = ProcessContract.Variables.DEAL_ID;
  public static final String CORRELATION_ID = ProcessContract.Variables.CORRELATION_ID;
  public static final String CUSTOMER_NAME = "customerName";
  public static final String ACCOUNT_MANAGER = "accountManager";
  public static final String SEGMENT = "segment";
  public static final String ARR = "arr";
  public static final String CONTRACT_DATE = "contractDate";
  public static final String GO_LIVE_TARGET = "goLiveTarget";
  public static final String CHECKPOINTS = "checkpoints";
  public static final String PROMISES = "promises";

  /** The fields of one entry of {@code checkpoints}. */
  public static final String CHECKPOINT_ID = "checkpointId";
  public static final String CHECKPOINT_NAME = "name";
  public static final String CHECKPOINT_DUE_AT = "dueAt";

  /** The fields of one entry of {@code promises}. */
  public static final String PROMISE_ID = "promiseId";
  public static final String PROMISE_ITEM_TEXT = "text";
  public static final String PROMISE_ITEM_OWNER = "owner";
  public static final String PROMISE_ITEM_DUE_DATE = "dueDate";

  /** Variables of {@code checkpoint-completed} (with {@link #CHECKPOINT_ID}). */
  public static final String COMPLETED_AT = "completedAt";
  public static final String EVIDENCE = "evidence";

  /** Variables of {@code blocker-reported} (with {@link #CHECKPOINT_ID}). */
  public static final String BLOCKER_ID = "blockerId";
  public static final String BLOCKER_DESCRIPTION = "blockerDescription";

  /** Variables of {@code promise-missed} (with {@link #PROMISE_ID}). */
  public static final String PROMISE_TEXT = "promiseText";
  public static final String MISSED_REASON = "missedReason";

  private OnboardingMessages() {}

  public static String onboardingStartedMessageId(String dealId) {
    return ONBOARDING_STARTED + ":" + dealId;
  }

  /** The correlation key of the messages about one checkpoint. */
  public static String checkpointCorrelationKey(String dealId, String checkpointId) {
    return dealId + "/" + checkpointId;
  }

  public static String checkpointCompletedMessageId(String dealId, String checkpointId) {
    return CHECKPOINT_COMPLETED + ":" + dealId + "/" + checkpointId;
  }

  public static String blockerReportedMessageId(String dealId, String blockerId) {
    return BLOCKER_REPORTED + ":" + dealId + "/" + blockerId;
  }

  public static String promiseMissedMessageId(String dealId, String promiseId) {
    return PROMISE_MISSED + ":" + dealId + "/" + promiseId;
  }
}

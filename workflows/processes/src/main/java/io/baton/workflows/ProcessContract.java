package io.baton.workflows;

import java.util.ArrayList;
import java.util.List;

/**
 * The contract between Baton's BPMN and the services that work it: process ids, message names, job
 * types ({@code <service>.<verb-noun>}), element ids and variable names. The BPMN tests and the
 * workers use these constants, so a rename breaks the build, not production.
 */
public final class ProcessContract {

  /** Where the deployable resources (BPMN, DMN, forms) are on the classpath. */
  public static final String RESOURCE_LOCATION = "baton/workflows/";

  private ProcessContract() {}

  /** Every resource deployed to the engine, in the order they are deployed. */
  public static List<String> deployableResources() {
    return List.of(
        LeadFollowUp.PLAY_DMN,
        LeadFollowUp.BPMN,
        form(LeadFollowUp.CONTACT_ATTEMPT_FORM),
        form(LeadFollowUp.QUALIFICATION_FORM),
        form(LeadFollowUp.ESCALATION_FORM),
        Handoff.BPMN,
        form(Handoff.BRIEF_FORM),
        form(Handoff.ACCEPT_HANDOFF_FORM),
        form(Handoff.ESCALATION_FORM),
        Onboarding.BPMN,
        form(Onboarding.CONFIRM_CHECKPOINT_FORM),
        form(Onboarding.ESCALATION_FORM),
        Retention.SAVE_PLAY_DMN,
        Retention.BPMN,
        form(Retention.RUN_SAVE_PLAY_FORM),
        form(Retention.SPONSOR_FORM),
        HealthRecompute.BPMN,
        RenewalRunway.BPMN);
  }

  /** The classpath resource of a Camunda Form, named after its form id. */
  public static String form(String formId) {
    return RESOURCE_LOCATION + formId + ".form";
  }

  /** Variables several processes share. */
  public static final class Variables {
    public static final String CORRELATION_ID = "correlationId";
    public static final String DEAL_ID = "dealId";
    public static final String LEAD_ID = "leadId";

    private Variables() {}
  }

  /**
   * {@code lead-follow-up}: every lead gets a play, an owner and a clock, and ends in a recorded
   * outcome: qualified and converted, disqualified with a reason, or back in nurture.
   */
  public static final class LeadFollowUp {
    public static final String PROCESS_ID = "lead-follow-up";
    public static final String BPMN = RESOURCE_LOCATION + PROCESS_ID + ".bpmn";
    public static final String PLAY_DECISION_ID = "lead-play";
    public static final String PLAY_DMN = RESOURCE_LOCATION + PLAY_DECISION_ID + ".dmn";

    public static final String LEAD_RECEIVED_MESSAGE = "lead-received";
    public static final String ATTEMPT_RECORDED_MESSAGE = "lead-attempt-recorded";
    public static final String OUTCOME_RECORDED_MESSAGE = "lead-outcome-recorded";

    public static final String ASSIGN_OWNER_JOB = "lead.assign-owner";
    public static final String NOTIFY_OWNER_JOB = "lead.notify-owner";
    public static final String REASSIGN_TO_QUEUE_JOB = "lead.reassign-to-queue";
    public static final String ESCALATE_TO_MANAGER_JOB = "lead.escalate-to-manager";
    public static final String RECORD_MANAGER_REVIEW_JOB = "lead.record-manager-review";
    public static final String RECORD_ATTEMPT_JOB = "lead.record-attempt";
    public static final String VALIDATE_OUTCOME_JOB = "lead.validate-outcome";
    public static final String RECORD_OUTCOME_JOB = "lead.record-outcome";
    public static final String RETURN_TO_NURTURE_JOB = "lead.return-to-nurture";
    public static final String PUBLISH_DEAL_WON_JOB = "lead.publish-deal-won";

    public static final String LEAD_RECEIVED_START = "LeadReceivedStartEvent";
    public static final String DECIDE_PLAY_TASK = "DecidePlayTask";
    public static final String ASSIGN_OWNER_TASK = "AssignOwnerTask";
    public static final String FOLLOW_UP_SUB_PROCESS = "FollowUpSubProcess";
    public static final String MAKE_FIRST_CONTACT_TASK = "MakeFirstContactTask";
    public static final String FIRST_ATTEMPT_RECORDED_BOUNDARY =
        "FirstAttemptRecordedBoundaryEvent";
    public static final String NOTIFY_OWNER_TIMER = "NotifyOwnerTimer";
    public static final String NOTIFY_OWNER_TASK = "NotifyOwnerTask";
    public static final String REASSIGN_TO_QUEUE_TIMER = "ReassignToQueueTimer";
    public static final String REASSIGN_TO_QUEUE_TASK = "ReassignToQueueTask";
    public static final String ESCALATE_TO_MANAGER_TIMER = "EscalateToManagerTimer";
    public static final String ESCALATE_TO_MANAGER_TASK = "EscalateToManagerTask";
    public static final String REVIEW_UNCONTACTED_LEAD_TASK = "ReviewUncontactedLeadTask";
    public static final String RECORD_MANAGER_REVIEW_TASK = "RecordManagerReviewTask";
    public static final String RECORD_ATTEMPT_TASK = "RecordAttemptTask";
    public static final String CONTACT_MADE_END = "ContactMadeEndEvent";
    public static final String CADENCE_EXHAUSTED_END = "CadenceExhaustedEndEvent";
    public static final String NEXT_ATTEMPT_DUE_TIMER = "NextAttemptDueTimerEvent";
    public static final String ATTEMPT_RECORDED_CATCH = "AttemptRecordedCatchEvent";
    public static final String MAKE_FOLLOW_UP_ATTEMPT_TASK = "MakeFollowUpAttemptTask";
    public static final String FOLLOW_UP_ATTEMPT_RECORDED_BOUNDARY =
        "FollowUpAttemptRecordedBoundaryEvent";
    public static final String OUTCOME_DURING_FOLLOW_UP_BOUNDARY =
        "OutcomeRecordedDuringFollowUpEvent";
    public static final String QUALIFY_LEAD_TASK = "QualifyLeadTask";
    public static final String OUTCOME_DURING_QUALIFICATION_BOUNDARY =
        "OutcomeRecordedDuringQualificationEvent";
    public static final String RECORD_OUTCOME_TASK = "RecordOutcomeTask";
    public static final String AWAIT_DEAL_OUTCOME_EVENT = "AwaitDealOutcomeEvent";
    public static final String PUBLISH_DEAL_WON_EVENT = "PublishDealWonEvent";
    public static final String RETURN_TO_NURTURE_TASK = "ReturnToNurtureTask";
    public static final String DISQUALIFIED_END = "LeadDisqualifiedEndEvent";
    public static final String CONVERTED_END = "LeadConvertedEndEvent";
    public static final String NURTURED_END = "LeadNurturedEndEvent";

    public static final String CONTACT_ATTEMPT_FORM = "lead-contact-attempt";
    public static final String QUALIFICATION_FORM = "lead-qualification";
    public static final String ESCALATION_FORM = "lead-escalation";

    public static final String SALES_MANAGERS_GROUP = "sales-managers";

    /**
     * The lead, as {@code lead-received} brings it; the first three are the play decision's inputs.
     */
    public static final String SOURCE_CHANNEL = "sourceChannel";

    public static final String COMPANY_SIZE = "companySize";
    public static final String INTEREST = "interest";
    public static final String CAMPAIGN = "campaign";
    public static final String COMPANY_NAME = "companyName";
    public static final String CONTACT_NAME = "contactName";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONTACT_PHONE = "contactPhone";

    /** The play decision's result: a context with the outputs below. */
    public static final String PLAY = "play";

    public static final String PLAY_NAME = "playName";
    public static final String SLA_TIER = "slaTier";
    public static final String TALK_TRACK = "talkTrack";
    public static final String NEXT_STEP = "nextStep";
    public static final String PLAY_REASON = "playReason";

    /** The owner and the clock, set by {@code lead.assign-owner} (durations in ISO-8601). */
    public static final String OWNER = "owner";

    public static final String OWNER_TEAM = "ownerTeam";
    public static final String FIRST_CONTACT_DUE_AT = "firstContactDueAt";
    public static final String NOTIFY_OWNER_AFTER = "notifyOwnerAfter";
    public static final String REASSIGN_AFTER = "reassignAfter";
    public static final String ESCALATE_AFTER = "escalateAfter";
    public static final String MAX_ATTEMPTS = "maxAttempts";
    public static final String ATTEMPT_INTERVAL = "attemptInterval";
    public static final String TASK_PRIORITY = "taskPriority";

    /** An attempt as the attempt form reports it, and where the cadence stands. */
    public static final String ATTEMPT_CHANNEL = "attemptChannel";

    public static final String ATTEMPT_OUTCOME = "attemptOutcome";
    public static final String ATTEMPT_NOTES = "attemptNotes";
    public static final String ATTEMPT_COUNT = "attemptCount";
    public static final String CONTACTED = "contacted";

    /** The manager's review of an uncontacted lead. */
    public static final String REASSIGN_TO = "reassignTo";

    public static final String REVIEW_NOTE = "reviewNote";

    /** The lead's outcome: qualified, disqualified, nurture or converted. */
    public static final String OUTCOME = "outcome";

    public static final String OUTCOME_REASON = "outcomeReason";
    public static final String OUTCOME_NOTES = "outcomeNotes";
    public static final String OUTCOME_QUALIFIED = "qualified";
    public static final String OUTCOME_DISQUALIFIED = "disqualified";
    public static final String OUTCOME_NURTURE = "nurture";
    public static final String OUTCOME_CONVERTED = "converted";

    private LeadFollowUp() {}

    /** The message id of a lead's {@code lead-received}: one follow-up per lead. */
    public static String leadReceivedMessageId(String leadId) {
      return LEAD_RECEIVED_MESSAGE + ":" + leadId;
    }

    /** The message id of the n-th attempt recorded through the API. */
    public static String attemptRecordedMessageId(String leadId, int attemptNumber) {
      return ATTEMPT_RECORDED_MESSAGE + ":" + leadId + ":" + attemptNumber;
    }

    /** The message id of an outcome recorded through the API: each outcome happens once. */
    public static String outcomeRecordedMessageId(String leadId, String outcome) {
      return OUTCOME_RECORDED_MESSAGE + ":" + leadId + ":" + outcome;
    }
  }

  /**
   * {@code sale-to-implementation-handoff}: a won deal is handed to implementation with its
   * context.
   */
  public static final class Handoff {
    public static final String PROCESS_ID = "sale-to-implementation-handoff";
    public static final String BPMN = RESOURCE_LOCATION + PROCESS_ID + ".bpmn";

    public static final String DEAL_WON_MESSAGE = "deal-won";
    public static final String LEAD_NOT_FOUND_ERROR = "lead-not-found";

    public static final String OPEN_HANDOFF_JOB = "handoff.open-handoff";
    public static final String ASSEMBLE_CONTEXT_JOB = "handoff.assemble-context";
    public static final String RECORD_MISSING_LEAD_JOB = "handoff.record-missing-lead";
    public static final String VALIDATE_BRIEF_JOB = "handoff.validate-brief";
    public static final String VALIDATE_DECISION_JOB = "handoff.validate-decision";
    public static final String RECORD_BRIEF_JOB = "handoff.record-brief";
    public static final String RECORD_RETURN_JOB = "handoff.record-return";
    public static final String RECORD_ACCEPTANCE_JOB = "handoff.record-acceptance";
    public static final String RECORD_OVERDUE_JOB = "handoff.record-overdue";
    public static final String START_ONBOARDING_JOB = "onboarding.start-onboarding";

    public static final String DEAL_WON_START = "DealWonStartEvent";
    public static final String OPEN_HANDOFF_TASK = "OpenHandoffTask";
    public static final String ASSEMBLE_CONTEXT_TASK = "AssembleContextTask";
    public static final String LEAD_NOT_FOUND_BOUNDARY = "LeadNotFoundBoundaryEvent";
    public static final String RECORD_MISSING_LEAD_TASK = "RecordMissingLeadTask";
    public static final String BRIEF_JOIN_GATEWAY = "BriefJoinGateway";
    public static final String COMPLETE_BRIEF_TASK = "CompleteBriefTask";
    public static final String BRIEF_OVERDUE_TIMER = "BriefOverdueTimer";
    public static final String RECORD_BRIEF_OVERDUE_TASK = "RecordBriefOverdueTask";
    public static final String ESCALATE_OVERDUE_BRIEF_TASK = "EscalateOverdueBriefTask";
    public static final String BRIEF_ESCALATION_HANDLED_END = "BriefEscalationHandledEndEvent";
    public static final String RECORD_BRIEF_TASK = "RecordBriefTask";
    public static final String ACCEPT_HANDOFF_TASK = "AcceptHandoffTask";
    public static final String ACCEPTANCE_OVERDUE_TIMER = "AcceptanceOverdueTimer";
    public static final String RECORD_ACCEPTANCE_OVERDUE_TASK = "RecordAcceptanceOverdueTask";
    public static final String ESCALATE_OVERDUE_ACCEPTANCE_TASK = "EscalateOverdueAcceptanceTask";
    public static final String ACCEPTANCE_ESCALATION_HANDLED_END =
        "AcceptanceEscalationHandledEndEvent";
    public static final String ACCEPTANCE_DECISION_GATEWAY = "AcceptanceDecisionGateway";
    public static final String RECORD_RETURN_TASK = "RecordReturnTask";
    public static final String RECORD_ACCEPTANCE_TASK = "RecordAcceptanceTask";
    public static final String START_ONBOARDING_TASK = "StartOnboardingTask";
    public static final String HANDED_OVER_END = "CustomerHandedOverEndEvent";

    public static final String BRIEF_FORM = "complete-handoff-brief";
    public static final String ACCEPT_HANDOFF_FORM = "accept-handoff";
    public static final String ESCALATION_FORM = "handoff-escalation";

    public static final String SALES_GROUP = "sales";
    public static final String SALES_MANAGERS_GROUP = "sales-managers";
    public static final String ACCOUNT_MANAGERS_GROUP = "account-managers";
    public static final String ACCOUNT_MANAGEMENT_LEADS_GROUP = "account-management-leads";

    /** Variables of the deal, set by {@code deal-won}. */
    public static final String LEAD_ID = "leadId";

    public static final String CUSTOMER_NAME = "customerName";
    public static final String SALES_OWNER = "salesOwner";
    public static final String ARR = "arr";
    public static final String CLOSE_DATE = "closeDate";

    /** Deadlines, computed by handoff-service from its SLA settings (business days). */
    public static final String BRIEF_DUE_AT = "briefDueAt";

    public static final String ACCEPTANCE_DUE_AT = "acceptanceDueAt";

    /** What the lead already knew, shown in the forms. */
    public static final String LEAD_CONTEXT = "leadContext";

    /** The brief, as the sales owner fills it in the brief form. */
    public static final String PROMISES = "promises";

    public static final String STAKEHOLDERS = "stakeholders";
    public static final String SUCCESS_CRITERIA = "successCriteria";
    public static final String RISKS = "risks";
    public static final String NOT_SOLD = "notSold";
    public static final String DESIRED_GO_LIVE_DATE = "desiredGoLiveDate";

    /** The fields of one promise, stakeholder and success criterion in the brief. */
    public static final String PROMISE_TEXT = "text";

    public static final String PROMISE_OWNER = "owner";
    public static final String PROMISE_DUE_DATE = "dueDate";
    public static final String STAKEHOLDER_NAME = "name";
    public static final String STAKEHOLDER_ROLE = "role";
    public static final String STAKEHOLDER_CONTACT = "contact";
    public static final String ROLE_CHAMPION = "champion";
    public static final String ROLE_ECONOMIC_BUYER = "economic-buyer";
    public static final String CRITERION_METRIC = "metric";
    public static final String CRITERION_BASELINE = "baseline";
    public static final String CRITERION_TARGET = "target";

    /** The account manager's decision in the accept form. */
    public static final String DECISION = "handoffDecision";

    public static final String DECISION_ACCEPT = "accept";
    public static final String DECISION_RETURN = "return";
    public static final String RETURN_QUESTIONS = "returnQuestions";

    /** Who accepted: the user who completed the accept task, set by the record-acceptance job. */
    public static final String ACCOUNT_MANAGER = "accountManager";

    public static final String ACCEPTANCE_NOTE = "acceptanceNote";
    public static final String RETURN_COUNT = "returnCount";

    /**
     * Where the customer came from and how the handoff went ({@link Lineage}'s keys), set by the
     * record-acceptance job from what handoff-service recorded — never from a form — and read by
     * {@code onboarding.start-onboarding}, which keeps it with the onboarding plan.
     */
    public static final String LINEAGE = "lineage";

    /** Which deadline an overdue escalation is about: {@code brief} or {@code acceptance}. */
    public static final String OVERDUE_STAGE = "overdueStage";

    private Handoff() {}

    /** The message id of a deal's {@code deal-won}: stable, so a republished message is a no-op. */
    public static String dealWonMessageId(String dealId) {
      return DEAL_WON_MESSAGE + ":" + dealId;
    }
  }

  /**
   * The keys of the {@code lineage} object that travels with a customer from the lead to retention
   * (every key optional, null when unknown). handoff-service sets the acquisition and handoff keys
   * on acceptance; onboarding-service adds its own at first value.
   */
  public static final class Lineage {
    public static final String LEAD_ID = "leadId";
    public static final String CAMPAIGN = "campaign";
    public static final String SOURCE_CHANNEL = "sourceChannel";
    public static final String INTEREST = "interest";
    public static final String LEAD_PLAY = "leadPlay";
    public static final String SLA_TIER = "slaTier";
    public static final String SALES_OWNER = "salesOwner";
    public static final String LEAD_RECEIVED_AT = "leadReceivedAt";
    public static final String FIRST_CONTACT_AT = "firstContactAt";
    public static final String MINUTES_TO_FIRST_CONTACT = "minutesToFirstContact";
    public static final String FIRST_CONTACT_WITHIN_SLA = "firstContactWithinSla";
    public static final String DEAL_WON_AT = "dealWonAt";
    public static final String HANDOFF_RETURNS = "handoffReturns";
    public static final String ACCEPTED_AT = "acceptedAt";
    public static final String HOURS_TO_ACCEPT = "hoursToAccept";
    public static final String ACCEPTING_ACCOUNT_MANAGER = "acceptingAccountManager";
    public static final String SEGMENT = "segment";
    public static final String DAYS_TO_VALUE = "daysToValue";
    public static final String FIRST_VALUE_LATE = "firstValueLate";
    public static final String PROMISES_MISSED = "promisesMissed";

    /** The keys handoff-service sets: where the lead came from and how the handoff went. */
    public static final List<String> ACQUISITION_AND_HANDOFF_KEYS =
        List.of(
            LEAD_ID,
            CAMPAIGN,
            SOURCE_CHANNEL,
            INTEREST,
            LEAD_PLAY,
            SLA_TIER,
            SALES_OWNER,
            LEAD_RECEIVED_AT,
            FIRST_CONTACT_AT,
            MINUTES_TO_FIRST_CONTACT,
            FIRST_CONTACT_WITHIN_SLA,
            DEAL_WON_AT,
            HANDOFF_RETURNS,
            ACCEPTED_AT,
            HOURS_TO_ACCEPT,
            ACCEPTING_ACCOUNT_MANAGER);

    /** The keys onboarding-service adds at first value. */
    public static final List<String> ONBOARDING_KEYS =
        List.of(SEGMENT, DAYS_TO_VALUE, FIRST_VALUE_LATE, PROMISES_MISSED);

    private Lineage() {}

    /** Every key, in the contract's order. */
    public static List<String> keys() {
      List<String> keys = new ArrayList<>(ACQUISITION_AND_HANDOFF_KEYS);
      keys.addAll(ONBOARDING_KEYS);
      return List.copyOf(keys);
    }
  }

  /**
   * {@code onboarding-checkpoints}: what sales promised is delivered, and a slipping customer
   * reaches the account manager and retention at once.
   */
  public static final class Onboarding {
    public static final String PROCESS_ID = "onboarding-checkpoints";
    public static final String BPMN = RESOURCE_LOCATION + PROCESS_ID + ".bpmn";

    public static final String ONBOARDING_STARTED_MESSAGE = "onboarding-started";
    public static final String CHECKPOINT_COMPLETED_MESSAGE = "checkpoint-completed";
    public static final String BLOCKER_REPORTED_MESSAGE = "blocker-reported";
    public static final String PROMISE_MISSED_MESSAGE = "promise-missed";

    public static final String REGISTER_CUSTOMER_JOB = "onboarding.register-customer";

    /**
     * The confirm task's completing listener: records who completes it as the checkpoint's
     * confirmer.
     */
    public static final String VALIDATE_CONFIRMATION_JOB = "onboarding.validate-confirmation";

    public static final String RECORD_CHECKPOINT_JOB = "onboarding.record-checkpoint";
    public static final String MARK_CHECKPOINT_BEHIND_JOB = "onboarding.mark-checkpoint-behind";
    public static final String SIGNAL_SLIP_JOB = "onboarding.signal-slip";
    public static final String SIGNAL_BLOCKER_JOB = "onboarding.signal-blocker";
    public static final String SIGNAL_PROMISE_MISSED_JOB = "onboarding.signal-promise-missed";
    public static final String HAND_OVER_TO_RETENTION_JOB = "onboarding.hand-over-to-retention";

    public static final String ONBOARDING_STARTED_START = "OnboardingStartedStartEvent";
    public static final String REGISTER_CUSTOMER_TASK = "RegisterCustomerTask";
    public static final String CHECKPOINTS_SUB_PROCESS = "CheckpointsSubProcess";
    public static final String CONFIRM_CHECKPOINT_TASK = "ConfirmCheckpointTask";
    public static final String CHECKPOINT_COMPLETED_BOUNDARY = "CheckpointCompletedBoundaryEvent";
    public static final String CHECKPOINT_DUE_TIMER = "CheckpointDueTimer";
    public static final String BLOCKER_REPORTED_BOUNDARY = "BlockerReportedBoundaryEvent";
    public static final String RECORD_CHECKPOINT_CONFIRMATION_TASK =
        "RecordCheckpointConfirmationTask";
    public static final String CHECKPOINT_DONE_END = "CheckpointDoneEndEvent";
    public static final String MARK_CHECKPOINT_BEHIND_TASK = "MarkCheckpointBehindTask";
    public static final String SIGNAL_SLIP_TASK = "SignalSlipTask";
    public static final String RECOVER_SLIPPED_CHECKPOINT_TASK = "RecoverSlippedCheckpointTask";
    public static final String MARK_BLOCKED_CHECKPOINT_BEHIND_TASK =
        "MarkBlockedCheckpointBehindTask";
    public static final String SIGNAL_BLOCKER_TASK = "SignalBlockerTask";
    public static final String RESOLVE_BLOCKER_TASK = "ResolveBlockerTask";
    public static final String HAND_OVER_TO_RETENTION_TASK = "HandOverToRetentionTask";
    public static final String HANDED_TO_RETENTION_END = "CustomerHandedToRetentionEndEvent";
    public static final String PROMISE_MISSED_START = "PromiseMissedStartEvent";
    public static final String SIGNAL_PROMISE_MISSED_TASK = "SignalPromiseMissedTask";

    public static final String CONFIRM_CHECKPOINT_FORM = "confirm-checkpoint";
    public static final String ESCALATION_FORM = "onboarding-escalation";

    /** The plan, as {@code onboarding-started} brings it. */
    public static final String CUSTOMER_NAME = "customerName";

    public static final String ACCOUNT_MANAGER = "accountManager";
    public static final String SEGMENT = "segment";
    public static final String ARR = "arr";
    public static final String CONTRACT_DATE = "contractDate";
    public static final String GO_LIVE_TARGET = "goLiveTarget";
    public static final String CHECKPOINTS = "checkpoints";
    public static final String PROMISES = "promises";

    /**
     * One checkpoint of {@code checkpoints}, and the variable each checkpoint's instance sees it
     * as.
     */
    public static final String CHECKPOINT = "checkpoint";

    public static final String CHECKPOINT_ID = "checkpointId";
    public static final String CHECKPOINT_NAME = "name";
    public static final String CHECKPOINT_DUE_AT = "dueAt";

    /** One promise of {@code promises}. */
    public static final String PROMISE_ID = "promiseId";

    public static final String PROMISE_ITEM_TEXT = "text";
    public static final String PROMISE_ITEM_OWNER = "owner";
    public static final String PROMISE_ITEM_DUE_DATE = "dueDate";

    /**
     * What completes a checkpoint: through the API, or in the confirm form. Who confirmed it in the
     * form is the user who completed the task, never a variable.
     */
    public static final String COMPLETED_AT = "completedAt";

    public static final String EVIDENCE = "evidence";

    /** A blocker and a missed promise, as their messages bring them; a slip's lateness. */
    public static final String BLOCKER_ID = "blockerId";

    public static final String BLOCKER_DESCRIPTION = "blockerDescription";
    public static final String PROMISE_TEXT = "promiseText";
    public static final String MISSED_REASON = "missedReason";
    public static final String DAYS_LATE = "daysLate";
    public static final String RECOVERY_PLAN = "recoveryPlan";

    private Onboarding() {}

    public static String onboardingStartedMessageId(String dealId) {
      return ONBOARDING_STARTED_MESSAGE + ":" + dealId;
    }

    /** The correlation key of the messages about one checkpoint of a deal. */
    public static String checkpointCorrelationKey(String dealId, String checkpointId) {
      return dealId + "/" + checkpointId;
    }

    public static String checkpointCompletedMessageId(String dealId, String checkpointId) {
      return CHECKPOINT_COMPLETED_MESSAGE + ":" + checkpointCorrelationKey(dealId, checkpointId);
    }

    public static String blockerReportedMessageId(String dealId, String blockerId) {
      return BLOCKER_REPORTED_MESSAGE + ":" + dealId + "/" + blockerId;
    }

    public static String promiseMissedMessageId(String dealId, String promiseId) {
      return PROMISE_MISSED_MESSAGE + ":" + dealId + "/" + promiseId;
    }
  }

  /**
   * {@code renewal-risk-intervention}: a customer at risk gets the save play that fits, worked by
   * the right people with the whole trail of context, and the revenue it kept or lost is recorded.
   */
  public static final class Retention {
    public static final String PROCESS_ID = "renewal-risk-intervention";
    public static final String BPMN = RESOURCE_LOCATION + PROCESS_ID + ".bpmn";
    public static final String SAVE_PLAY_DECISION_ID = "save-play";
    public static final String SAVE_PLAY_DMN = RESOURCE_LOCATION + SAVE_PLAY_DECISION_ID + ".dmn";

    public static final String SAVE_PLAY_REQUESTED_MESSAGE = "save-play-requested";

    public static final String RECORD_SAVE_PLAY_JOB = "retention.record-save-play";
    public static final String VALIDATE_OUTCOME_JOB = "retention.validate-outcome";
    public static final String RECORD_OUTCOME_JOB = "retention.record-outcome";
    public static final String ESCALATE_TO_SPONSOR_JOB = "retention.escalate-to-sponsor";

    public static final String SAVE_PLAY_REQUESTED_START = "SavePlayRequestedStartEvent";
    public static final String DECIDE_SAVE_PLAY_TASK = "DecideSavePlayTask";
    public static final String RECORD_SAVE_PLAY_TASK = "RecordSavePlayTask";
    public static final String SAVE_PLAY_SUB_PROCESS = "SavePlaySubProcess";
    public static final String RUN_SAVE_PLAY_TASK = "RunSavePlayTask";
    public static final String SAVE_PLAY_OVERDUE_TIMER = "SavePlayOverdueTimer";
    public static final String RECORD_OUTCOME_TASK = "RecordOutcomeTask";
    public static final String ESCALATE_TO_SPONSOR_TASK = "EscalateToSponsorTask";
    public static final String SPONSOR_REVIEW_TASK = "SponsorReviewTask";
    public static final String SAVE_PLAY_DONE_END = "SavePlayDoneEndEvent";
    public static final String INTERVENTION_CLOSED_END = "InterventionClosedEndEvent";

    public static final String RUN_SAVE_PLAY_FORM = "run-save-play";
    public static final String SPONSOR_FORM = "sponsor-save-play";

    public static final String EXECUTIVE_SPONSORS_GROUP = "executive-sponsors";

    /**
     * The intervention, as {@code save-play-requested} brings it; the last three feed the decision.
     */
    public static final String INTERVENTION_ID = "interventionId";

    public static final String CUSTOMER_ID = "customerId";
    public static final String CUSTOMER_NAME = "customerName";
    public static final String HEALTH_SCORE = "healthScore";
    public static final String BAND = "band";
    public static final String TRIGGER_REASON = "triggerReason";
    public static final String TRIGGERED_BY = "triggeredBy";
    public static final String SOURCE_TICKET = "sourceTicket";
    public static final String RENEWAL_DATE = "renewalDate";
    public static final String RISK_REASONS = "riskReasons";
    public static final String ARR = "arr";
    public static final String SEGMENT = "segment";

    /** The save-play decision's result: a context with the outputs below. */
    public static final String SAVE_PLAY = "savePlay";

    public static final String PLAY_NAME = "playName";
    public static final String CANDIDATE_GROUP = "candidateGroup";
    public static final String PLAYBOOK = "playbook";
    public static final String PLAY_REASON = "playReason";

    /**
     * Set by {@code retention.record-save-play}: the deadline, the sponsor rule and the trail of
     * context.
     */
    public static final String SAVE_DUE_AT = "saveDueAt";

    public static final String SPONSOR_NEEDED = "sponsorNeeded";
    public static final String TASK_PRIORITY = "taskPriority";
    public static final String HEALTH_EXPLANATION = "healthExplanation";
    public static final String PROMISES = "promises";
    public static final String ONBOARDING_HISTORY = "onboardingHistory";

    /**
     * The outcome, as the run-save-play form reports it. Who worked the save play is the user who
     * completed the task, never a variable.
     */
    public static final String SAVE_OUTCOME = "saveOutcome";

    public static final String ARR_AFTER = "arrAfter";
    public static final String SAVE_NOTES = "saveNotes";
    public static final String SPONSOR_NOTE = "sponsorNote";

    private Retention() {}

    public static String savePlayRequestedMessageId(String interventionId) {
      return SAVE_PLAY_REQUESTED_MESSAGE + ":" + interventionId;
    }
  }

  /**
   * {@code health-recompute}: every hour one pass of retention-service takes in the signals a crash
   * left behind, scores every customer again (signals fade with time) and hands over the save plays
   * still pending. The timer starts one instance per period and the engine hands its job to one
   * worker, however many replicas of retention-service run; each instance shows its pass's counts.
   */
  public static final class HealthRecompute {
    public static final String PROCESS_ID = "health-recompute";
    public static final String BPMN = RESOURCE_LOCATION + PROCESS_ID + ".bpmn";

    public static final String RECOMPUTE_HEALTH_JOB = "retention.recompute-health";

    public static final String RECOMPUTE_DUE_START = "RecomputeDueStartEvent";
    public static final String RECOMPUTE_HEALTH_TASK = "RecomputeHealthTask";
    public static final String HEALTH_RECOMPUTED_END = "HealthRecomputedEndEvent";

    /**
     * Set by {@code retention.recompute-health}: what the pass did — customers scored, customers
     * whose health changed, late signals taken in, customers whose pending save plays it handed
     * over.
     */
    public static final String CUSTOMERS_ASSESSED = "customersAssessed";

    public static final String CUSTOMERS_CHANGED = "customersChanged";
    public static final String LATE_SIGNALS_APPLIED = "lateSignalsApplied";
    public static final String SAVE_PLAYS_HANDED_OVER = "savePlaysHandedOver";

    private HealthRecompute() {}
  }

  /**
   * {@code renewal-runway}: every six hours one pass of retention-service checks each renewal at
   * the runway step it reached (T-120, T-90, T-60, T-30) and asks for a save play when it is at
   * risk. One instance per period, its job worked by one replica; each instance shows its counts.
   */
  public static final class RenewalRunway {
    public static final String PROCESS_ID = "renewal-runway";
    public static final String BPMN = RESOURCE_LOCATION + PROCESS_ID + ".bpmn";

    public static final String CHECK_RENEWAL_RUNWAY_JOB = "retention.check-renewal-runway";

    public static final String RUNWAY_CHECK_DUE_START = "RunwayCheckDueStartEvent";
    public static final String CHECK_RENEWAL_RUNWAY_TASK = "CheckRenewalRunwayTask";
    public static final String RUNWAY_CHECKED_END = "RunwayCheckedEndEvent";

    /** Set by {@code retention.check-renewal-runway}: what the pass did. */
    public static final String RENEWALS_CHECKED = "renewalsChecked";

    public static final String RENEWALS_AT_RISK = "renewalsAtRisk";

    private RenewalRunway() {}
  }
}

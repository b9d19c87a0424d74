package io.baton.workflows;

import java.util.List;

/**
 * The contract between Baton's BPMN and the services that work it: process ids, message names,
 * job types ({@code <service>.<verb-noun>}), element ids and variable names. The BPMN tests and
 * the workers use these constants, so a rename breaks the build, not production.
 */
public final class ProcessContract {

  /** Where the deployable resources (BPMN, DMN, forms) are on the classpath. */
  public static final String RESOURCE_LOCATION = "baton/workflows/";

  private ProcessContract() {}

  /** Every resource deployed to the engine, in the order they are deployed. */
  public static List<String> deployableResources() {
    return List.of(
        Handoff.BPMN,
        form(Handoff.BRIEF_FORM),
        form(Handoff.ACCEPT_HANDOFF_FORM),
        form(Handoff.ESCALATION_FORM));
  }

  /** The classpath resource of a Camunda Form, named after its form id. */
  public static String form(String formId) {
    return RESOURCE_LOCATION + formId + ".form";
  }

  /** Variables several processes share. */
  public static final class Variables {
    public static final String CORRELATION_ID = "correlationId";
    public static final String DEAL_ID = "dealId";

    private Variables() {}
  }

  /** {@code sale-to-implementation-handoff}: a won deal is handed to implementation with its context. */
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
    public static final String ACCEPTANCE_ESCALATION_HANDLED_END = "AcceptanceEscalationHandledEndEvent";
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
    public static final String ACCOUNT_MANAGER = "accountManager";
    public static final String ACCEPTANCE_NOTE = "acceptanceNote";
    public static final String RETURN_COUNT = "returnCount";

    /** Which deadline an overdue escalation is about: {@code brief} or {@code acceptance}. */
    public static final String OVERDUE_STAGE = "overdueStage";

    private Handoff() {}

    /** The message id of a deal's {@code deal-won}: stable, so a republished message is a no-op. */
    public static String dealWonMessageId(String dealId) {
      return DEAL_WON_MESSAGE + ":" + dealId;
    }
  }
}

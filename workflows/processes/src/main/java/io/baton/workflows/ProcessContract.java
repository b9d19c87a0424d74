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
    return List.of(Handoff.BPMN, Handoff.ACCEPT_HANDOFF_FORM_RESOURCE);
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

    public static final String OPEN_HANDOFF_JOB = "handoff.open-handoff";
    public static final String RECORD_ACCEPTANCE_JOB = "handoff.record-acceptance";
    public static final String START_ONBOARDING_JOB = "onboarding.start-onboarding";

    public static final String DEAL_WON_START = "DealWonStartEvent";
    public static final String OPEN_HANDOFF_TASK = "OpenHandoffTask";
    public static final String ACCEPT_HANDOFF_TASK = "AcceptHandoffTask";
    public static final String RECORD_ACCEPTANCE_TASK = "RecordAcceptanceTask";
    public static final String START_ONBOARDING_TASK = "StartOnboardingTask";
    public static final String HANDED_OVER_END = "CustomerHandedOverEndEvent";

    public static final String ACCEPT_HANDOFF_FORM = "accept-handoff";
    public static final String ACCEPT_HANDOFF_FORM_RESOURCE =
        RESOURCE_LOCATION + ACCEPT_HANDOFF_FORM + ".form";
    public static final String ACCOUNT_MANAGERS_GROUP = "account-managers";

    public static final String CUSTOMER_NAME = "customerName";
    public static final String SALES_OWNER = "salesOwner";
    public static final String ARR = "arr";
    public static final String ACCOUNT_MANAGER = "accountManager";
    public static final String ACCEPTANCE_NOTE = "acceptanceNote";

    private Handoff() {}

    /** The message id of a deal's {@code deal-won}: stable, so a republished message is a no-op. */
    public static String dealWonMessageId(String dealId) {
      return DEAL_WON_MESSAGE + ":" + dealId;
    }
  }
}

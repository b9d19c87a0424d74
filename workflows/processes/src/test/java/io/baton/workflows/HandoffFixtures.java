package io.baton.workflows;

import io.baton.workflows.ProcessContract.Handoff;
import io.baton.workflows.ProcessContract.Variables;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The data the handoff is tested with: a won deal, a lead's context, briefs and decisions. */
final class HandoffFixtures {

  static final String SALES_OWNER = "sam";
  static final String ACCOUNT_MANAGER = "amy";
  static final Duration BRIEF_DUE_IN = Duration.ofDays(2);
  static final Duration ACCEPTANCE_DUE_IN = Duration.ofDays(3);

  private HandoffFixtures() {}

  /** The variables of {@code deal-won} as the CRM publishes them. */
  static Map<String, Object> dealWon(String dealId) {
    return Map.of(
        Variables.DEAL_ID,
        dealId,
        Handoff.LEAD_ID,
        "lead-of-" + dealId,
        Handoff.CUSTOMER_NAME,
        "Acme Corp",
        Handoff.SALES_OWNER,
        SALES_OWNER,
        Handoff.ARR,
        48000,
        Handoff.CLOSE_DATE,
        "2026-11-20",
        Variables.CORRELATION_ID,
        "test-" + dealId);
  }

  /** A deadline as handoff-service returns it: an ISO-8601 offset date-time in UTC. */
  static String dueIn(Duration sla) {
    return OffsetDateTime.now(ZoneOffset.UTC).plus(sla).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** What assemble-context returns for a known lead. */
  static Map<String, Object> leadContext() {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("source", Map.of("channel", "webinar", "campaign", "spring-launch"));
    context.put("play", null);
    context.put("attemptCount", 3);
    context.put("summary", "Evaluated the SSO add-on in the trial.");
    return context;
  }

  /** Variables with {@code null} values, which {@link Map#of} does not take. */
  static Map<String, Object> withNulls(Object... namesAndValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return variables;
  }

  static Brief completeBrief() {
    return new Brief()
        .promise("SSO live at go-live", SALES_OWNER, "2026-12-15")
        .stakeholder("Carla Champion", Handoff.ROLE_CHAMPION, "carla@acme.example")
        .stakeholder("Eddie Buyer", Handoff.ROLE_ECONOMIC_BUYER, "eddie@acme.example")
        .criterion("Onboarding time per hire", "10 days", "3 days");
  }

  /** A brief the validator denies: it names a champion but no economic buyer. */
  static Brief briefWithoutEconomicBuyer() {
    return new Brief()
        .promise("SSO live at go-live", SALES_OWNER, "2026-12-15")
        .stakeholder("Carla Champion", Handoff.ROLE_CHAMPION, "carla@acme.example")
        .criterion("Onboarding time per hire", "10 days", "3 days");
  }

  static Map<String, Object> acceptance() {
    return Map.of(
        Handoff.DECISION, Handoff.DECISION_ACCEPT, Handoff.ACCEPTANCE_NOTE, "Kickoff Monday");
  }

  /**
   * The lineage handoff-service hands on with the acceptance: the acquisition and handoff keys as
   * record-acceptance returns them (instants as ISO-8601 text; a key nobody knows is null).
   */
  static Map<String, Object> lineage(String dealId) {
    Map<String, Object> lineage = new LinkedHashMap<>();
    lineage.put(ProcessContract.Lineage.LEAD_ID, "lead-of-" + dealId);
    lineage.put(ProcessContract.Lineage.CAMPAIGN, "spring-launch");
    lineage.put(ProcessContract.Lineage.SOURCE_CHANNEL, "webinar");
    lineage.put(ProcessContract.Lineage.INTEREST, "demo-request");
    lineage.put(ProcessContract.Lineage.LEAD_PLAY, "event-follow-up");
    lineage.put(ProcessContract.Lineage.SLA_TIER, "standard");
    lineage.put(ProcessContract.Lineage.SALES_OWNER, SALES_OWNER);
    lineage.put(ProcessContract.Lineage.LEAD_RECEIVED_AT, "2026-11-02T09:00:00Z");
    lineage.put(ProcessContract.Lineage.FIRST_CONTACT_AT, "2026-11-02T09:42:00Z");
    lineage.put(ProcessContract.Lineage.MINUTES_TO_FIRST_CONTACT, 42);
    lineage.put(ProcessContract.Lineage.FIRST_CONTACT_WITHIN_SLA, true);
    lineage.put(ProcessContract.Lineage.DEAL_WON_AT, "2026-11-20T10:00:00Z");
    lineage.put(ProcessContract.Lineage.HANDOFF_RETURNS, 0);
    lineage.put(ProcessContract.Lineage.ACCEPTED_AT, "2026-11-23T15:30:00Z");
    lineage.put(ProcessContract.Lineage.HOURS_TO_ACCEPT, 26.5);
    lineage.put(ProcessContract.Lineage.ACCEPTING_ACCOUNT_MANAGER, ACCOUNT_MANAGER);
    lineage.put(ProcessContract.Lineage.SEGMENT, null);
    return lineage;
  }

  static Map<String, Object> returnWithQuestions(String questions) {
    return Map.of(Handoff.DECISION, Handoff.DECISION_RETURN, Handoff.RETURN_QUESTIONS, questions);
  }

  /** The brief form's variables, built up promise by promise. */
  static final class Brief {
    private final List<Map<String, Object>> promises = new ArrayList<>();
    private final List<Map<String, Object>> stakeholders = new ArrayList<>();
    private final List<Map<String, Object>> successCriteria = new ArrayList<>();

    Brief promise(String text, String owner, String dueDate) {
      promises.add(
          Map.of(
              Handoff.PROMISE_TEXT,
              text,
              Handoff.PROMISE_OWNER,
              owner,
              Handoff.PROMISE_DUE_DATE,
              dueDate));
      return this;
    }

    Brief stakeholder(String name, String role, String contact) {
      stakeholders.add(
          Map.of(
              Handoff.STAKEHOLDER_NAME,
              name,
              Handoff.STAKEHOLDER_ROLE,
              role,
              Handoff.STAKEHOLDER_CONTACT,
              contact));
      return this;
    }

    Brief criterion(String metric, String baseline, String target) {
      successCriteria.add(
          Map.of(
              Handoff.CRITERION_METRIC,
              metric,
              Handoff.CRITERION_BASELINE,
              baseline,
              Handoff.CRITERION_TARGET,
              target));
      return this;
    }

    List<Map<String, Object>> stakeholders() {
      return stakeholders;
    }

    Map<String, Object> variables() {
      return Map.of(
          Handoff.PROMISES,
          promises,
          Handoff.STAKEHOLDERS,
          stakeholders,
          Handoff.SUCCESS_CRITERIA,
          successCriteria,
          Handoff.RISKS,
          "Their IT team is two people.",
          Handoff.NOT_SOLD,
          "No custom payroll integration.",
          Handoff.DESIRED_GO_LIVE_DATE,
          "2027-01-15");
    }
  }
}

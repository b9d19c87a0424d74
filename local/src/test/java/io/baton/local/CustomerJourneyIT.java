package io.baton.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.testsupport.TestIntake;
import io.baton.workflows.ProcessContract.Handoff;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.baton.workflows.ProcessContract.Retention;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The customer's journey through everything, on the real local runtime (embedded engine, embedded
 * MongoDB, every service, the gateway), driven over HTTP through the gateway and the Camunda 8
 * user-task API.
 */
class CustomerJourneyIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static LocalSuite suite;
  private static SuiteLayout layout;

  /** The gateway, called by no one. */
  private static SuiteClient anonymous;

  /** The gateway, called by an administrator. */
  private static SuiteClient gateway;

  @BeforeAll
  static void startSuite() throws Exception {
    Path projectRoot = Path.of("..").toAbsolutePath().normalize();
    layout =
        SuiteLayout.onFreePorts(
            projectRoot,
            Files.createTempDirectory("baton-journey"),
            projectRoot.resolve("local/target/apps"));
    suite = LocalSuite.start(layout);
    anonymous = SuiteClient.gatewayOf(layout);
    gateway = anonymous.withToken(token("journey-admin", "admin"));
  }

  /** A token from the local suite's identity provider, signed in as the console does. */
  static String token(String username, String role) throws IOException, InterruptedException {
    return suite.token(username, role);
  }

  @AfterAll
  static void stopSuite() throws InterruptedException {
    if (suite != null) {
      suite.close();
    }
  }

  @Test
  void aWonLeadIsBriefedAcceptedAndOnboardedWithItsWholeContext() throws Exception {
    HttpResponse<String> lead =
        gateway.post(
            "/api/leads",
            Map.of(
                "company", Map.of("name", "Acme Corp", "size", 250),
                "contact", Map.of("name", "Dana Doe", "email", "dana@acme.example"),
                "source", Map.of("channel", "webinar", "campaign", "fall-launch"),
                "intent", "Wants SSO for 250 seats"),
            "journey-lead");
    assertThat(lead.statusCode()).isEqualTo(201);
    String leadId = SuiteClient.json(lead).path("leadId").asText();
    assertThat(
            gateway
                .post(
                    "/api/leads/" + leadId + "/attempts",
                    Map.of(
                        "channel",
                        "call",
                        "outcome",
                        "replied",
                        "notes",
                        "Needs SSO before go-live"),
                    "journey-attempt")
                .statusCode())
        .isEqualTo(201);

    String dealId = "deal-journey-1";
    HttpResponse<String> registered =
        gateway.post("/api/handoffs", wonDeal(dealId, leadId, "Acme Corp"), "journey-1");
    assertThat(registered.statusCode()).isEqualTo(202);
    assertThat(registered.headers().firstValue("X-Correlation-Id")).hasValue("journey-1");
    assertThat(registered.headers().firstValue("Location")).hasValue("/api/handoffs/" + dealId);

    JsonNode opened =
        gateway.awaitJson(
            "/api/handoffs/" + dealId,
            handoff -> handoff.path("context").path("available").asBoolean());
    assertThat(opened.path("status").asText()).isEqualTo("AWAITING_BRIEF");
    assertThat(opened.path("context").path("channel").asText()).isEqualTo("webinar");
    assertThat(opened.path("context").path("notes").toString())
        .contains("Needs SSO before go-live");
    long processInstanceKey = opened.path("processInstanceKey").asLong();

    try (CamundaClient client = suite.newEngineClient()) {
      UserTask briefTask =
          OpenTasks.awaitOne(client, processInstanceKey, Handoff.COMPLETE_BRIEF_TASK);
      assertThat(briefTask.getAssignee()).isEqualTo("sam");

      assertThatThrownBy(
              () ->
                  client
                      .newCompleteUserTaskCommand(briefTask.getUserTaskKey())
                      .variables(Briefs.withoutEconomicBuyer())
                      .send()
                      .join())
          .isInstanceOf(ProblemException.class)
          .hasMessageContaining("economic buyer");
      assertThat(client.newUserTaskGetRequest(briefTask.getUserTaskKey()).send().join().getState())
          .isEqualTo(UserTaskState.CREATED);

      client
          .newCompleteUserTaskCommand(briefTask.getUserTaskKey())
          .variables(Briefs.complete())
          .send()
          .join();

      UserTask acceptTask =
          OpenTasks.acceptHandoff(client, processInstanceKey, "amy", "Kickoff next Monday");
      assertThat(acceptTask.getCandidateGroups()).containsExactly(Handoff.ACCOUNT_MANAGERS_GROUP);
    }

    JsonNode onboarding =
        gateway.awaitJson("/api/onboardings/" + dealId, body -> body.has("startedAt"));
    assertThat(onboarding.path("accountManager").asText()).isEqualTo("amy");
    assertThat(onboarding.path("handoffNote").asText()).isEqualTo("Kickoff next Monday");
    assertThat(onboarding.path("promises").get(0).path("text").asText())
        .isEqualTo("SSO before go-live");
    assertThat(onboarding.path("successCriteria").get(0).path("baseline").asText())
        .isEqualTo("14 days");

    JsonNode handoff =
        gateway.awaitJson(
            "/api/handoffs/" + dealId, body -> "ACCEPTED".equals(body.path("status").asText()));
    assertThat(handoff.path("accountManager").asText()).isEqualTo("amy");
    assertThat(handoff.path("brief").path("stakeholders").findValuesAsText("role"))
        .contains("champion", "economic-buyer");
    assertThat(handoff.path("timeToAccept").isNull()).isFalse();
    assertThat(handoff.path("history").findValuesAsText("status"))
        .containsExactly("DEAL_WON", "AWAITING_BRIEF", "AWAITING_ACCEPTANCE", "ACCEPTED");

    onboardAndHandToRetention(dealId);
    aSavePlayKeepsTheRevenue(dealId);
    JsonNode byCampaign =
        gateway.awaitJson(
            "/api/revenue/accountability?dimension=campaign&from=2026-11-01&to=2026-11-30",
            answer -> answer.path("rows").findValuesAsText("value").contains("fall-launch"));
    assertThat(byCampaign.path("total").path("figures").path("arrWon").path("n").asInt())
        .isGreaterThanOrEqualTo(1);
  }

  /**
   * Onboarding's checkpoints, a blocker and a missed promise reach retention; first value hands the
   * customer over.
   */
  private static void onboardAndHandToRetention(String dealId) throws Exception {
    JsonNode plan =
        gateway.awaitJson(
            "/api/customers/" + dealId,
            customer -> "onboarding".equals(customer.path("lifecycle").asText()));
    assertThat(plan.path("accountManager").asText()).isEqualTo("amy");

    assertThat(
            gateway
                .post(
                    "/api/onboardings/" + dealId + "/blockers",
                    Map.of("checkpointId", "technical-setup", "description", "No SSO admin yet"),
                    "journey-blocker")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            gateway
                .post(
                    "/api/onboardings/" + dealId + "/promises/promise-1/miss",
                    Map.of("reason", "SSO slipped to next quarter"),
                    "journey-promise")
                .statusCode())
        .isEqualTo(201);
    JsonNode history =
        gateway.awaitJson(
            "/api/customers/" + dealId + "/health-history",
            changes ->
                changes.toString().contains("onboarding-slip")
                    && changes.toString().contains("promise-missed"));
    assertThat(history.toString()).contains("blocker");
    JsonNode behind = gateway.getJson("/api/onboardings/" + dealId);
    assertThat(behind.path("status").asText()).isEqualTo("behind");

    for (String checkpointId : behind.path("checkpoints").findValuesAsText("checkpointId")) {
      assertThat(
              gateway
                  .post(
                      "/api/onboardings/" + dealId + "/checkpoints/" + checkpointId + "/completion",
                      Map.of("evidence", "Confirmed by Cleo"),
                      "journey-" + checkpointId)
                  .statusCode())
          .isEqualTo(201);
    }

    JsonNode customer =
        gateway.awaitJson(
            "/api/customers/" + dealId, body -> "active".equals(body.path("lifecycle").asText()));
    assertThat(customer.path("handover").path("promises").findValuesAsText("status"))
        .contains("missed");
    JsonNode lineage = customer.path("lineage");
    assertThat(lineage.path("campaign").asText()).isEqualTo("fall-launch");
    assertThat(lineage.path("sourceChannel").asText()).isEqualTo("webinar");
    assertThat(lineage.path("salesOwner").asText()).isEqualTo("sam");
    assertThat(lineage.path("acceptingAccountManager").asText()).isEqualTo("amy");
    assertThat(lineage.path("handoffReturns").asInt()).isZero();
    assertThat(lineage.path("promisesMissed").asInt()).isEqualTo(1);
    assertThat(lineage.path("daysToValue").isInt()).isTrue();
    JsonNode handedOver = gateway.getJson("/api/onboardings/" + dealId);
    assertThat(handedOver.path("status").asText()).isEqualTo("handed-over");
    assertThat(handedOver.path("timeToValueDays").isInt()).isTrue();
  }

  /**
   * A service agent asks for a save play; the decided play is worked in its form and the revenue it
   * kept is counted.
   */
  private static void aSavePlayKeepsTheRevenue(String dealId) throws Exception {
    HttpResponse<String> requested =
        gateway.post(
            "/api/customers/" + dealId + "/save-plays",
            Map.of("reason", "Unhappy with the SSO delay", "sourceTicket", "T-42"),
            "journey-save");
    assertThat(requested.statusCode()).isIn(200, 201);
    String interventionId = SuiteClient.json(requested).path("interventionId").asText();

    JsonNode decided =
        gateway.awaitJson(
            "/api/save-plays/" + interventionId,
            body -> !body.path("decision").isMissingNode() && !body.path("decision").isNull());
    assertThat(decided.path("decision").path("inputs").path("riskReasons").toString())
        .contains("promise-missed");

    try (CamundaClient client = suite.newEngineClient()) {
      UserTask run =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> runSavePlayTaskOf(client, interventionId), Optional::isPresent)
              .orElseThrow();
      assertThat(run.getCandidateGroups()).containsExactly("account-managers");
      client.newAssignUserTaskCommand(run.getUserTaskKey()).assignee("amy").send().join();
      client
          .newCompleteUserTaskCommand(run.getUserTaskKey())
          .variables(
              Map.of(
                  "saveOutcome",
                  "saved",
                  "arrAfter",
                  48000,
                  "saveNotes",
                  "Recovery plan for SSO agreed"))
          .send()
          .join();
    }

    JsonNode closed =
        gateway.awaitJson(
            "/api/save-plays/" + interventionId, body -> body.path("outcome").isObject());
    assertThat(closed.path("outcome").path("outcome").asText()).isEqualTo("saved");
    assertThat(closed.path("outcome").path("workedBy").asText())
        .as("the user who completed the task")
        .isEqualTo("amy");
    assertThat(gateway.getJson("/api/save-plays/revenue").toString())
        .contains(closed.path("play").asText());
  }

  @Test
  void aLeadGetsAPlayAndAnOwnerIsQualifiedAndConvertedAndItsHandoffStarts() throws Exception {
    HttpResponse<String> received =
        gateway.post(
            "/api/leads",
            Map.of(
                "company", Map.of("name", "Globex", "size", 5000),
                "contact", Map.of("name", "Hank Scorpio", "email", "hank@globex.example"),
                "source", Map.of("channel", "web-form", "campaign", "enterprise-demo-days"),
                "interest", "demo-request",
                "intent", "Needs a demo for the whole support team"),
            "lead-journey");
    assertThat(received.statusCode()).isEqualTo(201);
    String leadId = SuiteClient.json(received).path("leadId").asText();

    JsonNode assigned =
        gateway.awaitJson("/api/leads/" + leadId, lead -> lead.path("owner").isTextual());
    assertThat(assigned.path("play").path("name").asText()).isEqualTo("enterprise-discovery");
    assertThat(assigned.path("play").path("inputs").path("companySize").asInt()).isEqualTo(5000);
    assertThat(assigned.path("team").asText()).isEqualTo("sales-priority");
    long followUp = assigned.path("processInstanceKey").asLong();

    try (CamundaClient client = suite.newEngineClient()) {
      UserTask firstContact =
          OpenTasks.awaitOne(client, followUp, LeadFollowUp.MAKE_FIRST_CONTACT_TASK);
      assertThat(firstContact.getAssignee()).isEqualTo(assigned.path("owner").asText());
      assertThat(firstContact.getCandidateGroups()).containsExactly("sales-priority");
      client
          .newCompleteUserTaskCommand(firstContact.getUserTaskKey())
          .variables(
              Map.of(
                  "attemptChannel",
                  "call",
                  "attemptOutcome",
                  "meeting-booked",
                  "attemptNotes",
                  "Discovery call on Tuesday"))
          .send()
          .join();

      UserTask qualify = OpenTasks.awaitOne(client, followUp, LeadFollowUp.QUALIFY_LEAD_TASK);
      assertThatThrownBy(
              () ->
                  client
                      .newCompleteUserTaskCommand(qualify.getUserTaskKey())
                      .variables(Map.of("outcome", "disqualified"))
                      .send()
                      .join())
          .isInstanceOf(ProblemException.class)
          .hasMessageContaining("why the lead is disqualified");
      client
          .newCompleteUserTaskCommand(qualify.getUserTaskKey())
          .variables(Map.of("outcome", "qualified"))
          .send()
          .join();
    }
    JsonNode qualified =
        gateway.awaitJson(
            "/api/leads/" + leadId, lead -> "qualified".equals(lead.path("status").asText()));
    assertThat(qualified.path("attempts").findValuesAsText("notes"))
        .containsExactly("Discovery call on Tuesday");
    assertThat(qualified.path("timeToFirstContact").isNull()).isFalse();

    String dealId = "deal-from-" + leadId;
    HttpResponse<String> converted =
        gateway.post(
            "/api/leads/" + leadId + "/outcome",
            Map.of(
                "outcome",
                "converted",
                "deal",
                Map.of("dealId", dealId, "arr", 120000, "closeDate", "2026-11-20")),
            "lead-journey-won");
    assertThat(converted.statusCode()).isEqualTo(200);

    JsonNode handoff =
        gateway.awaitJson(
            "/api/handoffs/" + dealId, body -> body.path("context").path("available").asBoolean());
    assertThat(handoff.path("leadId").asText()).isEqualTo(leadId);
    assertThat(handoff.path("customerName").asText()).isEqualTo("Globex");
    assertThat(handoff.path("salesOwner").asText()).isEqualTo(assigned.path("owner").asText());
    assertThat(handoff.path("context").path("play").asText()).isEqualTo("enterprise-discovery");
    assertThat(handoff.path("context").path("notes").toString())
        .contains("Discovery call on Tuesday");
    JsonNode feedback = gateway.getJson("/api/leads/feedback/campaigns");
    assertThat(feedback.findValuesAsText("key")).contains("enterprise-demo-days");
  }

  private static final String MARKETING = "marketing";
  private static final String SALES = "sales";
  private static final String ACCOUNT_MANAGER = "account-manager";
  private static final String SERVICE_AGENT = "service-agent";
  private static final String CS_LEADER = "cs-leader";
  private static final String ADMIN = "admin";
  private static final String SYSTEM = "system";
  private static final List<String> ROLES =
      List.of(MARKETING, SALES, ACCOUNT_MANAGER, SERVICE_AGENT, CS_LEADER, ADMIN, SYSTEM);

  /**
   * Who may do what through the gateway (the matrix in docs/security.md): each allowed role gets
   * the endpoint's success status on a real object, every other role 403 problem+json. In the role
   * that sees only its own objects (a sales rep's leads and handoffs, an account manager's plans,
   * customers and their save plays) the cell acts as the object's owner; the tests of each service
   * show that another user of that role is refused.
   */
  private static final List<Row> AUTHORIZATION_MATRIX =
      List.of(
          //   method  path template                              what the cell acts on / sends
          //   success  allowed roles
          row("POST", "/api/leads", Fixtures::aLeadToReceive, 201, MARKETING, SALES, SYSTEM, ADMIN),
          row(
              "GET",
              "/api/leads",
              Fixtures::nothing,
              200,
              MARKETING,
              SALES,
              CS_LEADER,
              SYSTEM,
              ADMIN),
          row(
              "GET",
              "/api/leads/{leadId}",
              Fixtures::theLead,
              200,
              MARKETING,
              SALES,
              CS_LEADER,
              SYSTEM,
              ADMIN),
          row(
              "GET",
              "/api/leads/{leadId}/context",
              Fixtures::theLead,
              200,
              SALES,
              ACCOUNT_MANAGER,
              CS_LEADER,
              SYSTEM,
              ADMIN),
          row(
              "POST",
              "/api/leads/{leadId}/attempts",
              Fixtures::anAttemptOnALead,
              201,
              SALES,
              SYSTEM,
              ADMIN),
          row(
              "POST",
              "/api/leads/{leadId}/outcome",
              Fixtures::anOutcomeOfALead,
              200,
              SALES,
              SYSTEM,
              ADMIN),
          row(
              "GET",
              "/api/leads/feedback/pipeline?from=2026-01-01&to=2026-12-31",
              Fixtures::nothing,
              200,
              MARKETING,
              CS_LEADER,
              SYSTEM,
              ADMIN),
          row(
              "GET",
              "/api/leads/feedback/campaigns",
              Fixtures::nothing,
              200,
              MARKETING,
              CS_LEADER,
              ADMIN),
          row(
              "GET",
              "/api/leads/feedback/sources",
              Fixtures::nothing,
              200,
              MARKETING,
              CS_LEADER,
              ADMIN),
          row("POST", "/api/handoffs", Fixtures::aWonDealToRegister, 202, SALES, SYSTEM, ADMIN),
          row(
              "GET",
              "/api/handoffs",
              Fixtures::nothing,
              200,
              SALES,
              ACCOUNT_MANAGER,
              CS_LEADER,
              SYSTEM,
              ADMIN),
          row(
              "GET",
              "/api/handoffs/{dealId}",
              Fixtures::theHandoff,
              200,
              SALES,
              ACCOUNT_MANAGER,
              CS_LEADER,
              SYSTEM,
              ADMIN),
          row("PUT", "/api/handoffs/{dealId}/brief", Fixtures::aDraftOfTheBrief, 200, SALES, ADMIN),
          row(
              "GET",
              "/api/onboardings",
              Fixtures::nothing,
              200,
              ACCOUNT_MANAGER,
              SERVICE_AGENT,
              CS_LEADER,
              SYSTEM,
              ADMIN),
          row(
              "GET",
              "/api/onboardings/{dealId}",
              Fixtures::thePlan,
              200,
              ACCOUNT_MANAGER,
              SERVICE_AGENT,
              CS_LEADER,
              SYSTEM,
              ADMIN),
          row(
              "POST",
              "/api/onboardings/{dealId}/blockers",
              Fixtures::aBlockerOnThePlan,
              201,
              ACCOUNT_MANAGER,
              SYSTEM,
              ADMIN),
          row(
              "GET",
              "/api/onboardings/time-to-value",
              Fixtures::nothing,
              200,
              ACCOUNT_MANAGER,
              CS_LEADER,
              ADMIN),
          row(
              "PUT",
              "/api/customers/{customerId}",
              Fixtures::aCustomerToRegister,
              201,
              SYSTEM,
              ADMIN),
          row(
              "POST",
              "/api/customers/{customerId}/handover",
              Fixtures::aHandoverOfTheCustomer,
              200,
              SYSTEM,
              ADMIN),
          row(
              "POST",
              "/api/customers/{customerId}/signals",
              Fixtures::aSignalAboutTheCustomer,
              201,
              SERVICE_AGENT,
              SYSTEM,
              ADMIN),
          row(
              "GET",
              "/api/customers",
              Fixtures::nothing,
              200,
              ACCOUNT_MANAGER,
              SERVICE_AGENT,
              CS_LEADER,
              SYSTEM,
              ADMIN),
          row(
              "GET",
              "/api/customers/{customerId}",
              Fixtures::theCustomer,
              200,
              ACCOUNT_MANAGER,
              SERVICE_AGENT,
              CS_LEADER,
              SYSTEM,
              ADMIN),
          row(
              "POST",
              "/api/customers/{customerId}/save-plays",
              Fixtures::aSavePlayRequest,
              201,
              SERVICE_AGENT,
              ACCOUNT_MANAGER,
              CS_LEADER,
              ADMIN),
          row(
              "GET",
              "/api/save-plays",
              Fixtures::nothing,
              200,
              SERVICE_AGENT,
              ACCOUNT_MANAGER,
              CS_LEADER,
              SYSTEM,
              ADMIN),
          row(
              "GET",
              "/api/save-plays/{interventionId}",
              Fixtures::theSavePlay,
              200,
              SERVICE_AGENT,
              ACCOUNT_MANAGER,
              CS_LEADER,
              SYSTEM,
              ADMIN),
          row(
              "POST",
              "/api/save-plays/{interventionId}/outcome",
              Fixtures::anOutcomeOfASavePlay,
              200,
              SERVICE_AGENT,
              ACCOUNT_MANAGER,
              ADMIN),
          row("GET", "/api/save-plays/revenue", Fixtures::nothing, 200, CS_LEADER, ADMIN),
          row("POST", "/api/onboardings/lineage/resend", Fixtures::aLineageResend, 200, ADMIN),
          row(
              "GET",
              "/api/revenue/accountability?dimension=campaign",
              Fixtures::nothing,
              200,
              MARKETING,
              CS_LEADER,
              SYSTEM,
              ADMIN),
          row(
              "GET",
              "/api/revenue/accountability?dimension=sales-owner",
              Fixtures::nothing,
              200,
              SALES,
              CS_LEADER,
              ADMIN),
          row(
              "GET",
              "/api/revenue/customers?dimension=account-manager",
              Fixtures::nothing,
              200,
              CS_LEADER,
              ADMIN),
          row(
              "GET",
              "/api/revenue/losses?dimension=campaign",
              Fixtures::nothing,
              200,
              MARKETING,
              CS_LEADER,
              SYSTEM,
              ADMIN),
          row(
              "GET",
              "/api/revenue/losses?dimension=sales-owner",
              Fixtures::nothing,
              200,
              SALES,
              CS_LEADER,
              ADMIN),
          row("GET", "/api/revenue/churn-predictors", Fixtures::nothing, 200, CS_LEADER, ADMIN));

  static Stream<Arguments> everyRoleAtEveryEndpoint() {
    return AUTHORIZATION_MATRIX.stream()
        .flatMap(row -> ROLES.stream().map(role -> Arguments.of(row, role)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("everyRoleAtEveryEndpoint")
  void theAuthorizationMatrixHoldsThroughTheGateway(Row row, String role) throws Exception {
    boolean allowed = row.allowed().contains(role);
    Target target = row.target().prepare(allowed);
    String username = role.equals(target.ownerRole()) ? target.owner() : "matrix-" + role;

    HttpResponse<String> response =
        as(username, role).send(row.method(), row.path(target), target.body(), null);

    if (allowed) {
      assertThat(response.statusCode())
          .as(username + " (" + role + "): " + response.body())
          .isEqualTo(row.success());
    } else {
      assertThat(response.statusCode())
          .as(username + " (" + role + "): " + response.body())
          .isEqualTo(403);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
    }
  }

  /**
   * A row of the matrix: an endpoint, what its cells act on, its success status and the roles it
   * allows.
   */
  record Row(String method, String pathTemplate, Fixture target, int success, Set<String> allowed) {

    /** The path with the target's id in place of the template's one variable. */
    String path(Target target) {
      return target.id() == null
          ? pathTemplate
          : pathTemplate.replaceFirst("\\{[A-Za-z]+}", target.id());
    }

    @Override
    public String toString() {
      return method + " " + pathTemplate;
    }
  }

  private static Row row(
      String method, String pathTemplate, Fixture target, int success, String... allowed) {
    return new Row(method, pathTemplate, target, success, Set.of(allowed));
  }

  /**
   * What a cell acts on: the id its path names (null if none), the role that sees only its own such
   * objects and the user who owns this one (null if nobody does), and the body it sends (null if
   * none).
   */
  record Target(String id, String ownerRole, String owner, Object body) {

    static Target none(Object body) {
      return new Target(null, null, null, body);
    }

    Target sending(Object body) {
      return new Target(id, ownerRole, owner, body);
    }
  }

  /**
   * Prepares a cell's target: an object of its own for an allowed cell whose request changes it for
   * good.
   */
  @FunctionalInterface
  interface Fixture {
    Target prepare(boolean allowed) throws Exception;
  }

  /**
   * The real objects the matrix acts on, made through the API (and the engine, for the plan): the
   * ones read are made once, the ones an allowed request changes for good are new for each cell.
   * Handoffs belong to sam, onboarding plans, customers and save plays to amy, a lead to the rep
   * the follow-up dealt it to.
   */
  static final class Fixtures {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static Target lead;
    private static Target handoff;
    private static Target plan;
    private static Target customer;
    private static Target savePlay;

    static Target nothing(boolean allowed) {
      return Target.none(null);
    }

    static Target aLineageResend(boolean allowed) {
      return Target.none(Map.of("limit", 10));
    }

    static Target aLeadToReceive(boolean allowed) {
      return Target.none(aLead("Matrix Inc " + NEXT.incrementAndGet()));
    }

    static synchronized Target theLead(boolean allowed) throws Exception {
      if (lead == null) {
        lead = aNewLead();
      }
      return lead;
    }

    static Target anAttemptOnALead(boolean allowed) throws Exception {
      return (allowed ? aNewLead() : theLead(false))
          .sending(Map.of("channel", "call", "outcome", "no-answer", "notes", "Matrix attempt"));
    }

    static Target anOutcomeOfALead(boolean allowed) throws Exception {
      return (allowed ? aNewLead() : theLead(false)).sending(Map.of("outcome", "qualified"));
    }

    static Target aWonDealToRegister(boolean allowed) {
      return Target.none(wonDeal("deal-matrix-" + NEXT.incrementAndGet(), "Matrix Inc"));
    }

    /** sam's handoff, waiting for its brief. */
    static synchronized Target theHandoff(boolean allowed) throws Exception {
      if (handoff == null) {
        String dealId = "deal-matrix-handoff";
        assertThat(
                gateway
                    .post("/api/handoffs", wonDeal(dealId, "Matrix Handoff Inc"), "matrix-handoff")
                    .statusCode())
            .isEqualTo(202);
        handoff = new Target(dealId, SALES, "sam", null);
      }
      return handoff;
    }

    static Target aDraftOfTheBrief(boolean allowed) throws Exception {
      return theHandoff(allowed).sending(Map.of("risks", "Matrix draft " + NEXT.incrementAndGet()));
    }

    /** amy's onboarding plan: its handoff briefed by sam and accepted by amy. */
    static synchronized Target thePlan(boolean allowed) throws Exception {
      if (plan == null) {
        String dealId = "deal-matrix-plan";
        long processInstanceKey = briefedHandoff(dealId, "Matrix Plan Inc");
        try (CamundaClient client = suite.newEngineClient()) {
          OpenTasks.acceptHandoff(client, processInstanceKey, "amy", "Matrix kickoff");
        }
        gateway.awaitJson("/api/onboardings/" + dealId, body -> body.has("startedAt"));
        plan = new Target(dealId, ACCOUNT_MANAGER, "amy", null);
      }
      return plan;
    }

    /** A blocker on the plan's first checkpoint; each reporter's is a blocker of its own. */
    static Target aBlockerOnThePlan(boolean allowed) throws Exception {
      Target plan = thePlan(allowed);
      String checkpointId =
          gateway
              .getJson("/api/onboardings/" + plan.id())
              .path("checkpoints")
              .get(0)
              .path("checkpointId")
              .asText();
      return plan.sending(
          Map.of(
              "checkpointId",
              checkpointId,
              "description",
              "Matrix blocker " + NEXT.incrementAndGet()));
    }

    static Target aCustomerToRegister(boolean allowed) {
      return new Target(
          "matrix-customer-" + NEXT.incrementAndGet(), ACCOUNT_MANAGER, "amy", customerProfile());
    }

    static synchronized Target theCustomer(boolean allowed) throws Exception {
      if (customer == null) {
        customer = aNewCustomer();
      }
      return customer;
    }

    static Target aHandoverOfTheCustomer(boolean allowed) throws Exception {
      return theCustomer(allowed)
          .sending(
              Map.of(
                  "firstValueAt",
                  Instant.now().minus(Duration.ofDays(1)).toString(),
                  "timeToValueDays",
                  21));
    }

    /**
     * A promoter's answer: the customer's health does not drop, so no save play starts by itself.
     */
    static Target aSignalAboutTheCustomer(boolean allowed) throws Exception {
      return theCustomer(allowed)
          .sending(
              Map.of(
                  "signalId",
                  "matrix-signal-" + NEXT.incrementAndGet(),
                  "type",
                  "nps-response",
                  "value",
                  9,
                  "occurredAt",
                  Instant.now().minusSeconds(5).toString()));
    }

    /** A save play asked for a customer without one: it starts one (201). */
    static Target aSavePlayRequest(boolean allowed) throws Exception {
      return (allowed ? aNewCustomer() : theCustomer(false))
          .sending(Map.of("reason", "Matrix: unhappy with the rollout"));
    }

    static synchronized Target theSavePlay(boolean allowed) throws Exception {
      if (savePlay == null) {
        savePlay = aNewSavePlay();
      }
      return savePlay;
    }

    static Target anOutcomeOfASavePlay(boolean allowed) throws Exception {
      return (allowed ? aNewSavePlay() : theSavePlay(false))
          .sending(Map.of("outcome", "saved", "notes", "Matrix save"));
    }

    /** A new lead, once the follow-up dealt it to a rep. */
    private static Target aNewLead() throws Exception {
      HttpResponse<String> received =
          gateway.post(
              "/api/leads", aLead("Matrix Lead Inc " + NEXT.incrementAndGet()), "matrix-lead");
      assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
      String leadId = SuiteClient.json(received).path("leadId").asText();
      String owner =
          gateway
              .awaitJson("/api/leads/" + leadId, body -> body.path("owner").isTextual())
              .path("owner")
              .asText();
      return new Target(leadId, SALES, owner, null);
    }

    /** A new customer of amy's, registered by the administrator. */
    private static Target aNewCustomer() throws Exception {
      String customerId = "matrix-customer-" + NEXT.incrementAndGet();
      HttpResponse<String> registered =
          gateway.put("/api/customers/" + customerId, customerProfile(), "matrix-customer");
      assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
      return new Target(customerId, ACCOUNT_MANAGER, "amy", null);
    }

    /** A save play for a new customer of amy's, once its play is decided. */
    private static Target aNewSavePlay() throws Exception {
      Target customer = aNewCustomer();
      HttpResponse<String> requested =
          gateway.post(
              "/api/customers/" + customer.id() + "/save-plays",
              Map.of("reason", "Matrix: renewal at risk"),
              "matrix-save-play");
      assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
      String interventionId = SuiteClient.json(requested).path("interventionId").asText();
      gateway.awaitJson(
          "/api/save-plays/" + interventionId, body -> body.path("decision").isObject());
      return new Target(interventionId, ACCOUNT_MANAGER, "amy", null);
    }

    private static Map<String, Object> aLead(String company) {
      return Map.of(
          "company", Map.of("name", company, "size", 5000),
          "contact",
              Map.of(
                  "name", "Mat Rix", "email", "mat" + NEXT.incrementAndGet() + "@matrix.example"),
          "source", Map.of("channel", "web-form", "campaign", "matrix"),
          "interest", "demo-request");
    }

    private static Map<String, Object> customerProfile() {
      return Map.of(
          "customerName", "Matrix Customer Inc",
          "segment", "smb",
          "accountManager", "amy",
          "arr", 48000,
          "contractDate", LocalDate.now().minusMonths(2).toString());
    }
  }

  /**
   * The engine's user-task API through the gateway, with each user's own token: a lead's first
   * contact task (candidate group sales-inbound, assigned to its owner) is invisible to marketing,
   * an account manager and an account-management lead; the other rep of the team sees it and its
   * variables but may not complete it; its owner completes it.
   */
  @Test
  void aLeadsFirstContactTaskIsSeenAndWorkedOnlyByItsTeamThroughTheGateway() throws Exception {
    JsonNode assigned = aPricingRequestDealtToARep("Chotchkie's", "Joanna Flair", "flair");
    String owner = assigned.path("owner").asText();
    String otherRep = owner.equals("sam") ? "rita" : "sam";
    String task;
    try (CamundaClient client = suite.newEngineClient()) {
      task =
          String.valueOf(
              OpenTasks.awaitOne(
                      client,
                      assigned.path("processInstanceKey").asLong(),
                      LeadFollowUp.MAKE_FIRST_CONTACT_TASK)
                  .getUserTaskKey());
    }

    for (String[] outsider :
        new String[][] {{"mia", "marketing"}, {"amy", "account-manager"}, {"cleo", "cs-leader"}}) {
      SuiteClient outsiders = as(outsider[0], outsider[1]);
      assertThat(outsiders.openUserTasks()).as(outsider[0]).doesNotContain(task);
      assertThat(outsiders.userTask(task).statusCode()).as(outsider[0]).isEqualTo(403);
      HttpResponse<String> variables = outsiders.userTaskVariables(task);
      assertThat(variables.statusCode()).as(outsider[0]).isEqualTo(403);
      assertThat(variables.body()).doesNotContain("Joanna Flair");
      assertThat(outsiders.assignUserTask(task, outsider[0]).statusCode())
          .as(outsider[0])
          .isEqualTo(403);
    }

    SuiteClient teammate = as(otherRep, "sales");
    assertThat(teammate.openUserTasks()).contains(task);
    assertThat(teammate.userTaskVariables(task).body()).contains("Joanna Flair");
    assertThat(teammate.completeUserTask(task, Map.of()).statusCode()).isEqualTo(403);
    HttpResponse<String> completed =
        as(owner, "sales")
            .completeUserTask(
                task,
                Map.of(
                    "attemptChannel",
                    "call",
                    "attemptOutcome",
                    "meeting-booked",
                    "attemptNotes",
                    "Flair review on Friday"));
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
  }

  /**
   * Who accepts a handoff comes from the token, not from the form: alex claims the acceptance task
   * through the gateway and completes it with variables naming amy; amy, an account manager too,
   * may not complete the task alex holds. The customer becomes alex's, and his name reaches
   * onboarding.
   */
  @Test
  void theAccountManagerWhoCompletesTheAcceptanceOwnsTheCustomer() throws Exception {
    String dealId = "deal-accepted-by-alex";
    long processInstanceKey = briefedHandoff(dealId, "Alex Accepts Ltd");
    String task;
    try (CamundaClient client = suite.newEngineClient()) {
      task =
          String.valueOf(
              OpenTasks.awaitOne(client, processInstanceKey, Handoff.ACCEPT_HANDOFF_TASK)
                  .getUserTaskKey());
    }
    Map<String, Object> namingAmy =
        Map.of(
            "handoffDecision",
            "accept",
            "accountManager",
            "amy",
            "acceptanceNote",
            "Kickoff on Tuesday");
    SuiteClient alex = as("alex", "account-manager");

    assertThat(alex.assignUserTask(task, "alex").statusCode()).isEqualTo(204);
    assertThat(as("amy", "account-manager").completeUserTask(task, namingAmy).statusCode())
        .isEqualTo(403);
    HttpResponse<String> completed = alex.completeUserTask(task, namingAmy);
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);

    JsonNode accepted =
        gateway.awaitJson(
            "/api/handoffs/" + dealId, body -> "ACCEPTED".equals(body.path("status").asText()));
    assertThat(accepted.path("accountManager").asText()).isEqualTo("alex");
    JsonNode plan = gateway.awaitJson("/api/onboardings/" + dealId, body -> body.has("startedAt"));
    assertThat(plan.path("accountManager").asText()).isEqualTo("alex");
  }

  /**
   * A won deal registered through the gateway whose sales owner completed the brief: the handoff
   * waits for an account manager. Returns its process instance.
   */
  private static long briefedHandoff(String dealId, String customerName) throws Exception {
    assertThat(gateway.post("/api/handoffs", wonDeal(dealId, customerName), dealId).statusCode())
        .isEqualTo(202);
    long processInstanceKey =
        gateway
            .awaitJson(
                "/api/handoffs/" + dealId, body -> body.path("processInstanceKey").isTextual())
            .path("processInstanceKey")
            .asLong();
    try (CamundaClient client = suite.newEngineClient()) {
      UserTask brief = OpenTasks.awaitOne(client, processInstanceKey, Handoff.COMPLETE_BRIEF_TASK);
      client
          .newCompleteUserTaskCommand(brief.getUserTaskKey())
          .variables(Briefs.complete())
          .send()
          .join();
    }
    return processInstanceKey;
  }

  /**
   * A small company's pricing request from marketing: the standard tier, dealt to sam or rita (team
   * sales-inbound). Returns the lead once it has its owner.
   */
  private static JsonNode aPricingRequestDealtToARep(
      String company, String contact, String campaign) throws Exception {
    HttpResponse<String> received =
        gateway.post(
            "/api/leads",
            Map.of(
                "company", Map.of("name", company, "size", 40),
                "contact", Map.of("name", contact, "email", campaign + "@" + campaign + ".example"),
                "source", Map.of("channel", "web-form", "campaign", campaign),
                "interest", "pricing-request"),
            campaign);
    assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
    String leadId = SuiteClient.json(received).path("leadId").asText();
    return gateway.awaitJson("/api/leads/" + leadId, lead -> lead.path("owner").isTextual());
  }

  @Test
  void aSalesRepSeesOnlyTheirOwnLeadsAndAnotherRepsLeadDoesNotExistForThem() throws Exception {
    JsonNode assigned = aPricingRequestDealtToARep("Initech", "Peter Gibbons", "tps-reports");
    String leadId = assigned.path("leadId").asText();
    String owner = assigned.path("owner").asText();
    String otherRep = owner.equals("sam") ? "rita" : "sam";

    assertThat(as(owner, "sales").get("/api/leads/" + leadId).statusCode()).isEqualTo(200);
    SuiteClient otherRepsView = as(otherRep, "sales");
    HttpResponse<String> notTheirs = otherRepsView.get("/api/leads/" + leadId);
    assertThat(notTheirs.statusCode()).isEqualTo(404);
    assertThat(otherRepsView.getJson("/api/leads?limit=500").findValuesAsText("leadId"))
        .doesNotContain(leadId);
    assertThat(as("mia", "marketing").getJson("/api/leads?limit=500").findValuesAsText("leadId"))
        .contains(leadId);
  }

  @Test
  void aRequestWithoutATokenIsUnauthorizedAndTheConsoleIsServed() throws Exception {
    HttpResponse<String> leads = anonymous.get("/api/leads");
    assertThat(leads.statusCode()).isEqualTo(401);
    assertThat(leads.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
    HttpResponse<String> console = anonymous.get("/console/");
    assertThat(console.statusCode()).isEqualTo(200);
  }

  @Test
  void usersSignInAtTheIdentityProviderWithTheLocalPasswordAndCodesGoToTheConsoleOnly()
      throws Exception {
    SignIn.Client console = LocalSuite.consoleClient(layout);
    String password = suite.users().password();

    JsonNode sam =
        JSON.readTree(
            Base64.getUrlDecoder()
                .decode(SignIn.accessToken(console, "sam", password).split("\\.")[1]));

    assertThat(sam.path("iss").asText()).isEqualTo("http://localhost:" + layout.identityPort());
    assertThat(sam.path("aud").toString()).contains("\"baton\"");
    assertThat(sam.path("preferred_username").asText()).isEqualTo("sam");
    assertThat(sam.path("roles").toString()).isEqualTo("[\"sales\"]");
    assertThat(sam.path("groups").toString()).isEqualTo("[\"sales\",\"sales-inbound\"]");
    assertThatThrownBy(() -> SignIn.accessToken(console, "sam", "guess"))
        .isInstanceOf(SignIn.Refused.class);
    assertThatThrownBy(() -> SignIn.accessToken(console, "nobody", password))
        .isInstanceOf(SignIn.Refused.class);
    SignIn.Client elsewhere =
        new SignIn.Client(
            console.issuer(), console.clientId(), URI.create("https://attacker.example/console/"));
    assertThatThrownBy(() -> SignIn.accessToken(elsewhere, "sam", password))
        .isInstanceOf(SignIn.Refused.class);
  }

  private static final Map<String, String> tokens = new ConcurrentHashMap<>();

  /** The user's token in the role, signed in once per run. */
  private static String tokenOf(String username, String role)
      throws IOException, InterruptedException {
    String known = tokens.get(username);
    if (known == null) {
      known = token(username, role);
      tokens.put(username, known);
    }
    return known;
  }

  /** The gateway, called by the user in the role. */
  private static SuiteClient as(String username, String role)
      throws IOException, InterruptedException {
    return anonymous.withToken(tokenOf(username, role));
  }

  /** The open "run save play" task of this save play (other tests run save plays of their own). */
  private static Optional<UserTask> runSavePlayTaskOf(CamundaClient client, String interventionId) {
    String variable = JSON.valueToTree(interventionId).toString();
    return client
        .newUserTaskSearchRequest()
        .filter(
            filter -> filter.elementId(Retention.RUN_SAVE_PLAY_TASK).state(UserTaskState.CREATED))
        .send()
        .join()
        .items()
        .stream()
        .filter(
            task ->
                client
                    .newUserTaskVariableSearchRequest(task.getUserTaskKey())
                    .send()
                    .join()
                    .items()
                    .stream()
                    .anyMatch(
                        v ->
                            v.getName().equals(Retention.INTERVENTION_ID)
                                && v.getValue().equals(variable)))
        .findFirst();
  }

  /**
   * A CRM pushes a contact and, once won, its deal through the gateway without a token, each signed
   * with the secret this run wrote to its intake directory, as the README shows: the contact
   * becomes a lead, and the deal starts its handoff with that lead, owned by the local user HubSpot
   * owner 101 stands for; a deal in Baton's webhook format starts its handoff too.
   */
  @Test
  void aHubSpotContactAndItsWonDealComeInThroughTheGatewaySignedWithThisRunsSecrets()
      throws Exception {
    String hubSpotSecret =
        Files.readString(layout.intakeDir().resolve(IntakeSecrets.HUBSPOT_CLIENT_SECRET_FILE));
    String webhookSecret =
        Files.readString(layout.intakeDir().resolve(IntakeSecrets.WEBHOOK_SECRET_FILE));
    Map<String, Object> contact =
        Map.of(
            "id",
            "7001",
            "properties",
            Map.of(
                "firstname", "Hana",
                "lastname", "Hubbard",
                "email", "hana@hubbard.example",
                "company", "Hubbard Logistics",
                "numemployees", "100-500",
                "hs_analytics_source", "PAID_SEARCH",
                "utm_campaign", "journey-hubspot",
                "createdate", "2026-11-02T09:15:30.250Z"));

    HttpResponse<String> lead =
        signedByHubSpot("/api/leads/intake/hubspot", contact, hubSpotSecret);

    assertThat(lead.statusCode()).as(lead.body()).isEqualTo(201);
    String leadId = SuiteClient.json(lead).path("leadId").asText();
    assertThat(SuiteClient.json(lead).path("receivedAt").asText())
        .isEqualTo("2026-11-02T09:15:30.250Z");
    Map<String, Object> deal =
        Map.of(
            "id",
            "9001",
            "properties",
            Map.of(
                "dealname", "Hubbard Logistics",
                "amount", "48000",
                "closedate", "2026-11-20T10:00:00.000Z",
                "hubspot_owner_id", "101",
                "hs_is_closed_won", "true"),
            "associations",
            Map.of(
                "contacts",
                Map.of("results", List.of(Map.of("id", "7001", "type", "deal_to_contact")))));

    HttpResponse<String> won = signedByHubSpot("/api/handoffs/intake/hubspot", deal, hubSpotSecret);

    assertThat(won.statusCode()).as(won.body()).isEqualTo(202);
    assertThat(SuiteClient.json(won).path("leadId").asText()).isEqualTo(leadId);
    assertThat(SuiteClient.json(won).path("salesOwner").asText()).isEqualTo("sam");
    JsonNode handoff =
        gateway.awaitJson(
            "/api/handoffs/hubspot-deal-9001",
            h -> h.path("context").path("available").asBoolean());
    assertThat(handoff.path("processInstanceKey").asText()).isNotEmpty();
    assertThat(handoff.path("context").path("campaign").asText()).isEqualTo("journey-hubspot");

    byte[] webhookDeal = JSON.writeValueAsBytes(wonDeal("deal-journey-webhook", "Webhook GmbH"));
    HttpResponse<String> fromWebhook =
        signed(
            "/api/handoffs/intake/webhook",
            TestIntake.webhookHeaders(webhookSecret, webhookDeal, Instant.now()),
            webhookDeal);
    assertThat(fromWebhook.statusCode()).as(fromWebhook.body()).isEqualTo(202);
    assertThat(
            signed(
                    "/api/handoffs/intake/webhook",
                    TestIntake.webhookHeaders(
                        "not-this-runs-secret-0123456789abcdef", webhookDeal, Instant.now()),
                    webhookDeal)
                .statusCode())
        .isEqualTo(401);
  }

  /**
   * A lead nobody contacts: at each SLA step of its follow-up (first contact due, back in the
   * team's queue, the managers' review) an e-mail to the right person and a webhook signed with
   * this run's secret, both in the suite's inbox view.
   */
  @Test
  void aLeadNobodyContactsIsAnEmailAndASignedWebhookAtEachSlaStep() throws Exception {
    String leadId = anOverdueLead("Overdue Widgets");
    SuiteClient inbox = inbox();

    JsonNode mails =
        inbox.awaitJson(
            "/mails",
            all ->
                Stream.of("First contact is due", "Back in your queue", "Review an unreached lead")
                    .allMatch(subject -> mailAbout(all, leadId, subject).isPresent()));
    JsonNode webhooks =
        inbox.awaitJson(
            "/webhooks",
            all ->
                eventTypes(about(all, leadId, "body"))
                    .containsAll(
                        List.of("first-contact-due", "lead-returned-to-queue", "manager-review")));

    assertThat(mailAbout(mails, leadId, "First contact is due"))
        .as("the owner hears first")
        .hasValueSatisfying(mail -> assertThat(mail.path("to").asText()).endsWith("@baton.local"));
    assertThat(mailAbout(mails, leadId, "Back in your queue"))
        .as("then the team whose queue it is back in")
        .isPresent();
    JsonNode review = mailAbout(mails, leadId, "Review an unreached lead").orElseThrow();
    assertThat(review.path("to").asText()).isEqualTo("max@baton.local");
    assertThat(review.path("from").asText()).contains("baton@baton.local");
    assertThat(review.path("text").asText())
        .contains("http://localhost:" + layout.gatewayPort() + "/console/#/tasks");
    HttpResponse<String> html = inbox.get(review.path("html").asText());
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body())
        .contains(
            "Overdue Widgets", "http://localhost:" + layout.gatewayPort() + "/console/#/tasks");
    assertThat(inbox.get("/").body()).contains(review.path("subject").asText());

    List<JsonNode> hooks = about(webhooks, leadId, "body");
    assertThat(eventTypes(hooks))
        .containsOnlyOnce("first-contact-due", "lead-returned-to-queue", "manager-review");
    assertThat(hooks)
        .allSatisfy(
            hook -> assertThat(hook.path("verified").asBoolean()).as(hook.toString()).isTrue());
  }

  private static List<String> eventTypes(List<JsonNode> webhooks) {
    return webhooks.stream().map(hook -> hook.path("eventType").asText()).toList();
  }

  /** A new lead received four days ago, longer than any tier waits before it escalates. */
  private static String anOverdueLead(String company) throws Exception {
    HttpResponse<String> received =
        gateway.post(
            "/api/leads",
            Map.of(
                "company", Map.of("name", company, "size", 40),
                "contact",
                    Map.of(
                        "name",
                        "Otto Overdue",
                        "email",
                        company.toLowerCase().replace(' ', '-') + "@overdue.example"),
                "source", Map.of("channel", "web-form", "campaign", "journey-overdue"),
                "receivedAt", Instant.now().minus(Duration.ofDays(4)).toString()));
    assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
    return SuiteClient.json(received).path("leadId").asText();
  }

  /** The suite's inbox view, looked at until the relay's sweeps have had their time. */
  private static SuiteClient inbox() {
    return SuiteClient.to(URI.create(layout.inboxUrl()))
        .waiting(SuiteClient.Polling.every(Duration.ofMillis(500), Duration.ofMinutes(2)));
  }

  private static Optional<JsonNode> mailAbout(JsonNode mails, String leadId, String subject) {
    return about(mails, leadId, "subject").stream()
        .filter(mail -> mail.path("subject").asText().startsWith(subject))
        .findFirst();
  }

  /** The entries of a list from the inbox view whose {@code field} mentions the lead. */
  private static List<JsonNode> about(JsonNode entries, String leadId, String field) {
    List<JsonNode> found = new ArrayList<>();
    entries.forEach(
        entry -> {
          if (entry.path(field).toString().contains(leadId)) {
            found.add(entry);
          }
        });
    return found;
  }

  /** A POST through the gateway without a token, signed as HubSpot signs its webhooks. */
  private static HttpResponse<String> signedByHubSpot(
      String path, Map<String, Object> body, String secret) throws Exception {
    byte[] bytes = JSON.writeValueAsBytes(body);
    String url = "http://localhost:" + layout.gatewayPort() + path;
    return signed(path, TestIntake.hubSpotHeaders(secret, url, bytes, Instant.now()), bytes);
  }

  private static HttpResponse<String> signed(String path, Map<String, String> headers, byte[] body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + layout.gatewayPort() + path))
            .timeout(SuiteClient.TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  @Test
  void theSameWonDealPostedTwiceIsRecognisedAndStartsOneHandoff() throws Exception {
    String dealId = "deal-journey-twice";
    assertThat(gateway.post("/api/handoffs", wonDeal(dealId, "Twice Inc"), "twice-1").statusCode())
        .isEqualTo(202);

    HttpResponse<String> again =
        gateway.post("/api/handoffs", wonDeal(dealId, "Twice Inc"), "twice-2");

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(SuiteClient.json(again).path("dealId").asText()).isEqualTo(dealId);
    HttpResponse<String> conflicting =
        gateway.post("/api/handoffs", wonDeal(dealId, "Someone Else"), "twice-3");
    assertThat(conflicting.statusCode()).isEqualTo(409);
    assertThat(conflicting.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
  }

  @Test
  void anInvalidWonDealIsRejectedNamingEachWrongField() throws Exception {
    HttpResponse<String> response =
        gateway.post("/api/handoffs", Map.of("dealId", "bad id!", "arr", -5), "invalid-1");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
    List<String> fields = SuiteClient.json(response).path("errors").findValuesAsText("field");
    assertThat(fields).contains("dealId", "customerName", "salesOwner", "arr", "closeDate");
  }

  @Test
  void anUnknownHandoffIsNotFoundAsProblemJson() throws Exception {
    HttpResponse<String> response = gateway.get("/api/handoffs/no-such-deal");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(SuiteClient.json(response).path("status").asInt()).isEqualTo(404);
  }

  private static Map<String, Object> wonDeal(String dealId, String customerName) {
    return wonDeal(dealId, null, customerName);
  }

  private static Map<String, Object> wonDeal(String dealId, String leadId, String customerName) {
    Map<String, Object> deal = new HashMap<>();
    if (leadId != null) {
      deal.put("leadId", leadId);
    }
    deal.putAll(
        Map.of(
            "dealId",
            dealId,
            "customerName",
            customerName,
            "salesOwner",
            "sam",
            "arr",
            48000,
            "closeDate",
            "2026-11-20"));
    return deal;
  }
}

package io.baton.bench;

import io.baton.local.SuiteClient;
import io.baton.local.SuiteClient.Polling;
import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.UserTaskFilter;
import io.camunda.client.api.search.response.UserTask;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One agent of the journey benchmark, playing CRM, sales owner and account manager for one deal
 * after another: wins a deal through the gateway ({@code POST /api/handoffs}, naming a known lead
 * so the context is assembled from lead-service), completes the brief task and then assigns and
 * accepts the acceptance task through the Camunda user-task API (the completing listeners validate
 * both), and waits until the onboarding has started. It finds its tasks and the onboarding by
 * polling, like an inbox would: first after the poll interval, then backing off (doubling up to
 * eight times the interval), so waiting agents do not crowd out the work they wait for.
 */
final class HandoffJourney implements ClosedLoopLoad.Call<JourneySample> {

  private static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);
  private static final String ACCOUNT_MANAGER = "amy";
  private static final int MAX_BACKOFF = 8;

  private final String agent;
  private final SuiteClient gateway;
  private final CamundaClient client;
  private final String leadId;
  private final Polling polling;
  private int journeys;

  /**
   * {@code agent}: a name no other agent on the same suite has (the deals and sales owners are
   * named after it); {@code gateway}: the agent's client of the gateway, signed in.
   */
  HandoffJourney(
      String agent,
      SuiteClient gateway,
      CamundaClient client,
      String leadId,
      Duration pollInterval) {
    this.agent = agent;
    this.polling = Polling.backingOff(pollInterval, MAX_BACKOFF, STEP_TIMEOUT);
    this.gateway = gateway.waiting(polling);
    this.client = client;
    this.leadId = leadId;
  }

  /**
   * A closed load of journeys ({@link ClosedLoopLoad}) on the suite: agent i is named {@code
   * <run>-<i>}, signs in as {@code bench-agent-<i>} and goes through gateway i modulo their number.
   */
  static ClosedLoopLoad.LoadResult<JourneySample> load(
      SuiteUnderTest suite,
      CamundaClient client,
      String leadId,
      String run,
      List<URI> gateways,
      int concurrency,
      Duration warmUp,
      Duration window,
      Duration pollInterval)
      throws Exception {
    return ClosedLoopLoad.run(
        concurrency,
        warmUp,
        window,
        agent ->
            new HandoffJourney(
                run + "-" + agent,
                suite.http("bench-agent-" + agent).at(gateways.get(agent % gateways.size())),
                client,
                leadId,
                pollInterval));
  }

  /**
   * Registers the lead every won deal names, so assembling the context really asks lead-service.
   */
  static String registerLead(SuiteClient gateway) throws Exception {
    Map<String, Object> lead =
        Map.of(
            "company", Map.of("name", "Bench Corp", "size", 250),
            "contact", Map.of("name", "Dana Doe", "email", "dana@bench.example"),
            "source", Map.of("channel", "webinar", "campaign", "bench"),
            "intent", "Wants SSO for 250 seats");
    return SuiteClient.json(SuiteClient.expect(201, gateway.post("/api/leads", lead, "bench-lead")))
        .path("leadId")
        .asText();
  }

  @Override
  public JourneySample call() throws Exception {
    journeys++;
    String dealId = "bench-deal-" + agent + "-" + journeys;
    String salesOwner = "bench-rep-" + agent + "-" + journeys;
    List<Duration> searches = new ArrayList<>();

    Instant won = Instant.now();
    SuiteClient.expect(202, gateway.post("/api/handoffs", wonDeal(dealId, salesOwner), dealId));
    UserTask brief =
        awaitTask(
            filter ->
                filter
                    .elementId(Handoff.COMPLETE_BRIEF_TASK)
                    .assignee(salesOwner)
                    .state(UserTaskState.CREATED),
            searches);

    Instant briefSubmitted = Instant.now();
    Duration completeBrief =
        timed(
            () ->
                client
                    .newCompleteUserTaskCommand(brief.getUserTaskKey())
                    .variables(completeBrief())
                    .send()
                    .join());
    UserTask accept =
        awaitTask(
            filter ->
                filter
                    .processInstanceKey(brief.getProcessInstanceKey())
                    .elementId(Handoff.ACCEPT_HANDOFF_TASK)
                    .state(UserTaskState.CREATED),
            searches);

    Duration assign =
        timed(
            () ->
                client
                    .newAssignUserTaskCommand(accept.getUserTaskKey())
                    .assignee(ACCOUNT_MANAGER)
                    .send()
                    .join());
    Instant accepted = Instant.now();
    Duration completeAccept =
        timed(
            () ->
                client
                    .newCompleteUserTaskCommand(accept.getUserTaskKey())
                    .variables(acceptance())
                    .send()
                    .join());
    Instant onboardingStarted = awaitOnboardingStart(dealId);

    return new JourneySample(
        Duration.between(won, brief.getCreationDate().toInstant()),
        Duration.between(briefSubmitted, accept.getCreationDate().toInstant()),
        Duration.between(accepted, onboardingStarted),
        completeBrief,
        assign,
        completeAccept,
        searches);
  }

  private UserTask awaitTask(Consumer<UserTaskFilter> filter, List<Duration> searches)
      throws Exception {
    return polling
        .until(
            "A task (agent " + agent + ", journey " + journeys + ")",
            () -> {
              long started = System.nanoTime();
              List<UserTask> tasks =
                  client.newUserTaskSearchRequest().filter(filter).send().join().items();
              searches.add(Duration.ofNanos(System.nanoTime() - started));
              return tasks;
            },
            tasks -> !tasks.isEmpty())
        .getFirst();
  }

  private Instant awaitOnboardingStart(String dealId) throws Exception {
    return Instant.parse(
        gateway
            .awaitJson(
                "/api/onboardings/" + dealId, plan -> !plan.path("startedAt").asText("").isEmpty())
            .path("startedAt")
            .asText());
  }

  private static Duration timed(Runnable call) {
    long started = System.nanoTime();
    call.run();
    return Duration.ofNanos(System.nanoTime() - started);
  }

  private Map<String, Object> wonDeal(String dealId, String salesOwner) {
    return Map.of(
        "dealId",
        dealId,
        "leadId",
        leadId,
        "customerName",
        "Bench Customer " + agent + "-" + journeys,
        "salesOwner",
        salesOwner,
        "arr",
        48000,
        "closeDate",
        LocalDate.now().toString());
  }

  private static Map<String, Object> completeBrief() {
    Map<String, Object> brief = new HashMap<>();
    brief.put(
        "promises",
        List.of(
            Map.of(
                "text",
                "SSO before go-live",
                "owner",
                "sam",
                "dueDate",
                LocalDate.now().plusMonths(2).toString())));
    brief.put(
        "stakeholders",
        List.of(
            Map.of("name", "Cleo", "role", "champion", "contact", "cleo@example.com"),
            Map.of("name", "Bob", "role", "economic-buyer", "contact", "bob@example.com")));
    brief.put(
        "successCriteria",
        List.of(
            Map.of("metric", "Time to onboard a team", "baseline", "14 days", "target", "3 days")));
    brief.put("risks", "IT security review may take long");
    brief.put("notSold", "No custom reporting");
    brief.put("desiredGoLiveDate", LocalDate.now().plusMonths(3).toString());
    return brief;
  }

  private static Map<String, Object> acceptance() {
    return Map.of("handoffDecision", "accept", "acceptanceNote", "Kickoff next Monday");
  }
}

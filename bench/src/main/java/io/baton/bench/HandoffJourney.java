package io.baton.bench;

import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.UserTaskFilter;
import io.camunda.client.api.search.response.UserTask;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
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

  private final int agent;
  private final SuiteUnderTest suite;
  private final Http http;
  private final CamundaClient client;
  private final String leadId;
  private final Duration pollInterval;
  private int journeys;

  HandoffJourney(
      int agent,
      SuiteUnderTest suite,
      Http http,
      CamundaClient client,
      String leadId,
      Duration pollInterval) {
    this.agent = agent;
    this.suite = suite;
    this.http = http;
    this.client = client;
    this.leadId = leadId;
    this.pollInterval = pollInterval;
  }

  @Override
  public JourneySample call() throws Exception {
    journeys++;
    String dealId = "bench-deal-" + agent + "-" + journeys;
    String salesOwner = "bench-rep-" + agent + "-" + journeys;
    List<Duration> searches = new ArrayList<>();

    Instant won = Instant.now();
    Http.expect(
        202, http.post(suite.gateway("/api/handoffs"), wonDeal(dealId, salesOwner), dealId));
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
      throws InterruptedException, TimeoutException {
    Instant deadline = Instant.now().plus(STEP_TIMEOUT);
    Duration pause = pollInterval;
    while (Instant.now().isBefore(deadline)) {
      long started = System.nanoTime();
      List<UserTask> tasks = client.newUserTaskSearchRequest().filter(filter).send().join().items();
      searches.add(Duration.ofNanos(System.nanoTime() - started));
      if (!tasks.isEmpty()) {
        return tasks.getFirst();
      }
      pause = pauseAfter(pause);
    }
    throw new TimeoutException(
        "No task within " + STEP_TIMEOUT + " (agent " + agent + ", journey " + journeys + ")");
  }

  private Instant awaitOnboardingStart(String dealId) throws Exception {
    Instant deadline = Instant.now().plus(STEP_TIMEOUT);
    Duration pause = pollInterval;
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> response = http.get(suite.gateway("/api/onboardings/" + dealId));
      if (response.statusCode() == 200) {
        String startedAt = http.json(response).path("startedAt").asText("");
        if (!startedAt.isEmpty()) {
          return Instant.parse(startedAt);
        }
      }
      pause = pauseAfter(pause);
    }
    throw new TimeoutException("Onboarding of " + dealId + " not started within " + STEP_TIMEOUT);
  }

  /**
   * Sleeps, then says how long to sleep next time: twice as long, up to {@value #MAX_BACKOFF} times
   * the interval.
   */
  private Duration pauseAfter(Duration pause) throws InterruptedException {
    Thread.sleep(pause);
    Duration longest = pollInterval.multipliedBy(MAX_BACKOFF);
    Duration next = pause.multipliedBy(2);
    return next.compareTo(longest) > 0 ? longest : next;
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

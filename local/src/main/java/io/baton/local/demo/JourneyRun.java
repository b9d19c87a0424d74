package io.baton.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.local.SuiteClient;
import io.baton.local.demo.DemoPlan.Attempt;
import io.baton.local.demo.DemoPlan.Brief;
import io.baton.local.demo.DemoPlan.CheckpointCompletion;
import io.baton.local.demo.DemoPlan.Deal;
import io.baton.local.demo.DemoPlan.Fate;
import io.baton.local.demo.DemoPlan.Handoff;
import io.baton.local.demo.DemoPlan.Journey;
import io.baton.local.demo.DemoPlan.Lead;
import io.baton.local.demo.DemoPlan.Onboarding;
import io.baton.local.demo.DemoPlan.SavePlay;
import io.baton.local.demo.DemoPlan.Signal;
import io.baton.workflows.ProcessContract;
import io.camunda.client.api.search.filter.UserTaskFilter;
import io.camunda.client.api.search.response.UserTask;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

/**
 * Drives one journey of the plan through the suite's public APIs and the Camunda user-task API, as
 * the people of the journey: before each step it reads where the journey stands and does only what
 * is missing, so running it again, or after an interruption, adds nothing twice. Each time it sends
 * is the plan's, but never before the time the same service recorded for the step before: the
 * lead's receipt and its attempts for an attempt; the onboarding's start, its checkpoints, a
 * blocker or a missed promise recorded since, for a checkpoint; the save play's start for its
 * outcome.
 */
final class JourneyRun {

  /** A variable's value in a task search is compared as the engine keeps it: JSON text. */
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How soon after a lead went back to the queue its escalation to the managers shows, if due. */
  private static final Duration REVIEW_FOLLOWS_WITHIN = Duration.ofSeconds(20);

  private final Journey journey;
  private final Map<String, Actor> cast;
  private final Tally tally;

  /** Who works the lead, once known; forgotten when the lead leaves them. */
  private Actor leadWorker;

  JourneyRun(Journey journey, Map<String, Actor> cast, Tally tally) {
    this.journey = journey;
    this.cast = cast;
    this.tally = tally;
  }

  /**
   * The journey, as far as the plan goes: the lead comes in (or is recognised by its external id,
   * if it came in before), then each step the plan has that is not done yet.
   */
  void run() throws Exception {
    String leadId = receive().path("leadId").asText();
    if (journey.outcome().fate() == Fate.UNWORKED) {
      return;
    }
    outcome(leadId, attempts(leadId));
    Deal deal = journey.deal();
    if (deal == null) {
      return;
    }
    tally.deal();
    if (deal.handoff() == null || !handoff(deal)) {
      return;
    }
    tally.accepted();
    if (!onboarding(deal)) {
      return;
    }
    tally.customer();
    retention(deal);
  }

  /** The journey's name: its lead's external id. */
  String name() {
    return journey.lead().externalId();
  }

  /**
   * The lead comes in through marketing; the same external id again is the lead received before.
   */
  private JsonNode receive() throws Exception {
    Lead lead = journey.lead();
    Map<String, Object> company = Map.of("name", lead.company(), "size", lead.companySize());
    Map<String, Object> contact =
        Map.of(
            "name", lead.contactName(), "email", lead.contactEmail(), "title", lead.contactTitle());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("externalId", lead.externalId());
    body.put("company", company);
    body.put("contact", contact);
    body.put("source", Map.of("channel", lead.channel(), "campaign", lead.campaign()));
    body.put("interest", lead.interest());
    body.put("intent", lead.intent());
    body.put("receivedAt", lead.receivedAt().toString());
    HttpResponse<String> answer = actor(DemoCast.MARKETING).postRaw("/api/leads", body);
    if (answer.statusCode() != 201) {
      SuiteClient.expect(200, answer);
    }
    tally.lead(answer.statusCode() == 201);
    return SuiteClient.json(answer);
  }

  /** Marketing and the CS leader read the leads, every other one each, to share the load. */
  private Actor leadReader() {
    return actor(journey.index() % 2 == 0 ? DemoCast.MARKETING : DemoCast.CS_LEADER);
  }

  /**
   * The lead once it has been dealt to a rep and its speed-to-lead clock has caught up with it: a
   * lead whose first contact was due before now, and that nobody tried yet, has had its owner
   * notified — and, if they were due too, has been returned to the queue and escalated, all at once
   * — before anyone works it, so every run finds it in the same state.
   */
  private JsonNode dealt(String leadId) throws Exception {
    return leadReader()
        .await(
            "/api/leads/" + leadId,
            lead ->
                !lead.path("assignments").isEmpty()
                    && (!lead.path("firstContactDueAt").isTextual()
                        || Instant.parse(lead.path("firstContactDueAt").asText())
                            .isAfter(Instant.now())
                        || stages(lead).contains("owner-notified")
                        || !lead.path("attempts").isEmpty()
                        || !lead.path("outcome").isNull()));
  }

  private static List<String> stages(JsonNode lead) {
    return list(lead.path("escalations")).stream().map(e -> e.path("stage").asText()).toList();
  }

  /**
   * Sends {@code request} about the lead as the one working it, and returns the lead it answers.
   * That is its owner; but a lead imported long after it came in is past its speed-to-lead clock at
   * once, so lead-service returns it to its team's queue and escalates it to the sales managers,
   * and no rep sees it then. The sales manager reviews it and gives it to the rep who works it: the
   * one who closes its deal, else the one it was dealt to. While no review is due yet, the
   * administrator records what the rep did.
   */
  private JsonNode asWorker(String leadId, LeadRequest request) throws Exception {
    for (int look = 0; look < 3; look++) {
      if (leadWorker == null) {
        leadWorker = worker(dealt(leadId));
      }
      HttpResponse<String> answer = request.send(leadWorker);
      if (answer.statusCode() != 404) {
        return SuiteClient.json(SuiteClient.expect(request.expected(answer), answer));
      }
      leadWorker = null;
    }
    throw new IllegalStateException("Lead " + leadId + " kept moving between owners");
  }

  /** A call about a lead, and which of its answers are fine. */
  private interface LeadRequest {
    HttpResponse<String> send(Actor worker) throws Exception;

    default int expected(HttpResponse<String> answer) {
      return answer.statusCode() == 201 ? 201 : 200;
    }
  }

  /** Who works the lead as it is now (see {@link #asWorker}). */
  private Actor worker(JsonNode lead) throws Exception {
    String leadId = lead.path("leadId").asText();
    if (lead.path("owner").isTextual()) {
      return actor(lead.path("owner").asText());
    }
    String worksIt =
        journey.deal() != null
            ? journey.deal().salesOwner()
            : lead.path("assignments").get(0).path("owner").asText(null);
    Actor manager = actor(DemoCast.SALES_MANAGER);
    long instance = lead.path("processInstanceKey").asLong();
    Optional<UserTask> review =
        openTask(
            manager,
            filter ->
                filter
                    .processInstanceKey(instance)
                    .elementId(ProcessContract.LeadFollowUp.REVIEW_UNCONTACTED_LEAD_TASK),
            () -> reviewDue(leadId));
    if (review.isEmpty() || worksIt == null) {
      return actor(DemoCast.ADMIN);
    }
    manager.claim(review.get());
    manager.complete(
        review.get(),
        Map.of("reassignTo", worksIt, "reviewNote", "Imported history: " + worksIt + " worked it"));
    leadReader().await("/api/leads/" + leadId, answer -> answer.path("owner").isTextual());
    return actor(worksIt);
  }

  /**
   * Whether the sales managers' review of the queued lead may still show: it has no owner, was not
   * reviewed, and its latest escalation is only moments old (its review task follows the escalation
   * at once; one that does not show was ended by a contact made meanwhile, or is not due yet).
   */
  private boolean reviewDue(String leadId) throws Exception {
    JsonNode lead = leadReader().get("/api/leads/" + leadId);
    if (lead.path("owner").isTextual() || stages(lead).contains("manager-reviewed")) {
      return false;
    }
    Instant latest =
        list(lead.path("escalations")).stream()
            .map(e -> Instant.parse(e.path("at").asText()))
            .max(Instant::compareTo)
            .orElse(Instant.EPOCH);
    return Instant.now().isBefore(latest.plus(REVIEW_FOLLOWS_WITHIN));
  }

  /**
   * The attempts not recorded yet, each after the one before and after the lead came in. Returns
   * the lead as it is then.
   */
  private JsonNode attempts(String leadId) throws Exception {
    JsonNode lead = dealt(leadId);
    leadWorker = worker(lead);
    List<JsonNode> recorded = list(lead.path("attempts"));
    Instant floor = Instant.parse(lead.path("receivedAt").asText());
    for (JsonNode attempt : recorded) {
      floor = later(floor, Instant.parse(attempt.path("at").asText()));
    }
    List<Attempt> planned = journey.attempts();
    for (int i = recorded.size(); i < planned.size(); i++) {
      Attempt attempt = planned.get(i);
      Instant at = atOrAfter(attempt.at(), floor);
      Map<String, Object> body =
          Map.of(
              "channel", attempt.channel(),
              "outcome", attempt.outcome(),
              "notes", attempt.notes(),
              "at", at.toString());
      lead = asWorker(leadId, worker -> worker.postRaw("/api/leads/" + leadId + "/attempts", body));
      floor = at;
    }
    return lead;
  }

  /** The lead's outcome, if the plan has one and it is not recorded yet. */
  private void outcome(String leadId, JsonNode lead) throws Exception {
    String path = "/api/leads/" + leadId + "/outcome";
    String status = lead.path("status").asText();
    boolean open = List.of("new", "working", "contacted").contains(status);
    DemoPlan.Outcome outcome = journey.outcome();
    switch (outcome.fate()) {
      case QUALIFIED -> {
        if (open) {
          record(leadId, path, Map.of("outcome", "qualified", "notes", outcome.notes()));
        }
      }
      case DISQUALIFIED, NURTURE -> {
        if (open) {
          record(
              leadId,
              path,
              Map.of(
                  "outcome",
                  outcome.fate().name().toLowerCase(Locale.ROOT),
                  "reason",
                  outcome.reason(),
                  "notes",
                  outcome.notes()));
        }
      }
      case CONVERTED -> {
        Deal deal = journey.deal();
        if (open) {
          record(leadId, path, Map.of("outcome", "qualified", "notes", "Opportunity opened"));
        }
        if (!status.equals("converted")) {
          record(
              leadId,
              path,
              Map.of(
                  "outcome",
                  "converted",
                  "notes",
                  outcome.notes(),
                  "deal",
                  Map.of(
                      "dealId", deal.dealId(),
                      "arr", deal.arr(),
                      "closeDate", deal.closeDate().toString(),
                      "salesOwner", deal.salesOwner())));
        }
      }
      default -> {}
    }
  }

  private void record(String leadId, String path, Map<String, Object> outcome) throws Exception {
    asWorker(leadId, worker -> worker.postRaw(path, outcome));
  }

  /**
   * The handoff: the sales owner completes the brief, the account manager returns it with questions
   * or accepts it, as often as the plan says. Returns whether it was accepted.
   */
  private boolean handoff(Deal deal) throws Exception {
    Handoff plan = deal.handoff();
    Actor salesOwner = actor(deal.salesOwner());
    Actor accountManager = actor(plan.accountManager());
    String path = "/api/handoffs/" + deal.dealId();
    int steps = 2 * plan.briefsAt().size() + 1;
    for (int step = 0; step <= steps; step++) {
      JsonNode handoff =
          salesOwner.await(
              path,
              answer ->
                  answer.path("processInstanceKey").isTextual()
                      && !answer.path("status").asText().equals("DEAL_WON"));
      String status = handoff.path("status").asText();
      int returns = handoff.path("returnCount").asInt();
      long instance = handoff.path("processInstanceKey").asLong();
      switch (status) {
        case "ACCEPTED" -> {
          return true;
        }
        case "AWAITING_BRIEF" -> {
          if (returns >= plan.briefsAt().size()) {
            return false;
          }
          Optional<UserTask> brief =
              openTask(
                  salesOwner,
                  filter ->
                      filter
                          .processInstanceKey(instance)
                          .elementId(ProcessContract.Handoff.COMPLETE_BRIEF_TASK),
                  () -> unchanged(salesOwner, path, status, returns));
          if (brief.isPresent()) {
            salesOwner.complete(brief.get(), briefVariables(plan.brief()));
            awaitChange(salesOwner, path, status, returns);
          }
        }
        case "AWAITING_ACCEPTANCE" -> {
          Map<String, Object> decision;
          if (returns < plan.returns().size()) {
            decision =
                Map.of(
                    "handoffDecision",
                    "return",
                    "returnQuestions",
                    plan.returns().get(returns).questions());
          } else if (plan.acceptance() != null) {
            decision =
                Map.of("handoffDecision", "accept", "acceptanceNote", plan.acceptance().note());
          } else {
            return false;
          }
          Optional<UserTask> accept =
              openTask(
                  accountManager,
                  filter ->
                      filter
                          .processInstanceKey(instance)
                          .elementId(ProcessContract.Handoff.ACCEPT_HANDOFF_TASK),
                  () -> unchanged(salesOwner, path, status, returns));
          if (accept.isPresent()) {
            accountManager.claim(accept.get());
            accountManager.complete(accept.get(), decision);
            awaitChange(salesOwner, path, status, returns);
          }
        }
        default -> throw new IllegalStateException("Handoff " + deal.dealId() + " is " + status);
      }
    }
    throw new IllegalStateException("Handoff " + deal.dealId() + " did not settle");
  }

  private static boolean unchanged(Actor reader, String path, String status, int returns)
      throws Exception {
    JsonNode handoff = reader.get(path);
    return handoff.path("status").asText().equals(status)
        && handoff.path("returnCount").asInt() == returns;
  }

  private static void awaitChange(Actor reader, String path, String status, int returns)
      throws Exception {
    reader.await(
        path,
        handoff ->
            !handoff.path("status").asText().equals(status)
                || handoff.path("returnCount").asInt() != returns);
  }

  /**
   * The open task {@code filter} selects, as {@code actor} sees it, once it is there; empty if
   * meanwhile the journey moved on ({@code stillWaiting} says no).
   */
  private static Optional<UserTask> openTask(
      Actor actor, Consumer<UserTaskFilter> filter, Callable<Boolean> stillWaiting)
      throws Exception {
    Optional<Optional<UserTask>> found =
        actor.await(
            "an open task",
            () -> {
              List<UserTask> tasks = actor.openTasks(filter);
              if (!tasks.isEmpty()) {
                return Optional.of(Optional.of(tasks.getFirst()));
              }
              return stillWaiting.call()
                  ? Optional.<Optional<UserTask>>empty()
                  : Optional.of(Optional.<UserTask>empty());
            },
            Optional::isPresent);
    return found.orElseThrow();
  }

  /**
   * Onboarding as the account manager runs it: the checkpoints done in order (each at its planned
   * time, never before the onboarding started or the checkpoint before), a blocker reported and a
   * promise flagged as missed on their days. Returns whether the customer reached first value.
   */
  private boolean onboarding(Deal deal) throws Exception {
    Onboarding planned = deal.onboarding();
    Actor accountManager = actor(deal.handoff().accountManager());
    String path = "/api/onboardings/" + deal.dealId();
    JsonNode plan = accountManager.await(path, answer -> answer.path("startedAt").isTextual());
    List<JsonNode> checkpoints = list(plan.path("checkpoints"));
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < planned.checkpointsAt().size() && i < checkpoints.size(); i++) {
      events.add(new Event(planned.checkpointsAt().get(i).at(), i, EventType.CHECKPOINT));
    }
    if (planned.blocker() != null && planned.blocker().checkpoint() < checkpoints.size()) {
      events.add(
          new Event(planned.blocker().at(), planned.blocker().checkpoint(), EventType.BLOCKER));
    }
    if (planned.promiseMiss() != null) {
      events.add(new Event(planned.promiseMiss().at(), -1, EventType.MISS));
    }
    events.sort(Comparator.comparing(Event::at));
    Instant floor = Instant.parse(plan.path("startedAt").asText());
    for (Event event : events) {
      checkpoints = list(plan.path("checkpoints"));
      switch (event.type()) {
        case CHECKPOINT -> {
          JsonNode checkpoint = checkpoints.get(event.index());
          if (checkpoint.path("completedAt").isTextual()) {
            floor = later(floor, Instant.parse(checkpoint.path("completedAt").asText()));
            continue;
          }
          CheckpointCompletion completion = planned.checkpointsAt().get(event.index());
          Instant at = atOrAfter(completion.at(), floor);
          plan =
              accountManager.post(
                  path + "/checkpoints/" + checkpoint.path("checkpointId").asText() + "/completion",
                  Map.of("evidence", completion.evidence(), "completedAt", at.toString()),
                  201,
                  200);
          floor = at;
        }
        case BLOCKER -> {
          JsonNode checkpoint = checkpoints.get(event.index());
          String checkpointId = checkpoint.path("checkpointId").asText();
          boolean reported =
              list(plan.path("blockers")).stream()
                  .anyMatch(blocker -> blocker.path("checkpointId").asText().equals(checkpointId));
          if (!reported && !checkpoint.path("completedAt").isTextual()) {
            plan =
                accountManager.post(
                    path + "/blockers",
                    Map.of(
                        "checkpointId",
                        checkpointId,
                        "description",
                        planned.blocker().description()),
                    201,
                    200);
          }
          for (JsonNode blocker : list(plan.path("blockers"))) {
            if (blocker.path("checkpointId").asText().equals(checkpointId)) {
              floor = later(floor, Instant.parse(blocker.path("reportedAt").asText()));
            }
          }
        }
        case MISS -> {
          String promiseId = planned.promiseMiss().promiseId();
          boolean open =
              list(plan.path("promises")).stream()
                  .anyMatch(
                      promise ->
                          promise.path("promiseId").asText().equals(promiseId)
                              && promise.path("status").asText().equals("pending"));
          if (open) {
            plan =
                accountManager.post(
                    path + "/promises/" + promiseId + "/miss",
                    Map.of("reason", planned.promiseMiss().reason()),
                    201,
                    200);
          }
          for (JsonNode promise : list(plan.path("promises"))) {
            if (promise.path("promiseId").asText().equals(promiseId)
                && promise.path("recordedAt").isTextual()) {
              floor = later(floor, Instant.parse(promise.path("recordedAt").asText()));
            }
          }
        }
      }
    }
    return planned.checkpointsAt().size() >= checkpoints.size() && deal.retention() != null;
  }

  private enum EventType {
    CHECKPOINT,
    BLOCKER,
    MISS
  }

  /** An onboarding step on its day: a checkpoint (its position), a blocker, a missed promise. */
  private record Event(Instant at, int index, EventType type) {}

  /**
   * Retention, once onboarding handed the customer over: the health signals in time order, a
   * service agent's save play amid them when the customer got into trouble, and its outcome when it
   * was decided by the end.
   */
  private void retention(Deal deal) throws Exception {
    Actor accountManager = actor(deal.handoff().accountManager());
    String customerPath = "/api/customers/" + deal.dealId();
    JsonNode customer =
        accountManager.await(
            customerPath,
            answer -> List.of("active", "churned").contains(answer.path("lifecycle").asText()));
    SavePlay savePlay = deal.retention().savePlay();
    Actor agent =
        actor(
            savePlay != null
                ? savePlay.requestedBy()
                : DemoCast.SERVICE_AGENTS.get(journey.index() % DemoCast.SERVICE_AGENTS.size()));
    List<Signal> signals = deal.retention().signals();
    if (savePlay == null) {
      signals(agent, customerPath, signals, null, null);
      return;
    }
    Instant requested = savePlay.requestedAt();
    signals(agent, customerPath, signals, null, requested);
    String interventionId = savePlay(agent, customer, savePlay);
    if (interventionId != null) {
      tally.savePlay();
    }
    if (savePlay.decision() == null) {
      signals(agent, customerPath, signals, requested, null);
      return;
    }
    Instant decided = savePlay.decision().decidedAt();
    signals(agent, customerPath, signals, requested, decided);
    if (interventionId != null) {
      decide(accountManager, agent, interventionId, savePlay);
    }
    signals(agent, customerPath, signals, decided, null);
  }

  /** The signals that occurred after {@code from} and up to {@code to} (either null: no limit). */
  private void signals(
      Actor agent, String customerPath, List<Signal> signals, Instant from, Instant to)
      throws Exception {
    for (Signal signal : signals) {
      Instant at = signal.occurredAt();
      if ((from != null && !at.isAfter(from)) || (to != null && at.isAfter(to))) {
        continue;
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("signalId", signal.signalId());
      body.put("type", signal.type());
      body.put("occurredAt", at.toString());
      if (signal.value() != null) {
        body.put("value", signal.value());
      }
      if (!signal.details().isEmpty()) {
        body.put("details", signal.details());
      }
      HttpResponse<String> answer = agent.postRaw(customerPath + "/signals", body);
      switch (answer.statusCode()) {
        case 201 -> tally.signal();
        // recorded before; 409: recorded before by a demo of another day, with that day's times
        case 200, 409 -> {}
        default -> SuiteClient.expect(201, answer);
      }
    }
  }

  /**
   * The customer's save play: the one it has (asked for before, or started by Baton itself when its
   * health turned red), else the agent asks for one. Returns its id; null when none can start (the
   * customer churned).
   */
  private String savePlay(Actor agent, JsonNode customer, SavePlay savePlay) throws Exception {
    String customerId = customer.path("customerId").asText();
    List<JsonNode> known = list(agent.get("/api/save-plays?limit=50&customerId=" + customerId));
    Optional<JsonNode> active =
        known.stream().filter(play -> play.path("status").asText().equals("active")).findFirst();
    if (active.isPresent()) {
      return active.get().path("interventionId").asText();
    }
    if (!known.isEmpty()) {
      return known.getFirst().path("interventionId").asText();
    }
    if (customer.path("lifecycle").asText().equals("churned")) {
      return null;
    }
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("reason", savePlay.reason());
    request.put("sourceTicket", savePlay.sourceTicket());
    request.put("requestedAt", savePlay.requestedAt().toString());
    return agent
        .post("/api/customers/" + customerId + "/save-plays", request, 201, 200)
        .path("interventionId")
        .asText();
  }

  /**
   * The save play's outcome, reported by whoever its play is for — the customer's account manager,
   * or the service agent who asked for it — with the day the customer decided; and the executive
   * sponsor's review, when the save play was escalated to the CS leader.
   */
  private void decide(Actor accountManager, Actor agent, String interventionId, SavePlay savePlay)
      throws Exception {
    String path = "/api/save-plays/" + interventionId;
    JsonNode intervention = agent.await(path, play -> play.path("decision").isObject());
    if (!intervention.path("outcome").isObject()) {
      String workedBy = intervention.path("decision").path("workedBy").asText();
      Actor worker =
          switch (workedBy) {
            case "account-managers" -> accountManager;
            case "service-agents" -> agent;
            default -> throw new IllegalStateException(path + " is for " + workedBy);
          };
      Instant floor = Instant.parse(intervention.path("startedAt").asText());
      Map<String, Object> outcome = new LinkedHashMap<>();
      outcome.put("outcome", savePlay.decision().outcome());
      outcome.put("arrAfter", savePlay.decision().arrAfter());
      outcome.put("notes", savePlay.decision().notes());
      outcome.put("decidedAt", atOrAfter(savePlay.decision().decidedAt(), floor).toString());
      intervention = worker.post(path + "/outcome", outcome, 200);
    }
    if (!intervention.path("escalations").isEmpty()) {
      sponsor(interventionId);
    }
    countChurn(intervention);
  }

  /** The CS leader, the executive sponsor, takes up the escalated save play. */
  private void sponsor(String interventionId) throws Exception {
    Actor sponsor = actor(DemoCast.CS_LEADER);
    List<UserTask> reviews =
        sponsor.openTasks(
            filter ->
                filter
                    .elementId(ProcessContract.Retention.SPONSOR_REVIEW_TASK)
                    .processInstanceVariables(
                        Map.of(
                            ProcessContract.Retention.INTERVENTION_ID,
                            JSON.valueToTree(interventionId).toString())));
    for (UserTask review : reviews) {
      sponsor.claim(review);
      sponsor.complete(review, Map.of("sponsorNote", "Called their executive; we back the plan"));
    }
  }

  private void countChurn(JsonNode intervention) {
    if (intervention.path("outcome").path("outcome").asText().equals("churned")) {
      tally.churned();
    }
  }

  private Map<String, Object> briefVariables(Brief brief) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(
        "promises",
        brief.promises().stream()
            .map(
                p ->
                    Map.of("text", p.text(), "owner", p.owner(), "dueDate", p.dueDate().toString()))
            .toList());
    variables.put(
        "stakeholders",
        brief.stakeholders().stream()
            .map(s -> Map.of("name", s.name(), "role", s.role(), "contact", s.contact()))
            .toList());
    variables.put(
        "successCriteria",
        brief.successCriteria().stream()
            .map(c -> Map.of("metric", c.metric(), "baseline", c.baseline(), "target", c.target()))
            .toList());
    variables.put("risks", brief.risks());
    variables.put("notSold", brief.notSold());
    variables.put("desiredGoLiveDate", brief.desiredGoLiveDate().toString());
    return variables;
  }

  private Actor actor(String username) {
    Actor actor = cast.get(username);
    if (actor == null) {
      throw new IllegalStateException(username + " is not one of the demo's people");
    }
    return actor;
  }

  private static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  /** The planned time, unless the step before was recorded later: then just after that. */
  static Instant atOrAfter(Instant planned, Instant floor) {
    return planned.isAfter(floor) ? planned : floor.plusMillis(1);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}

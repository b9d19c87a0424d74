package io.baton.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.local.LocalSuite.SecondInstances;
import io.baton.workflows.ProcessContract.Handoff;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.baton.workflows.ProcessContract.Onboarding;
import io.baton.workflows.ProcessContract.Variables;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.process.test.extension.testcontainer.ContainerizedEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.intent.JobBatchIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobBatchRecordValue;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Baton on two instances of everything, as Kubernetes runs several replicas of each service: the
 * suite's gateway and services, and a second gateway routing to a second instance of every service,
 * all on the one MongoDB, engine and identity provider. Customer journeys run concurrently, half
 * through each gateway, while the job workers of both instances take their jobs from the one
 * engine; mid-load the second handoff-service is killed. Every journey completes, and exactly once:
 * one lead, one handoff, one onboarding and one customer each, one process instance of each process
 * per journey, each notification sent once.
 */
class ScaleOutIT {

  private static final Logger log = LoggerFactory.getLogger(ScaleOutIT.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final int JOURNEYS = 50;

  /**
   * The administrators who drive the journeys, each several of them through one gateway: the
   * gateway's rate limit is per caller.
   */
  private static final int CALLERS = 10;

  /**
   * The workers' job timeout in this suite (production: 5 minutes), so the jobs a killed instance
   * held are handed to the other within the test.
   */
  private static final Duration JOB_TIMEOUT = Duration.ofSeconds(20);

  /** The instance killed mid-load: one with many job workers. */
  private static final String KILLED = SecondInstances.name("handoff-service");

  /** The job types its workers take. */
  private static final String KILLED_JOB_TYPES = "handoff.";

  /** The journeys that have their handoff before the kill. */
  private static final int KILL_AFTER_HANDOFFS = JOURNEYS / 4;

  /**
   * How long a journey waits for each of its steps: long enough for the killed instance's jobs to
   * time out and for it to be started again.
   */
  private static final SuiteClient.Polling STEP =
      SuiteClient.Polling.backingOff(Duration.ofMillis(250), 16, Duration.ofMinutes(4));

  /** How long all journeys may take together. */
  private static final Duration ALL_JOURNEYS = Duration.ofMinutes(7);

  private static LocalSuite suite;
  private static SuiteLayout layout;
  private static List<SuiteClient> gateways;
  private static CamundaClient engine;

  @BeforeAll
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  static void startTwoInstancesOfEverything() throws Exception {
    Path projectRoot = Path.of("..").toAbsolutePath().normalize();
    layout =
        SuiteLayout.onFreePorts(
            projectRoot,
            Files.createTempDirectory("baton-scale-out"),
            projectRoot.resolve("local/target/apps"));
    Instant starting = Instant.now();
    suite =
        LocalSuite.start(
            layout, Map.of("camunda.client.worker.defaults.timeout", JOB_TIMEOUT.toString()));
    SecondInstances second = suite.startSecondInstances();
    log.info(
        "Two instances of the gateway and of every service ready after {}, {} MiB resident",
        Duration.between(starting, Instant.now()),
        suite.residentMegabytes());
    SuiteClient first = SuiteClient.gatewayOf(layout);
    gateways = List.of(first, first.at(second.gatewayUrl()));
    engine = suite.newEngineClient();
  }

  @AfterAll
  static void stopSuite() throws InterruptedException {
    if (engine != null) {
      engine.close();
    }
    if (suite != null) {
      suite.close();
    }
  }

  /** One journey's ids. */
  record Journey(int number, String leadId, String dealId) {}

  @Test
  @Timeout(value = 12, unit = TimeUnit.MINUTES)
  void everyJourneyCompletesExactlyOnceOnTwoInstancesOfEverythingWhileOneIsKilled()
      throws Exception {
    List<String> tokens = new ArrayList<>();
    for (int caller = 0; caller < CALLERS; caller++) {
      tokens.add(suite.token("scale-" + caller, "admin"));
    }
    AtomicInteger handoffsOpened = new AtomicInteger();
    Instant started = Instant.now();
    ExecutorService pool = Executors.newFixedThreadPool(JOURNEYS);
    List<Future<Journey>> running = new ArrayList<>();
    try {
      for (int number = 1; number <= JOURNEYS; number++) {
        int n = number;
        SuiteClient api = gateways.get(n % 2).withToken(tokens.get(n % CALLERS)).waiting(STEP);
        running.add(pool.submit(() -> journey(api, n, handoffsOpened)));
      }
      pool.shutdown();

      SuiteClient.Polling.every(Duration.ofMillis(100), ALL_JOURNEYS)
          .until(
              "handoffs opened before the kill",
              handoffsOpened::get,
              opened -> opened >= KILL_AFTER_HANDOFFS || pool.isTerminated());
      suite.kill(KILLED);
      int openAtTheKill = handoffsOpened.get();
      JobsOut atTheKill = jobsOut(KILLED_JOB_TYPES);
      log.info(
          "{} killed with {} of {} handoffs open; {} jobs of its types were out then",
          KILLED,
          openAtTheKill,
          JOURNEYS,
          atTheKill.jobs().size());
      Map<Long, JobIntent> givenBack =
          STEP.until(
              "the jobs of " + KILLED_JOB_TYPES + "* out at the kill, given back or done",
              () -> releasedAfter(atTheKill),
              released -> released.keySet().containsAll(atTheKill.jobs()));
      Map<JobIntent, Long> howGivenBack = new TreeMap<>();
      givenBack.values().forEach(intent -> howGivenBack.merge(intent, 1L, Long::sum));
      log.info(
          "The jobs out at the kill: {}; those that timed out were taken by the other instance",
          howGivenBack);
      suite.start(KILLED);

      assertThat(pool.awaitTermination(ALL_JOURNEYS.toSeconds(), TimeUnit.SECONDS))
          .as("every journey ended within " + ALL_JOURNEYS)
          .isTrue();
    } finally {
      pool.shutdownNow();
    }
    List<Journey> journeys = new ArrayList<>();
    for (Future<Journey> journey : running) {
      journeys.add(journey.get());
    }
    log.info(
        "{} journeys through two gateways completed in {}; the suite's processes: {} MiB resident",
        journeys.size(),
        Duration.between(started, Instant.now()),
        suite.residentMegabytes());

    everyJourneyIsInEachListOnce(journeys);
    everyJourneyHasOneInstanceOfEachProcess(journeys);
    everyJobIsCompletedOnce();
    everyNotificationIsSentOnce(journeys);
  }

  /**
   * One customer's journey through {@code api}, gateway 1 or 2: a lead comes in, gets its owner and
   * is converted with its won deal; the sales owner completes the brief and an account manager
   * accepts, in the engine's user-task API; the customer is onboarded and in retention.
   */
  private static Journey journey(SuiteClient api, int number, AtomicInteger handoffsOpened)
      throws Exception {
    String company = "Scale Out " + number;
    HttpResponse<String> received =
        SuiteClient.expect(
            201,
            api.post(
                "/api/leads",
                Map.of(
                    "company", Map.of("name", company, "size", 250),
                    "contact",
                        Map.of(
                            "name",
                            "Buyer " + number,
                            "email",
                            "buyer@scale-" + number + ".example"),
                    "source", Map.of("channel", "webinar", "campaign", "scale-out"),
                    "intent", "Wants SSO for 250 seats"),
                "scale-lead-" + number));
    String leadId = SuiteClient.json(received).path("leadId").asText();
    api.awaitJson("/api/leads/" + leadId, lead -> lead.path("owner").isTextual());

    String dealId = "scale-deal-" + number;
    SuiteClient.expect(
        200,
        api.post(
            "/api/leads/" + leadId + "/outcome",
            Map.of(
                "outcome",
                "converted",
                "deal",
                Map.of("dealId", dealId, "arr", 48000, "closeDate", "2026-11-20")),
            "scale-won-" + number));
    long handoff =
        api.awaitJson(
                "/api/handoffs/" + dealId,
                body -> body.path("context").has("available") && body.has("processInstanceKey"))
            .path("processInstanceKey")
            .asLong();
    handoffsOpened.incrementAndGet();

    long brief = openTask(handoff, Handoff.COMPLETE_BRIEF_TASK).getUserTaskKey();
    untilTask(
        brief,
        "completion",
        () -> engine.newCompleteUserTaskCommand(brief).variables(Briefs.complete()).send().join(),
        task -> task.getState() == UserTaskState.COMPLETED);
    long accept = openTask(handoff, Handoff.ACCEPT_HANDOFF_TASK).getUserTaskKey();
    untilTask(
        accept,
        "assignment",
        () -> engine.newAssignUserTaskCommand(accept).assignee("amy").send().join(),
        task -> "amy".equals(task.getAssignee()));
    untilTask(
        accept,
        "completion",
        () ->
            engine
                .newCompleteUserTaskCommand(accept)
                .variables(
                    Map.of("handoffDecision", "accept", "acceptanceNote", "Kickoff " + number))
                .send()
                .join(),
        task -> task.getState() == UserTaskState.COMPLETED);

    api.awaitJson(
        "/api/handoffs/" + dealId, body -> "ACCEPTED".equals(body.path("status").asText()));
    api.awaitJson("/api/onboardings/" + dealId, plan -> plan.has("startedAt"));
    api.awaitJson(
        "/api/customers/" + dealId,
        customer -> "onboarding".equals(customer.path("lifecycle").asText()));
    return new Journey(number, leadId, dealId);
  }

  /** The process instance's one open task at the element, once there is one. */
  private static UserTask openTask(long processInstanceKey, String elementId) throws Exception {
    return STEP.until(
            elementId + " of " + processInstanceKey,
            () ->
                engine
                    .newUserTaskSearchRequest()
                    .filter(
                        filter ->
                            filter
                                .processInstanceKey(processInstanceKey)
                                .elementId(elementId)
                                .state(UserTaskState.CREATED))
                    .send()
                    .join()
                    .items(),
            tasks -> tasks.size() == 1)
        .getFirst();
  }

  /**
   * Sends a command about a user task until the task shows its effect: the engine's answer may be
   * lost while the job of one of the task's listeners waits for its timeout on the killed instance,
   * the command done meanwhile.
   */
  private static void untilTask(
      long taskKey, String what, Runnable command, Predicate<UserTask> effect) throws Exception {
    STEP.until(
        what + " of user task " + taskKey,
        () -> {
          try {
            command.run();
            return true;
          } catch (ClientException unanswered) {
            log.info(
                "The {} of user task {}: {}",
                what,
                taskKey,
                unanswered.getMessage().lines().findFirst().orElse(""));
            try {
              return effect.test(engine.newUserTaskGetRequest(taskKey).send().join());
            } catch (ClientException notNow) {
              return false;
            }
          }
        },
        done -> done);
  }

  /**
   * Each journey's lead, handoff, onboarding plan and customer once in the lists through either
   * gateway, and nothing else twice.
   */
  private static void everyJourneyIsInEachListOnce(List<Journey> journeys) throws Exception {
    List<String> leadIds = journeys.stream().map(Journey::leadId).toList();
    List<String> dealIds = journeys.stream().map(Journey::dealId).toList();
    for (SuiteClient gateway : gateways) {
      SuiteClient ada = gateway.withToken(suite.token("ada"));
      assertOnceEach(ada, "/api/leads?limit=500", "leadId", leadIds);
      assertOnceEach(ada, "/api/handoffs?limit=500", "dealId", dealIds);
      assertOnceEach(ada, "/api/onboardings?limit=500", "dealId", dealIds);
      assertOnceEach(ada, "/api/customers?limit=500", "customerId", dealIds);
      JsonNode savePlays =
          SuiteClient.json(SuiteClient.expect(200, ada.get("/api/save-plays?limit=500")));
      assertThat(ids(savePlays, "customerId"))
          .as("save plays per customer")
          .doesNotHaveDuplicates();
    }
  }

  private static void assertOnceEach(SuiteClient ada, String path, String field, List<String> ids)
      throws Exception {
    List<String> listed = ids(SuiteClient.json(SuiteClient.expect(200, ada.get(path))), field);
    assertThat(listed).as(path).doesNotHaveDuplicates().containsAll(ids).hasSize(ids.size());
  }

  private static List<String> ids(JsonNode list, String field) {
    List<String> ids = new ArrayList<>();
    list.forEach(item -> ids.add(item.path(field).asText()));
    return ids;
  }

  /**
   * What the engine shows: each journey's lead started one follow-up, its won deal one handoff and
   * its acceptance one onboarding — the outbox messages that start them were each taken once — and
   * the follow-ups and handoffs are done.
   */
  private static void everyJourneyHasOneInstanceOfEachProcess(List<Journey> journeys)
      throws Exception {
    List<String> leadIds = journeys.stream().map(Journey::leadId).toList();
    List<String> dealIds = journeys.stream().map(Journey::dealId).toList();
    Map<String, List<ProcessInstance>> followUps =
        STEP.until(
            "the follow-ups completed",
            () -> instancesBy(LeadFollowUp.PROCESS_ID, Variables.LEAD_ID),
            found -> allCompleted(found, leadIds));
    Map<String, List<ProcessInstance>> handoffs =
        STEP.until(
            "the handoffs completed",
            () -> instancesBy(Handoff.PROCESS_ID, Variables.DEAL_ID),
            found -> allCompleted(found, dealIds));
    Map<String, List<ProcessInstance>> onboardings =
        instancesBy(Onboarding.PROCESS_ID, Variables.DEAL_ID);
    assertOnePerJourney(LeadFollowUp.PROCESS_ID, followUps, leadIds);
    assertOnePerJourney(Handoff.PROCESS_ID, handoffs, dealIds);
    assertOnePerJourney(Onboarding.PROCESS_ID, onboardings, dealIds);
  }

  private static boolean allCompleted(Map<String, List<ProcessInstance>> found, List<String> ids) {
    return ids.stream()
        .allMatch(
            id ->
                found.getOrDefault(id, List.of()).stream()
                    .anyMatch(instance -> instance.getState() == ProcessInstanceState.COMPLETED));
  }

  private static void assertOnePerJourney(
      String processId, Map<String, List<ProcessInstance>> found, List<String> ids) {
    assertThat(found.keySet())
        .as(processId + " instances, by journey")
        .containsExactlyInAnyOrderElementsOf(ids);
    found.forEach(
        (id, instances) -> assertThat(instances).as(processId + " instances of " + id).hasSize(1));
  }

  /** The instances of the process, by the value of their variable {@code name}. */
  private static Map<String, List<ProcessInstance>> instancesBy(String processId, String name)
      throws IOException {
    Map<Long, ProcessInstance> instances =
        engine
            .newProcessInstanceSearchRequest()
            .filter(filter -> filter.processDefinitionId(processId))
            .page(page -> page.limit(10_000))
            .send()
            .join()
            .items()
            .stream()
            .collect(Collectors.toMap(ProcessInstance::getProcessInstanceKey, Function.identity()));
    Map<Long, Set<String>> values = new HashMap<>();
    for (var variable :
        engine
            .newVariableSearchRequest()
            .filter(filter -> filter.name(name))
            .page(page -> page.limit(10_000))
            .send()
            .join()
            .items()) {
      if (instances.containsKey(variable.getProcessInstanceKey())) {
        values
            .computeIfAbsent(variable.getProcessInstanceKey(), key -> new HashSet<>())
            .add(JSON.readTree(variable.getValue()).asText());
      }
    }
    Map<String, List<ProcessInstance>> byValue = new HashMap<>();
    instances.forEach(
        (key, instance) -> {
          for (String value : values.getOrDefault(key, Set.of(""))) {
            byValue.computeIfAbsent(value, unused -> new ArrayList<>()).add(instance);
          }
        });
    return byValue;
  }

  /**
   * Every job was completed at most once, and every job that timed out (the killed instance's among
   * them) was done after all: completed by another worker, or canceled with its process instance.
   */
  private static void everyJobIsCompletedOnce() {
    List<Record<?>> records = records();
    Set<Long> timedOut = jobKeys(records, JobIntent.TIMED_OUT);
    Map<Long, Long> completions =
        records.stream()
            .filter(record -> record.getRecordType() == RecordType.EVENT)
            .filter(record -> record.getIntent() == JobIntent.COMPLETED)
            .collect(Collectors.groupingBy(Record::getKey, Collectors.counting()));
    Set<Long> ended = new HashSet<>(completions.keySet());
    ended.addAll(jobKeys(records, JobIntent.CANCELED));
    Map<String, Long> timedOutFrom =
        records.stream()
            .filter(record -> record.getRecordType() == RecordType.EVENT)
            .filter(record -> record.getIntent() == JobIntent.TIMED_OUT)
            .collect(
                Collectors.groupingBy(
                    record -> ((JobRecordValue) record.getValue()).getType(),
                    TreeMap::new,
                    Collectors.counting()));
    log.info(
        "{} jobs completed, {} of them timed out first (by type: {})",
        completions.size(),
        timedOut.size(),
        timedOutFrom);
    assertThat(completions.values()).as("completions per job").allMatch(count -> count == 1);
    assertThat(ended).as("jobs that timed out, done after all").containsAll(timedOut);
  }

  /**
   * The merged delivery log through each gateway, and each service's own: each event to each person
   * over each channel once; and what reached the suite's SMTP server and webhook receiver, once.
   */
  private static void everyNotificationIsSentOnce(List<Journey> journeys) throws Exception {
    for (SuiteClient gateway : gateways) {
      SuiteClient ada = gateway.withToken(suite.token("ada"));
      JsonNode merged = SuiteClient.json(SuiteClient.expect(200, ada.get("/api/notifications")));
      assertThat(merged.path("unavailable").size())
          .as("services left out of the merged log: " + merged.path("unavailable"))
          .isZero();
      assertThat(deliveryKeys(merged.path("deliveries")))
          .as("the merged delivery log")
          .doesNotHaveDuplicates();
      for (String service : List.of("leads", "handoffs", "onboarding", "retention")) {
        JsonNode own =
            SuiteClient.json(SuiteClient.expect(200, ada.get("/api/notifications/" + service)));
        assertThat(deliveryKeys(own)).as(service + "' delivery log").doesNotHaveDuplicates();
      }
    }
    SuiteClient inbox = SuiteClient.to(URI.create(layout.inboxUrl()));
    List<String> webhookEvents = new ArrayList<>();
    SuiteClient.json(SuiteClient.expect(200, inbox.get("/webhooks")))
        .forEach(hook -> webhookEvents.add(hook.path("body").path("eventId").asText()));
    webhookEvents.removeIf(String::isEmpty);
    assertThat(webhookEvents).as("webhooks received, by event").doesNotHaveDuplicates();
    List<String> mails = new ArrayList<>();
    SuiteClient.json(SuiteClient.expect(200, inbox.get("/mails")))
        .forEach(
            mail ->
                mails.add(
                    mail.path("to").asText()
                        + " "
                        + mail.path("subject").asText()
                        + " "
                        + mail.path("text").asText()));
    assertThat(mails).as("e-mails received").doesNotHaveDuplicates();
    long aboutJourneys =
        journeys.stream()
            .filter(
                journey ->
                    webhookEvents.stream()
                        .anyMatch(event -> event.startsWith(journey.dealId() + "/")))
            .count();
    log.info(
        "{} webhooks and {} e-mails received, each once; {} journeys' handoff events among them",
        webhookEvents.size(),
        mails.size(),
        aboutJourneys);
  }

  private static List<String> deliveryKeys(JsonNode deliveries) {
    List<String> keys = new ArrayList<>();
    deliveries.forEach(
        delivery ->
            keys.add(
                delivery.path("eventId").asText()
                    + " "
                    + delivery.path("recipient").asText()
                    + " "
                    + delivery.path("channel").asText()));
    return keys;
  }

  /**
   * Jobs handed to workers and not yet given back or ended, as of a position in the engine's log.
   */
  record JobsOut(Set<Long> jobs, long position) {}

  /** The jobs of the types handed out now, to whichever instance, and not given back or ended. */
  private static JobsOut jobsOut(String typePrefix) {
    Set<Long> out = new HashSet<>();
    long position = -1;
    for (Record<?> record : records()) {
      position = Math.max(position, record.getPosition());
      if (record.getRecordType() != RecordType.EVENT) {
        continue;
      }
      if (record.getIntent() == JobBatchIntent.ACTIVATED
          && record.getValue() instanceof JobBatchRecordValue batch) {
        for (int i = 0; i < batch.getJobKeys().size(); i++) {
          String type = i < batch.getJobs().size() ? batch.getJobs().get(i).getType() : "";
          if ((type == null || type.isEmpty() ? batch.getType() : type).startsWith(typePrefix)) {
            out.add(batch.getJobKeys().get(i));
          }
        }
      } else if (RELEASED.contains(record.getIntent())) {
        out.remove(record.getKey());
      }
    }
    return new JobsOut(out, position);
  }

  /** Of the jobs out then, those given back or ended since, and how (first). */
  private static Map<Long, JobIntent> releasedAfter(JobsOut then) {
    Map<Long, JobIntent> released = new HashMap<>();
    for (Record<?> record : records()) {
      if (record.getPosition() > then.position()
          && record.getRecordType() == RecordType.EVENT
          && RELEASED.contains(record.getIntent())
          && then.jobs().contains(record.getKey())) {
        released.putIfAbsent(record.getKey(), (JobIntent) record.getIntent());
      }
    }
    return released;
  }

  /** What gives a job back or ends it. */
  private static final Set<JobIntent> RELEASED =
      Set.of(
          JobIntent.TIMED_OUT,
          JobIntent.YIELDED,
          JobIntent.FAILED,
          JobIntent.COMPLETED,
          JobIntent.CANCELED,
          JobIntent.ERROR_THROWN);

  private static Set<Long> jobKeys(List<Record<?>> records, JobIntent intent) {
    return records.stream()
        .filter(record -> record.getRecordType() == RecordType.EVENT)
        .filter(record -> record.getIntent() == intent)
        .map(Record::getKey)
        .collect(Collectors.toCollection(HashSet::new));
  }

  /** Every record the engine wrote, read through its control protocol. */
  private static List<Record<?>> records() {
    List<Record<?>> records = new ArrayList<>();
    new ContainerizedEngine("localhost", layout.engineControlPort(), layout.engineGrpcPort())
        .getRecordStreamSource()
        .getRecords()
        .forEach(records::add);
    return records;
  }
}

package io.baton.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.workflows.ProcessContract.Handoff;
import io.baton.workflows.ProcessContract.Onboarding;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.extension.testcontainer.ContainerizedEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.RejectionType;
import io.camunda.zeebe.protocol.record.intent.JobBatchIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.JobBatchRecordValue;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Faults of the running suite (embedded engine, MongoDB, every service and the gateway as their own
 * processes), driven through the gateway and the Camunda 8 user-task API: the engine stopped and
 * started again in the middle of a journey, and a service stopped while the gateway is under load.
 * Nothing is lost, nothing is done twice, and what did not fail is not disturbed.
 */
class FaultsIT {

  private static final Logger log = LoggerFactory.getLogger(FaultsIT.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** docs/operations.md's promise for a stopped service: its routes answer 503 within this. */
  private static final Duration STOPPED_SERVICE_BUDGET = Duration.ofSeconds(2);

  /**
   * The job timeout workers use in production (the client's default): the engine's clock is moved
   * past it.
   */
  private static final Duration PRODUCTION_JOB_TIMEOUT = Duration.ofMinutes(5);

  /**
   * The Helm chart's terminationGracePeriodSeconds: Kubernetes kills a pod still running after it.
   */
  private static final Duration TERMINATION_GRACE_PERIOD = Duration.ofSeconds(30);

  /**
   * Within this time after the engine is back, every worker takes jobs again (streams and polls
   * back off to 5 s at most).
   */
  private static final Duration WORKERS_BACK_WITHIN = Duration.ofSeconds(30);

  /** How long MongoDB is down in the outage test. */
  private static final Duration MONGO_OUTAGE = Duration.ofSeconds(30);

  private static final List<String> SERVICES =
      List.of("lead-service", "handoff-service", "onboarding-service", "retention-service");

  private static LocalSuite suite;
  private static SuiteLayout layout;

  /**
   * The gateway, called by no one: every caller of these tests signs in and shares its connections.
   */
  private static SuiteClient anonymous;

  private static SuiteClient gateway;

  @BeforeAll
  static void startSuite() throws Exception {
    Path projectRoot = Path.of("..").toAbsolutePath().normalize();
    layout =
        SuiteLayout.onFreePorts(
            projectRoot,
            Files.createTempDirectory("baton-faults"),
            projectRoot.resolve("local/target/apps"));
    suite = LocalSuite.start(layout);
    anonymous = SuiteClient.gatewayOf(layout);
    gateway = as("fault-tester", "admin");
  }

  @AfterAll
  static void stopSuite() throws InterruptedException {
    if (suite != null) {
      suite.close();
    }
  }

  @Test
  void aHandoffWaitingAtItsBriefSurvivesAnEngineRestartWithItsTimerAndTaskAndCompletes()
      throws Exception {
    String dealId = "fault-restart-1";
    assertThat(gateway.post("/api/handoffs", wonDeal(dealId)).statusCode()).isEqualTo(202);
    JsonNode waiting =
        gateway.awaitJson("/api/handoffs/" + dealId, h -> h.path("context").has("available"));
    long processInstanceKey = waiting.path("processInstanceKey").asLong();
    Instant briefDueAt = Instant.parse(waiting.path("briefDueAt").asText());
    long briefTaskKey;
    try (CamundaClient client = suite.newEngineClient()) {
      briefTaskKey =
          OpenTasks.awaitOne(client, processInstanceKey, Handoff.COMPLETE_BRIEF_TASK)
              .getUserTaskKey();
    }

    suite.stop("embedded-engine");
    String wonWhileDown = "fault-restart-2";
    assertThat(gateway.post("/api/handoffs", wonDeal(wonWhileDown)).statusCode())
        .as("a won deal registered while the engine is down")
        .isEqualTo(202);
    suite.start("embedded-engine");

    ContainerizedEngine control =
        new ContainerizedEngine("localhost", layout.engineControlPort(), layout.engineGrpcPort());
    try (CamundaClient client = suite.newEngineClient()) {
      assertThat(client.newUserTaskGetRequest(briefTaskKey).send().join().getState())
          .as("the brief task after the restart")
          .isEqualTo(UserTaskState.CREATED);

      control.increaseTime(Duration.between(Instant.now(), briefDueAt).plusMinutes(1));
      JsonNode escalated =
          gateway.awaitJson("/api/handoffs/" + dealId, h -> h.path("escalations").size() > 0);
      assertThat(escalated.path("escalations").findValuesAsText("stage")).containsExactly("brief");
      UserTask chase =
          OpenTasks.awaitOne(client, processInstanceKey, Handoff.ESCALATE_OVERDUE_BRIEF_TASK);
      client
          .newCompleteUserTaskCommand(chase.getUserTaskKey())
          .variables(Map.of("escalationNote", "Called sam"))
          .send()
          .join();

      client.newCompleteUserTaskCommand(briefTaskKey).variables(Briefs.complete()).send().join();
      OpenTasks.acceptHandoff(client, processInstanceKey, "amy", "Kickoff after the outage");
    }

    JsonNode accepted =
        gateway.awaitJson(
            "/api/handoffs/" + dealId, h -> "ACCEPTED".equals(h.path("status").asText()));
    assertThat(accepted.path("processInstanceKey").asLong()).isEqualTo(processInstanceKey);
    assertThat(accepted.path("history").findValuesAsText("status"))
        .containsExactly("DEAL_WON", "AWAITING_BRIEF", "AWAITING_ACCEPTANCE", "ACCEPTED");
    JsonNode onboarding =
        gateway.awaitJson("/api/onboardings/" + dealId, plan -> plan.has("startedAt"));
    assertThat(onboarding.path("accountManager").asText()).isEqualTo("amy");
    gateway.awaitJson(
        "/api/handoffs/" + wonWhileDown, h -> "AWAITING_BRIEF".equals(h.path("status").asText()));

    BpmnAssert.initRecordStream(RecordStream.of(control.getRecordStreamSource()));
    try {
      await()
          .atMost(WAIT)
          .pollInSameThread()
          .untilAsserted(
              () ->
                  BpmnAssert.assertThat(new InspectedProcessInstance(processInstanceKey))
                      .isCompleted());
      BpmnAssert.assertThat(new InspectedProcessInstance(processInstanceKey))
          .hasPassedElement(Handoff.BRIEF_OVERDUE_TIMER, 1)
          .hasPassedElement(Handoff.COMPLETE_BRIEF_TASK, 1)
          .hasPassedElement(Handoff.START_ONBOARDING_TASK, 1)
          .hasNoIncidents();
    } finally {
      BpmnAssert.resetRecordStream();
    }
  }

  @Test
  void aStoppedServiceAnswersFast503ForItsRoutesOnlyAndIsServedAgainWhenItIsBack()
      throws Exception {
    try (Load leads =
            new Load(as("load-leads", "admin"), "/api/leads?limit=5", Duration.ofMillis(100));
        Load handoffs =
            new Load(
                as("load-handoffs", "admin"), "/api/handoffs?limit=5", Duration.ofMillis(100))) {
      await().atMost(WAIT).until(() -> leads.count(200) >= 5 && handoffs.count(200) >= 5);

      suite.stop("lead-service");
      Instant stopped = Instant.now();
      await().atMost(WAIT).until(() -> leads.sentAfter(stopped).size() >= 30);
      Instant restarting = Instant.now();
      List<Load.Answer> whileDown = leads.sentBetween(stopped, restarting);
      assertThat(whileDown)
          .as("/api/leads while lead-service is down")
          .isNotEmpty()
          .allSatisfy(
              answer -> {
                assertThat(answer.status()).isEqualTo(503);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(JSON.readTree(answer.body()).path("service").asText())
                    .isEqualTo("lead-service");
                assertThat(answer.took()).isLessThan(STOPPED_SERVICE_BUDGET);
              });
      log.info("503 while lead-service was down: {}", latencies(whileDown));

      suite.start("lead-service");
      Instant ready = Instant.now();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> leads.sentAfter(ready).stream().anyMatch(answer -> answer.status() == 200));
      log.info(
          "/api/leads was served again {} after lead-service was ready",
          Duration.between(ready, leads.firstSentAfter(ready, 200)));

      leads.stop();
      assertThat(leads.all())
          .as("/api/leads all along: every request answered, none left hanging")
          .allSatisfy(answer -> assertThat(answer.status()).isIn(200, 503));
      handoffs.stop();
      assertThat(handoffs.all())
          .as("/api/handoffs all along")
          .hasSizeGreaterThan(50)
          .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
    }
  }

  @Test
  void aWorkerKilledBetweenItsWriteAndItsCompletionIsRedeliveredAfterItsTimeoutAndHasOneEffect()
      throws Exception {
    String dealId = "fault-crash-1";
    long handoff;
    try (EngineRelay relay = EngineRelay.to(layout.engineGrpcPort())) {
      onboardingServiceThrough(relay);
      relay.hold();
      handoff = startHandoffAtItsOnboarding(dealId);
      await()
          .atMost(WAIT)
          .until(() -> gateway.get("/api/onboardings/" + dealId).statusCode() == 200);
      suite.kill("onboarding-service");
    }
    suite.start("onboarding-service");
    long jobKey = onlyJob(handoff, Handoff.START_ONBOARDING_JOB);
    assertThat(jobRecords(jobKey, JobIntent.COMPLETED))
        .as("completions before the redelivery")
        .isEmpty();

    control().increaseTime(PRODUCTION_JOB_TIMEOUT.plusMinutes(1));

    awaitCompleted(handoff);
    assertThat(jobRecords(jobKey, JobIntent.TIMED_OUT))
        .as("the killed worker's delivery timed out")
        .hasSize(1);
    assertThat(jobRecords(jobKey, JobIntent.COMPLETED)).as("completions").hasSize(1);
    assertOneOnboardingOf(dealId, handoff);
  }

  @Test
  void aJobActivatedTwiceAtOnceHasOneEffectAndItsLateCompletionIsRejectedOnceNotRetried()
      throws Exception {
    String dealId = "fault-twice-1";
    long handoff;
    String replica = null;
    try (EngineRelay relay = EngineRelay.to(layout.engineGrpcPort())) {
      onboardingServiceThrough(relay);
      relay.hold();
      handoff = startHandoffAtItsOnboarding(dealId);
      await()
          .atMost(WAIT)
          .until(() -> gateway.get("/api/onboardings/" + dealId).statusCode() == 200);
      long jobKey = onlyJob(handoff, Handoff.START_ONBOARDING_JOB);

      replica = suite.startReplica("onboarding-service");
      control().increaseTime(PRODUCTION_JOB_TIMEOUT.plusMinutes(1));
      await().atMost(WAIT).until(() -> jobRecords(jobKey, JobIntent.COMPLETED).size() == 1);
      assertThat(activations(jobKey))
          .as("the job was handed out twice, its first handler still busy")
          .isEqualTo(2);
      relay.release();

      await().atMost(WAIT).until(() -> jobRejections(jobKey, JobIntent.COMPLETE).size() == 1);
      Thread.sleep(Duration.ofSeconds(5));
      assertThat(jobRecords(jobKey, JobIntent.TIMED_OUT))
          .as("the first delivery timed out")
          .hasSize(1);
      assertThat(jobCommands(jobKey, JobIntent.COMPLETE))
          .as("completions sent, the late one not retried")
          .hasSize(2);
      assertThat(jobRecords(jobKey, JobIntent.COMPLETED)).as("completions accepted").hasSize(1);
      assertThat(jobRejections(jobKey, JobIntent.COMPLETE))
          .as("the late completion")
          .singleElement()
          .satisfies(
              rejection ->
                  assertThat(rejection.getRejectionType()).isEqualTo(RejectionType.NOT_FOUND));
      awaitCompleted(handoff);
      assertOneOnboardingOf(dealId, handoff);
    } finally {
      if (replica != null) {
        suite.stop(replica);
      }
      suite.restart("onboarding-service");
    }
  }

  @Test
  void everyWorkerOfEveryServiceGetsJobsAgainAfterTheEngineWasKilledAndStartedAgain()
      throws Exception {
    suite.kill("embedded-engine");
    suite.start("embedded-engine");
    Instant engineReady = Instant.now();

    Set<String> jobTypes = ProcessContractJobTypes.all();
    long probe;
    try (CamundaClient client = suite.newEngineClient()) {
      client
          .newDeployResourceCommand()
          .addProcessModel(workerProbe(jobTypes), "worker-probe.bpmn")
          .send()
          .join();
      probe =
          client
              .newCreateInstanceCommand()
              .bpmnProcessId("worker-probe")
              .latestVersion()
              .send()
              .join()
              .getProcessInstanceKey();
    }

    await()
        .atMost(WORKERS_BACK_WITHIN)
        .untilAsserted(
            () ->
                assertThat(activatedJobTypes(probe))
                    .as("job types a service's worker took")
                    .containsAll(jobTypes));
    log.info(
        "Every worker ({} job types) had taken a job {} after the engine was ready again",
        jobTypes.size(),
        Duration.between(engineReady, Instant.now()));
  }

  @Test
  void everyServiceWhoseEngineIsGoneStopsWithinItsGracePeriodOnSigterm() throws Exception {
    suite.kill("embedded-engine");
    Thread.sleep(Duration.ofSeconds(3));
    try {
      for (String service : SERVICES) {
        LocalSuite.Stopped stopped = suite.stop(service);
        log.info("{} stopped {} after SIGTERM with its engine gone", service, stopped.took());
        assertThat(stopped.gracefully())
            .as(service + " stopped by itself, not by SIGKILL")
            .isTrue();
        assertThat(stopped.took()).as(service + " stopping").isLessThan(TERMINATION_GRACE_PERIOD);
      }
    } finally {
      suite.start("embedded-engine");
      suite.start(
          SERVICES.stream().filter(service -> !suite.isRunning(service)).toArray(String[]::new));
    }
    String dealId = "fault-after-sigterm-1";
    assertThat(gateway.post("/api/handoffs", wonDeal(dealId)).statusCode()).isEqualTo(202);
    gateway.awaitJson(
        "/api/handoffs/" + dealId, h -> "AWAITING_BRIEF".equals(h.path("status").asText()));
  }

  @Test
  void
      whileMongoDbIsDownEveryServiceAnswers503ItselfIsNotReadyStoresNothingAndItsOutboxDrainsAfterwards()
          throws Exception {
    String dealId = "fault-mongo-1";
    suite.stop("embedded-engine");
    assertThat(gateway.post("/api/handoffs", wonDeal(dealId)).statusCode())
        .as("a won deal whose message waits in the outbox")
        .isEqualTo(202);
    Map<String, Object> lead =
        Map.of(
            "company", Map.of("name", "Outage Lead Inc", "size", 40),
            "contact", Map.of("name", "Olga Outage", "email", "olga@outage-lead.example"),
            "source", Map.of("channel", "webinar", "campaign", "mongo-outage"),
            "intent", "Asked while the database was down");

    suite.stopMongo();
    Instant down = Instant.now();
    try {
      suite.start("embedded-engine");
      HttpResponse<String> refused = gateway.post("/api/leads", lead);
      Duration took = Duration.between(down, Instant.now());
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(SuiteClient.json(refused).path("title").asText())
          .as("lead-service's own answer")
          .isEqualTo("Database unavailable");
      assertThat(refused.headers().firstValue("Retry-After")).isPresent();
      log.info(
          "lead-service answered 503 {} into the MongoDB outage (engine restart included)", took);
      for (String service : SERVICES) {
        await()
            .atMost(WAIT)
            .untilAsserted(
                () ->
                    assertThat(readiness(service).statusCode())
                        .as(service + " readiness while MongoDB is down")
                        .isEqualTo(503));
      }
      Thread.sleep(Duration.between(Instant.now(), down.plus(MONGO_OUTAGE)));
    } finally {
      suite.startMongoAgain();
    }

    for (String service : SERVICES) {
      await().atMost(WAIT).until(() -> readiness(service).statusCode() == 200);
    }
    assertThat(gateway.post("/api/leads", lead).statusCode())
        .as("the lead refused during the outage, sent again: new, so nothing was stored")
        .isEqualTo(201);
    gateway.awaitJson(
        "/api/handoffs/" + dealId, h -> "AWAITING_BRIEF".equals(h.path("status").asText()));
  }

  private static HttpResponse<String> readiness(String service)
      throws IOException, InterruptedException {
    int port =
        switch (service) {
          case "lead-service" -> layout.leadPort();
          case "handoff-service" -> layout.handoffPort();
          case "onboarding-service" -> layout.onboardingPort();
          default -> layout.retentionPort();
        };
    return SuiteClient.to(URI.create("http://localhost:" + port))
        .timeout(Duration.ofSeconds(10))
        .get("/readyz");
  }

  /** onboarding-service started again, talking to the engine through the relay. */
  private static void onboardingServiceThrough(EngineRelay relay) throws InterruptedException {
    suite.stop("onboarding-service");
    suite.start("onboarding-service", Map.of("camunda.client.grpc-address", relay.address()));
    // its job streams are open at the engine once it is ready; a moment more for the engine to
    // register them
    Thread.sleep(Duration.ofSeconds(2));
  }

  /** A handoff accepted by its account manager, at the task that starts the onboarding. */
  private static long startHandoffAtItsOnboarding(String dealId) {
    try (CamundaClient client = suite.newEngineClient()) {
      return client
          .newCreateInstanceCommand()
          .bpmnProcessId(Handoff.PROCESS_ID)
          .latestVersion()
          .variables(
              Map.of(
                  "dealId",
                  dealId,
                  "customerName",
                  "Crash Test Corp",
                  "salesOwner",
                  "sam",
                  "accountManager",
                  "amy",
                  "acceptanceNote",
                  "Kickoff on Monday",
                  "arr",
                  48000,
                  "closeDate",
                  "2026-11-20",
                  "promises",
                  List.of(
                      Map.of(
                          "text", "SSO before go-live", "owner", "sam", "dueDate", "2027-01-15")),
                  "successCriteria",
                  List.of(
                      Map.of(
                          "metric",
                          "Time to onboard a team",
                          "baseline",
                          "14 days",
                          "target",
                          "3 days")),
                  "correlationId",
                  dealId))
          .startBeforeElement(Handoff.START_ONBOARDING_TASK)
          .send()
          .join()
          .getProcessInstanceKey();
    }
  }

  private static void awaitCompleted(long processInstanceKey) {
    await()
        .atMost(WAIT)
        .until(
            () ->
                events()
                    .anyMatch(
                        record ->
                            record.getKey() == processInstanceKey
                                && record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED));
  }

  /** One plan for the deal, and one onboarding-checkpoints instance started by its message. */
  private static void assertOneOnboardingOf(String dealId, long handoff) throws Exception {
    JsonNode plan = gateway.getJson("/api/onboardings/" + dealId);
    assertThat(plan.path("dealId").asText()).isEqualTo(dealId);
    assertThat(
            gateway
                .getJson("/api/onboardings?accountManager=amy&limit=500")
                .findValuesAsText("dealId"))
        .as("plans")
        .containsOnlyOnce(dealId);
    await().atMost(WAIT).until(() -> onboardingsStarted(dealId) >= 1);
    Thread.sleep(Duration.ofSeconds(2));
    assertThat(onboardingsStarted(dealId))
        .as("onboarding-checkpoints instances of " + dealId)
        .isEqualTo(1);
    assertThat(
            events()
                .filter(
                    record ->
                        record.getKey() == handoff
                            && record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED))
        .as("the handoff completed")
        .hasSize(1);
  }

  private static long onboardingsStarted(String dealId) {
    Set<Long> ofTheDeal =
        events()
            .filter(
                record ->
                    record.getValue() instanceof VariableRecordValue variable
                        && variable.getName().equals("dealId")
                        && variable.getValue().equals("\"" + dealId + "\""))
            .map(record -> ((VariableRecordValue) record.getValue()).getProcessInstanceKey())
            .collect(Collectors.toSet());
    return events()
        .filter(record -> record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED)
        .filter(
            record ->
                record.getValue() instanceof ProcessInstanceRecordValue instance
                    && instance.getBpmnElementType() == BpmnElementType.PROCESS
                    && Onboarding.PROCESS_ID.equals(instance.getBpmnProcessId())
                    && ofTheDeal.contains(instance.getProcessInstanceKey()))
        .count();
  }

  /** The key of the one job of the type the process instance created. */
  private static long onlyJob(long processInstanceKey, String jobType) {
    return await()
        .atMost(WAIT)
        .until(
            () ->
                events()
                    .filter(record -> record.getIntent() == JobIntent.CREATED)
                    .filter(
                        record ->
                            record.getValue() instanceof JobRecordValue job
                                && job.getProcessInstanceKey() == processInstanceKey
                                && job.getType().equals(jobType))
                    .map(Record::getKey)
                    .toList(),
            keys -> keys.size() == 1)
        .getFirst();
  }

  /** How often the job was handed to a worker, pushed or polled. */
  private static long activations(long jobKey) {
    return events()
        .filter(record -> record.getIntent() == JobBatchIntent.ACTIVATED)
        .filter(record -> ((JobBatchRecordValue) record.getValue()).getJobKeys().contains(jobKey))
        .count();
  }

  /** The job types of the process instance's jobs that a worker took. */
  private static Set<String> activatedJobTypes(long processInstanceKey) {
    return events()
        .filter(record -> record.getIntent() == JobBatchIntent.ACTIVATED)
        .flatMap(record -> ((JobBatchRecordValue) record.getValue()).getJobs().stream())
        .filter(job -> job.getProcessInstanceKey() == processInstanceKey)
        .map(JobRecordValue::getType)
        .collect(Collectors.toSet());
  }

  private static List<String> recordsOf(long jobKey) {
    return records()
        .filter(
            record ->
                record.getKey() == jobKey
                    || record.getValue() instanceof JobBatchRecordValue batch
                        && batch.getJobKeys().contains(jobKey))
        .map(
            record ->
                record.getRecordType() + " " + record.getValueType() + " " + record.getIntent())
        .toList();
  }

  private static List<Record<?>> jobRecords(long jobKey, JobIntent intent) {
    return records()
        .filter(
            record ->
                record.getRecordType() == RecordType.EVENT
                    && record.getKey() == jobKey
                    && record.getIntent() == intent)
        .toList();
  }

  private static List<Record<?>> jobCommands(long jobKey, JobIntent intent) {
    return records()
        .filter(
            record ->
                record.getRecordType() == RecordType.COMMAND
                    && record.getKey() == jobKey
                    && record.getIntent() == intent)
        .toList();
  }

  private static List<Record<?>> jobRejections(long jobKey, JobIntent intent) {
    return records()
        .filter(
            record ->
                record.getRecordType() == RecordType.COMMAND_REJECTION
                    && record.getKey() == jobKey
                    && record.getIntent() == intent)
        .toList();
  }

  private static Stream<Record<?>> events() {
    return records().filter(record -> record.getRecordType() == RecordType.EVENT);
  }

  private static Stream<Record<?>> records() {
    List<Record<?>> records = new ArrayList<>();
    control().getRecordStreamSource().getRecords().forEach(records::add);
    return records.stream();
  }

  private static ContainerizedEngine control() {
    return new ContainerizedEngine(
        "localhost", layout.engineControlPort(), layout.engineGrpcPort());
  }

  /**
   * A process with one service task for every job type of every service, all at once, each tried
   * once.
   */
  private static BpmnModelInstance workerProbe(Set<String> jobTypes) {
    var fork =
        Bpmn.createExecutableProcess("worker-probe")
            .startEvent("ProbeStartEvent")
            .parallelGateway("ProbeFork");
    for (String jobType : jobTypes) {
      String name =
          Arrays.stream(jobType.split("[.-]"))
              .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
              .collect(Collectors.joining());
      fork.moveToNode("ProbeFork")
          .serviceTask(
              "Probe" + name + "Task", task -> task.zeebeJobType(jobType).zeebeJobRetries("1"))
          .endEvent("Probe" + name + "EndEvent");
    }
    return fork.done();
  }

  private static String latencies(List<Load.Answer> answers) {
    List<Long> millis = answers.stream().map(answer -> answer.took().toMillis()).sorted().toList();
    return answers.size()
        + " answers, median "
        + millis.get(millis.size() / 2)
        + " ms, slowest "
        + millis.getLast()
        + " ms";
  }

  private static Map<String, Object> wonDeal(String dealId) {
    return Map.of(
        "dealId",
        dealId,
        "customerName",
        "Outage Inc",
        "salesOwner",
        "sam",
        "arr",
        48000,
        "closeDate",
        "2026-11-20");
  }

  /** The gateway, called by the user in the role (signed in at the suite's identity provider). */
  private static SuiteClient as(String username, String role)
      throws IOException, InterruptedException {
    return anonymous.withToken(suite.token(username, role));
  }

  /**
   * GETs of one path through the gateway at a fixed rate, whether or not earlier ones answered;
   * every answer kept.
   */
  private static final class Load implements AutoCloseable {

    /**
     * One answer: when its request was sent, its status (-1 for none), content type, how long it
     * took, body.
     */
    record Answer(Instant sentAt, int status, String contentType, Duration took, String body) {}

    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    Load(SuiteClient caller, String path, Duration every) {
      timer.scheduleAtFixedRate(
          () -> {
            Instant sent = Instant.now();
            this.sent.incrementAndGet();
            caller
                .getAsync(path)
                .whenComplete(
                    (response, failure) ->
                        answers.add(
                            response == null
                                ? new Answer(
                                    sent,
                                    -1,
                                    "",
                                    Duration.between(sent, Instant.now()),
                                    String.valueOf(failure))
                                : new Answer(
                                    sent,
                                    response.statusCode(),
                                    response.headers().firstValue("Content-Type").orElse(""),
                                    Duration.between(sent, Instant.now()),
                                    response.body())));
          },
          0,
          every.toMillis(),
          TimeUnit.MILLISECONDS);
    }

    long count(int status) {
      return answers.stream().filter(answer -> answer.status() == status).count();
    }

    List<Answer> sentAfter(Instant instant) {
      return answers.stream().filter(answer -> answer.sentAt().isAfter(instant)).toList();
    }

    List<Answer> sentBetween(Instant from, Instant to) {
      return answers.stream()
          .filter(answer -> answer.sentAt().isAfter(from) && answer.sentAt().isBefore(to))
          .toList();
    }

    Instant firstSentAfter(Instant instant, int status) {
      return sentAfter(instant).stream()
          .filter(answer -> answer.status() == status)
          .map(Answer::sentAt)
          .min(Comparator.naturalOrder())
          .orElseThrow();
    }

    /** Stops sending and waits until every request sent has its answer (or its timeout). */
    void stop() throws InterruptedException {
      timer.shutdownNow();
      timer.awaitTermination(5, TimeUnit.SECONDS);
      await().atMost(Duration.ofSeconds(30)).until(() -> answers.size() == sent.get());
    }

    List<Answer> all() {
      return List.copyOf(answers);
    }

    @Override
    public void close() throws InterruptedException {
      stop();
    }
  }
}

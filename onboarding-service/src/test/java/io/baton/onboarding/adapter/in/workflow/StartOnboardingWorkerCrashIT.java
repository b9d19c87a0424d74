package io.baton.onboarding.adapter.in.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.baton.engine.EmbeddedEngine;
import io.baton.onboarding.application.StartingOnboarding;
import io.baton.testsupport.BatonServiceTest;
import io.baton.workflows.ProcessContract.Handoff;
import io.baton.workflows.ProcessContract.Onboarding;
import io.baton.workflows.ProcessDeployer;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * {@code onboarding.start-onboarding} on the real embedded engine, its first delivery crashing
 * after the plan and its {@code onboarding-started} message were written to MongoDB and before the
 * job was completed (Zeebe delivers at least once). The engine delivers the job again; the worker
 * finds the plan: one plan, one message, one onboarding started, and the handoff passes the task
 * once and ends.
 *
 * <p>The engine runs in this JVM as {@link EmbeddedEngine} itself — the Baton engine with its log
 * on disk — not as the engine's Spring Boot application, which would read this service's
 * application.yml and start its auto-configuration (MongoDB, outbox, security) a second time.
 */
@BatonServiceTest
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(
    properties = {
      "baton.jobs.retry-backoff.initial=PT0.2S",
      // the onboarding the message starts calls retention-service next: nobody answers here
      "baton.services.retention-service.url=http://127.0.0.1:9"
    })
class StartOnboardingWorkerCrashIT {

  private static final String DEAL = "crash-deal-1";
  private static final Path DATA_DIR = temporaryDirectory();
  private static final EmbeddedEngine ENGINE = startEngine();

  @MockitoSpyBean private StartingOnboarding startingOnboarding;
  @Autowired private CamundaClient client;
  @Autowired private MongoTemplate mongo;
  @Autowired private ConfigurableApplicationContext context;

  @DynamicPropertySource
  static void pointAtTheEngine(DynamicPropertyRegistry registry) {
    registry.add("camunda.client.grpc-address", () -> "http://127.0.0.1:" + ENGINE.grpcPort());
    registry.add("camunda.client.request-timeout", () -> "PT30S");
  }

  @BeforeAll
  static void recordTheEnginesRecords() {
    BpmnAssert.initRecordStream(RecordStream.of(ENGINE.records()));
  }

  /**
   * The engine outlives every client of it: the service's context (its Camunda client and job
   * streams) is closed first, then the engine is stopped.
   */
  @AfterAll
  void closeTheServiceThenStopTheEngine() throws IOException {
    BpmnAssert.resetRecordStream();
    context.close();
    ENGINE.stop();
    try (Stream<Path> files = Files.walk(DATA_DIR)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @Test
  void aWorkerCrashingAfterItsWriteIsRedeliveredAndStartsOnePlanAndOneOnboarding() {
    ProcessDeployer.deployAll(client);
    AtomicInteger deliveries = new AtomicInteger();
    doAnswer(
            invocation -> {
              Object started = invocation.callRealMethod();
              if (deliveries.incrementAndGet() == 1) {
                throw new IllegalStateException(
                    "The worker crashed after writing the plan, before completing the job");
              }
              return started;
            })
        .when(startingOnboarding)
        .start(any(), any());

    ProcessInstanceEvent handoff =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(Handoff.PROCESS_ID)
            .latestVersion()
            .variables(anAcceptedHandoff())
            .startBeforeElement(Handoff.START_ONBOARDING_TASK)
            .send()
            .join();

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInSameThread()
        .untilAsserted(
            () -> BpmnAssert.assertThat(new InspectedProcessInstance(handoff.getProcessInstanceKey())).isCompleted());
    verify(startingOnboarding, times(2)).start(any(), any());
    assertThat(jobs(JobIntent.FAILED)).as("deliveries that crashed").hasSize(1);
    assertThat(jobs(JobIntent.COMPLETED)).as("deliveries that completed").hasSize(1);
    BpmnAssert.assertThat(new InspectedProcessInstance(handoff.getProcessInstanceKey()))
        .hasPassedElement(Handoff.START_ONBOARDING_TASK, 1)
        .hasPassedElement(Handoff.HANDED_OVER_END, 1)
        .hasNoIncidents();

    List<Document> plans = mongo.getCollection("onboardings").find(new Document("_id", DEAL)).into(new ArrayList<>());
    assertThat(plans).as("plans of the deal").hasSize(1);
    assertThat(plans.getFirst().getList("outbox", Document.class))
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.getString("messageName")).isEqualTo(Onboarding.ONBOARDING_STARTED_MESSAGE);
              assertThat(message.get("publishedAt")).as("published to the engine").isNotNull();
            });
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(onboardingsStarted()).as("onboarding-checkpoints instances of the deal").isEqualTo(1));
  }

  private static Map<String, Object> anAcceptedHandoff() {
    return Map.of(
        "dealId", DEAL,
        "customerName", "Crash Test Corp",
        "accountManager", "amy",
        "acceptanceNote", "Kickoff on Monday",
        "arr", 48000,
        "closeDate", "2026-11-20",
        "promises", List.of(Map.of("text", "SSO before go-live", "owner", "sam", "dueDate", "2027-01-15")),
        "successCriteria", List.of(Map.of("metric", "Time to onboard a team", "baseline", "14 days", "target", "3 days")),
        "correlationId", "crash-test-1");
  }

  /** The records of the start-onboarding jobs with the intent. */
  private static List<Record<?>> jobs(Intent intent) {
    return records()
        .filter(record -> record.getIntent() == intent)
        .filter(record -> record.getValue() instanceof JobRecordValue job && Handoff.START_ONBOARDING_JOB.equals(job.getType()))
        .toList();
  }

  /**
   * The onboarding-checkpoints instances started for this test's deal (other tests' plans share
   * the embedded MongoDB, so their messages may reach this engine too).
   */
  private static long onboardingsStarted() {
    Set<Long> ofTheDeal =
        records()
            .filter(record -> record.getValue() instanceof VariableRecordValue variable
                && variable.getName().equals("dealId")
                && variable.getValue().equals("\"" + DEAL + "\""))
            .map(record -> ((VariableRecordValue) record.getValue()).getProcessInstanceKey())
            .collect(Collectors.toSet());
    return records()
        .filter(record -> record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED)
        .filter(
            record ->
                record.getValue() instanceof ProcessInstanceRecordValue instance
                    && instance.getBpmnElementType() == BpmnElementType.PROCESS
                    && Onboarding.PROCESS_ID.equals(instance.getBpmnProcessId())
                    && ofTheDeal.contains(instance.getProcessInstanceKey()))
        .count();
  }

  private static Stream<Record<?>> records() {
    List<Record<?>> records = new ArrayList<>();
    ENGINE.records().getRecords().forEach(records::add);
    return records.stream().filter(record -> record.getRecordType() == RecordType.EVENT);
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("baton-crash-engine");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EmbeddedEngine startEngine() {
    EmbeddedEngine engine = new EmbeddedEngine(DATA_DIR, 0, Duration.ofSeconds(15));
    engine.start();
    return engine;
  }
}

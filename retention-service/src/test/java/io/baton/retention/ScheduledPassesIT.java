package io.baton.retention;

import static io.baton.retention.RetentionApi.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.baton.engine.EmbeddedEngine;
import io.baton.engine.EngineProperties;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.EmbeddedMongoInitializer;
import io.baton.testsupport.TestSecurityInitializer;
import io.baton.workflows.ProcessContract.HealthRecompute;
import io.baton.workflows.ProcessContract.RenewalRunway;
import io.baton.workflows.ProcessDeployer;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobBatchRecordValue;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The scheduled passes run once however many replicas work them: two replicas of retention-service
 * (the test's and a second one on the same MongoDB) work the jobs of one engine running in this
 * JVM, the engine's clock moves six hours on, and each process's timer starts one pass, whose one
 * job one replica takes and completes with its counts.
 */
@ExtendWith(ScheduledPassesIT.StopTheEngineLast.class)
@BatonServiceTest
@DirtiesContext
class ScheduledPassesIT {

  /** The job timeout of both passes (camunda.client.worker.override in application.yml). */
  private static final Duration PASS_TIMEOUT = Duration.ofMinutes(30);

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Path DATA_DIR = temporaryDirectory();
  private static final EmbeddedEngine ENGINE = startEngine();

  private static ConfigurableApplicationContext secondReplica;

  @Autowired private TestRestTemplate http;
  @Autowired private CamundaClient client;
  @Autowired private MeterRegistry registry;
  @Autowired private Environment environment;

  @DynamicPropertySource
  static void pointAtTheEngine(DynamicPropertyRegistry registry) {
    registry.add("camunda.client.grpc-address", ScheduledPassesIT::engineAddress);
    registry.add("camunda.client.request-timeout", () -> "PT30S");
  }

  @AfterAll
  static void stopTheSecondReplica() {
    if (secondReplica != null) {
      secondReplica.close();
    }
  }

  /** A second replica of retention-service on the test's database and engine. */
  private void startASecondReplica() {
    secondReplica =
        new SpringApplicationBuilder(RetentionServiceApplication.class)
            .initializers(
                EmbeddedMongoInitializer.sharing(
                    environment.getProperty("spring.data.mongodb.uri")),
                new TestSecurityInitializer())
            .run(
                "--server.port=0",
                "--management.server.port=0",
                "--camunda.client.grpc-address=" + engineAddress(),
                "--camunda.client.rest-address=http://127.0.0.1:9",
                "--camunda.client.request-timeout=PT30S");
  }

  /**
   * The engine outlives every client of it: registered before the Spring extension, this runs after
   * it closed the test's replica (and with it the Camunda client and its job streams).
   */
  static class StopTheEngineLast implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext extension) throws IOException {
      ENGINE.stop();
      try (Stream<Path> files = Files.walk(DATA_DIR)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  @Test
  void eachPeriodsPassRunsOnceAcrossTwoReplicasAndTellsTheProcessItsCounts() throws Exception {
    startASecondReplica();
    RetentionApi api = new RetentionApi(http);
    String renewing =
        api.active(
            newId("deal"),
            Map.of("renewalDate", LocalDate.now(ZoneOffset.UTC).plusDays(100).toString()));
    api.registered(newId("deal"), Map.of());
    ProcessDeployer.deployAll(client);

    ENGINE.increaseTime(Duration.ofHours(6));
    await()
        .atMost(WAIT)
        .until(
            () ->
                jobs(HealthRecompute.RECOMPUTE_HEALTH_JOB, JobIntent.COMPLETED).size()
                    + jobs(RenewalRunway.CHECK_RENEWAL_RUNWAY_JOB, JobIntent.COMPLETED).size(),
            completed -> completed >= 2);
    ENGINE.waitForIdleState(WAIT);

    for (String jobType :
        List.of(HealthRecompute.RECOMPUTE_HEALTH_JOB, RenewalRunway.CHECK_RENEWAL_RUNWAY_JOB)) {
      assertThat(jobs(jobType, JobIntent.CREATED)).as("%s jobs created", jobType).hasSize(1);
      assertThat(jobs(jobType, JobIntent.COMPLETED)).as("%s jobs completed", jobType).hasSize(1);
      assertThat(heldFor(jobType))
          .as("%s job timeout", jobType)
          .isBetween(PASS_TIMEOUT.minusSeconds(5), PASS_TIMEOUT);
    }
    assertThat(healthPasses(registry) + healthPasses(secondReplica.getBean(MeterRegistry.class)))
        .as("health passes run by the two replicas")
        .isEqualTo(1);
    assertThat(variable(HealthRecompute.CUSTOMERS_ASSESSED)).isGreaterThanOrEqualTo(2);
    assertThat(variable(HealthRecompute.CUSTOMERS_CHANGED)).isNotNegative();
    assertThat(variable(HealthRecompute.LATE_SIGNALS_APPLIED)).isNotNegative();
    assertThat(variable(HealthRecompute.SAVE_PLAYS_HANDED_OVER)).isNotNegative();
    assertThat(variable(RenewalRunway.RENEWALS_CHECKED)).isGreaterThanOrEqualTo(1);
    assertThat(variable(RenewalRunway.RENEWALS_AT_RISK)).isNotNegative();
    assertThat(api.json("/api/customers/" + renewing).path("renewal").path("runwayChecks"))
        .singleElement()
        .satisfies(check -> assertThat(check.path("step").asText()).isEqualTo("P120D"));
  }

  /** The engine's job records of the type with the intent, batches of activated jobs apart. */
  private static List<Record<?>> jobs(String jobType, JobIntent intent) {
    return ENGINE.records().since(0).stream()
        .filter(record -> record.getIntent() == intent)
        .filter(
            record ->
                record.getValue() instanceof JobRecordValue job && job.getType().equals(jobType))
        .toList();
  }

  /**
   * How long the job of the type is held by the worker that took it: its deadline less the time the
   * activation was written (a moment after the engine set the deadline).
   */
  private static Duration heldFor(String jobType) {
    return ENGINE.records().since(0).stream()
        .filter(record -> record.getValue() instanceof JobBatchRecordValue)
        .flatMap(
            record ->
                ((JobBatchRecordValue) record.getValue())
                    .getJobs().stream()
                        .filter(job -> job.getType().equals(jobType))
                        .map(job -> Duration.ofMillis(job.getDeadline() - record.getTimestamp())))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no activation of a " + jobType + " job"));
  }

  /** The value the engine holds for a variable set once in this engine's life. */
  private static long variable(String name) {
    return ENGINE.records().since(0).stream()
        .filter(record -> record.getValue() instanceof VariableRecordValue)
        .map(record -> (VariableRecordValue) record.getValue())
        .filter(variable -> variable.getName().equals(name))
        .map(variable -> Long.parseLong(variable.getValue()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no variable " + name));
  }

  private static long healthPasses(MeterRegistry registry) {
    Timer passes = registry.find("baton.retention.health.recompute.all").timer();
    return passes == null ? 0 : passes.count();
  }

  private static String engineAddress() {
    return "http://127.0.0.1:" + ENGINE.grpcPort();
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("baton-scheduled-passes-engine");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An engine with engine control on, so it keeps its records for the assertions (the control port
   * itself is served by the engine application, not by the engine alone: nothing listens on it).
   */
  private static EmbeddedEngine startEngine() {
    EmbeddedEngine engine =
        new EmbeddedEngine(
            new EngineProperties(0, 1, DATA_DIR, Duration.ofSeconds(15), null, null, null),
            List.of());
    engine.start();
    return engine;
  }
}

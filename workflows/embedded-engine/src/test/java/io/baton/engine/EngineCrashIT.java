package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine killed as a crash would (SIGKILL, in a JVM of its own) loses nothing it acknowledged,
 * and a corrupt log stops its start until the repair command cut it.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class EngineCrashIT {

  private static final String PROCESS = "crash-order";
  private static final String JOB_TYPE = "crash-work";
  private static final String MESSAGE = "crash-paid";
  private static final int CLIENTS = 8;
  private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 300;
  private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(15);

  @TempDir Path dataDir;
  @TempDir Path output;

  @Test
  void everyAcknowledgedInstanceAndMessageSurvivesAKillMidLoadAndEveryInstanceCompletes()
      throws Exception {
    final Map<Long, String> acknowledgedInstances = new ConcurrentHashMap<>();
    final Set<String> acknowledgedMessages = ConcurrentHashMap.newKeySet();
    final AtomicBoolean stopLoad = new AtomicBoolean();
    final ExecutorService load = Executors.newFixedThreadPool(CLIENTS);
    try (EngineProcess engine = EngineProcess.start(dataDir, output.resolve("engine-1.log"))) {
      engine.awaitReady(START_TIMEOUT);
      try (CamundaClient client = engine.newClient();
          JobWorker worker = completeJobs(client, Duration.ofSeconds(2))) {
        client
            .newDeployResourceCommand()
            .addProcessModel(orderProcess(), PROCESS + ".bpmn")
            .send()
            .join(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        final AtomicInteger orders = new AtomicInteger();
        for (int i = 0; i < CLIENTS; i++) {
          load.execute(
              () -> {
                while (!stopLoad.get()) {
                  final int order = orders.incrementAndGet();
                  final String orderId = "order-" + order;
                  try {
                    acknowledgedInstances.put(createOrder(client, orderId), orderId);
                    if (order % 2 == 0) {
                      publishPayment(client, orderId);
                      acknowledgedMessages.add(orderId);
                    }
                  } catch (final RuntimeException refusedOrKilled) {
                    // not acknowledged: backpressure, or the engine is gone
                  }
                }
              });
        }
        await()
            .atMost(Duration.ofMinutes(2))
            .until(() -> acknowledgedInstances.size() >= ACKNOWLEDGED_BEFORE_THE_KILL);

        engine.kill();
      }
    } finally {
      stopLoad.set(true);
      load.shutdownNow();
      load.awaitTermination(1, TimeUnit.MINUTES);
    }

    try (EngineProcess restarted = EngineProcess.start(dataDir, output.resolve("engine-2.log"))) {
      restarted.awaitReady(START_TIMEOUT);
      try (CamundaClient client = restarted.newClient();
          JobWorker worker = completeJobs(client, Duration.ofMinutes(5))) {
        for (final String orderId : acknowledgedInstances.values()) {
          if (!acknowledgedMessages.contains(orderId)) {
            publishPayment(client, orderId);
          }
        }
        await()
            .atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofSeconds(1))
            .untilAsserted(
                () ->
                    assertThat(completedInstances(client))
                        .as(
                            "completed of the %d acknowledged instances (%d messages acknowledged)",
                            acknowledgedInstances.size(), acknowledgedMessages.size())
                        .containsAll(acknowledgedInstances.keySet()));
      }
    }
  }

  @Test
  void aCorruptFrameStopsTheStartNamingFileAndOffsetAndTheRepairCommandLetsItStartAgain()
      throws Exception {
    try (EngineProcess engine = EngineProcess.start(dataDir, output.resolve("engine-1.log"))) {
      engine.awaitReady(START_TIMEOUT);
      try (CamundaClient client = engine.newClient()) {
        client
            .newDeployResourceCommand()
            .addProcessModel(orderProcess(), PROCESS + ".bpmn")
            .send()
            .join(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        for (int i = 0; i < 20; i++) {
          createOrder(client, "order-" + i);
        }
      }
      engine.stop();
    }
    final Path segment = LogSegments.segmentFile(dataDir, 1);
    final List<LogSegments.Frame> frames = LogSegments.scan(dataDir).segments().getFirst().frames();
    final LogSegments.Frame middle = frames.get(frames.size() / 2);
    FileLogStorageTest.flipByte(segment, middle.offset() + LogSegments.FRAME_HEADER_BYTES + 1);

    try (EngineProcess corrupt = EngineProcess.start(dataDir, output.resolve("engine-2.log"))) {
      final EngineProcess.Finished refused = corrupt.awaitExit(START_TIMEOUT);
      assertThat(refused.exitCode()).isNotZero();
      assertThat(refused.output())
          .contains("The engine log is corrupt: " + segment + " at byte offset " + middle.offset())
          .contains("./baton engine-repair");
    }

    final EngineProcess.Finished repair =
        EngineProcess.runWithModuleClassesOnly(
            LogRepair.class,
            output.resolve("repair.log"),
            Duration.ofMinutes(1),
            dataDir.toString());
    assertThat(repair.exitCode()).as(repair.output()).isZero();
    assertThat(repair.output())
        .contains("Cut " + segment + " at byte offset " + middle.offset())
        .contains("Dropped " + (frames.size() - frames.size() / 2) + " frames");

    try (EngineProcess repaired = EngineProcess.start(dataDir, output.resolve("engine-3.log"))) {
      repaired.awaitReady(START_TIMEOUT);
      try (CamundaClient client = repaired.newClient()) {
        client
            .newDeployResourceCommand()
            .addProcessModel(orderProcess(), PROCESS + ".bpmn")
            .send()
            .join(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertThat(createOrder(client, "order-after-repair")).isPositive();
      }
    }
  }

  private static long createOrder(final CamundaClient client, final String orderId) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(PROCESS)
        .latestVersion()
        .variables(Map.of("orderId", orderId))
        .send()
        .join(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
        .getProcessInstanceKey();
  }

  /**
   * Published with a time to live, so that it waits for an instance still at its job; a second one,
   * for an order whose first was not acknowledged, waits unused.
   */
  private static void publishPayment(final CamundaClient client, final String orderId) {
    client
        .newPublishMessageCommand()
        .messageName(MESSAGE)
        .correlationKey(orderId)
        .timeToLive(Duration.ofHours(1))
        .send()
        .join(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /**
   * Completes the orders' jobs; a job activated but not completed before a kill is activated again
   * once its timeout passed.
   */
  private static JobWorker completeJobs(final CamundaClient client, final Duration jobTimeout) {
    return client
        .newWorker()
        .jobType(JOB_TYPE)
        .handler((jobClient, job) -> jobClient.newCompleteCommand(job).send())
        .timeout(jobTimeout)
        .maxJobsActive(64)
        .pollInterval(Duration.ofMillis(200))
        .open();
  }

  private static Set<Long> completedInstances(final CamundaClient client) {
    return client
        .newProcessInstanceSearchRequest()
        .filter(filter -> filter.processDefinitionId(PROCESS).state(ProcessInstanceState.COMPLETED))
        .page(page -> page.limit(10_000))
        .send()
        .join(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
        .items()
        .stream()
        .map(ProcessInstance::getProcessInstanceKey)
        .collect(Collectors.toCollection(HashSet::new));
  }

  /** A service task, then a message to wait for, correlated by the order's id. */
  private static BpmnModelInstance orderProcess() {
    return Bpmn.createExecutableProcess(PROCESS)
        .startEvent("ordered")
        .serviceTask("work", task -> task.zeebeJobType(JOB_TYPE))
        .intermediateCatchEvent(
            "paid",
            event ->
                event.message(
                    message -> message.name(MESSAGE).zeebeCorrelationKeyExpression("orderId")))
        .endEvent("done")
        .done();
  }
}

package io.baton.bench;

import io.baton.engine.RunningEngine;
import io.baton.workflows.ProcessContract.Handoff;
import io.baton.workflows.ProcessDeployer;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Active process instances held by the engine: handoffs of the real {@code
 * sale-to-implementation-handoff} process waiting at the brief task (each with its overdue timer),
 * started in steps up to the largest level. At each level: the heap this JVM uses after a full
 * collection (the engine runs in it, started with {@link RunningEngine}: its state, its in-memory
 * record log and the user-task read model), the size of its log file, and the latency of the
 * user-task API (over REST, one call at a time): a search for one instance's task, an inbox page
 * (candidate group, state, 50 per page) and a get by key.
 */
final class EngineScaleBenchmark {

  private static final int CREATES_IN_FLIGHT = 64;
  private static final int WARM_UP_PROBES = 20;
  private static final int INBOX_PAGE = 50;
  private static final Percentiles NOTHING_ASKED = Percentiles.of(new long[0]);

  private final BenchSettings settings;
  private final Path dataDir;
  private final Random random = new Random(42);

  EngineScaleBenchmark(BenchSettings settings, Path workDir) {
    this.settings = settings;
    this.dataDir = workDir.resolve("engine-scale-data");
  }

  Table run() throws InterruptedException {
    Directories.fresh(dataDir);
    CpuNoise before = CpuNoise.sample();
    List<Level> levels = new ArrayList<>();
    double createdPerSecond;
    try (RunningEngine engine = RunningEngine.start(dataDir);
        CamundaClient client = engine.newClient()) {
      ProcessDeployer.deployAll(client);
      List<Long> instances = new ArrayList<>();
      long creating = 0;
      for (int level : settings.scaleLevels()) {
        long started = System.nanoTime();
        instances.addAll(startHandoffs(client, level - instances.size(), instances.size()));
        awaitWaitingTasks(client, level);
        creating += System.nanoTime() - started;
        levels.add(measure(client, level, instances));
      }
      createdPerSecond = instances.size() / (creating / 1e9);
    }
    return table(levels, createdPerSecond, CpuNoise.sample().otherLoadSince(before));
  }

  private List<Long> startHandoffs(CamundaClient client, int count, int offset) throws InterruptedException {
    Semaphore inFlight = new Semaphore(CREATES_IN_FLIGHT);
    List<CompletableFuture<Long>> created = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      inFlight.acquire();
      String dealId = "scale-deal-" + (offset + i);
      created.add(
          client
              .newCreateInstanceCommand()
              .bpmnProcessId(Handoff.PROCESS_ID)
              .latestVersion()
              .variables(
                  Map.of(
                      "dealId", dealId,
                      "customerName", "Scale Customer " + (offset + i),
                      "salesOwner", "rep-" + (offset + i) % 50,
                      "arr", 48000,
                      "closeDate", LocalDate.now().toString(),
                      "briefDueAt", Instant.now().plus(Duration.ofDays(30)).toString()))
              .startBeforeElement(Handoff.COMPLETE_BRIEF_TASK)
              .send()
              .toCompletableFuture()
              .whenComplete((event, failure) -> inFlight.release())
              .thenApply(event -> event.getProcessInstanceKey()));
    }
    return created.stream().map(CompletableFuture::join).toList();
  }

  private static void awaitWaitingTasks(CamundaClient client, int expected) throws InterruptedException {
    while (waitingTasks(client) < expected) {
      Thread.sleep(100);
    }
  }

  private static long waitingTasks(CamundaClient client) {
    return client
        .newUserTaskSearchRequest()
        .filter(filter -> filter.elementId(Handoff.COMPLETE_BRIEF_TASK).state(UserTaskState.CREATED))
        .page(page -> page.limit(1))
        .send()
        .join()
        .page()
        .totalItems();
  }

  private Level measure(CamundaClient client, int level, List<Long> instances) {
    long heap = Memory.heapBytesAfterGc();
    long log = Directories.size(dataDir.resolve("log.bin"));
    Percentiles inbox = probe(() -> inboxPage(client));
    if (instances.isEmpty()) {
      return new Level(level, heap, log, NOTHING_ASKED, inbox, NOTHING_ASKED);
    }
    Percentiles oneTask = probe(() -> briefTaskOf(client, randomOf(instances)));
    List<Long> taskKeys = inboxPage(client).stream().map(UserTask::getUserTaskKey).toList();
    Percentiles get = probe(() -> client.newUserTaskGetRequest(randomOf(taskKeys)).send().join());
    return new Level(level, heap, log, oneTask, inbox, get);
  }

  /** What a sales rep's inbox shows first: open tasks of the sales group, one page. */
  private static List<UserTask> inboxPage(CamundaClient client) {
    return client
        .newUserTaskSearchRequest()
        .filter(filter -> filter.candidateGroup(Handoff.SALES_GROUP).state(UserTaskState.CREATED))
        .page(page -> page.limit(INBOX_PAGE))
        .send()
        .join()
        .items();
  }

  /** What a journey asks: the brief task of one process instance. */
  private static List<UserTask> briefTaskOf(CamundaClient client, long processInstanceKey) {
    return client
        .newUserTaskSearchRequest()
        .filter(filter -> filter.processInstanceKey(processInstanceKey).elementId(Handoff.COMPLETE_BRIEF_TASK))
        .send()
        .join()
        .items();
  }

  private long randomOf(List<Long> keys) {
    return keys.get(random.nextInt(keys.size()));
  }

  /** Times the call {@code scaleProbes} times, one at a time, after a few untimed calls. */
  private Percentiles probe(Runnable call) {
    for (int i = 0; i < WARM_UP_PROBES; i++) {
      call.run();
    }
    LatencyRecorder recorder = new LatencyRecorder();
    for (int i = 0; i < settings.scaleProbes(); i++) {
      long started = System.nanoTime();
      call.run();
      recorder.recordSince(started);
    }
    return recorder.percentiles();
  }

  private Table table(List<Level> levels, double createdPerSecond, String otherLoad) {
    Table table =
        Table.of(
            "Engine scale: handoffs waiting at a user task",
            "The real handoff process, instances started before the brief task (each waits there with its overdue timer); "
                + "the engine in the benchmark's JVM; heap after a full GC; user-task API latency over REST, one call at a time ("
                + settings.scaleProbes() + " calls per figure).",
            "waiting handoffs",
            "heap after GC (MiB)",
            "engine log (MiB)",
            "search one instance's task p50 / p99 (ms)",
            "inbox page of 50 p50 / p99 (ms)",
            "get task p50 / p99 (ms)");
    for (Level level : levels) {
      table.row(
          String.format(Locale.ROOT, "%,d", level.waiting()),
          Figures.mib(level.heapBytes()),
          Figures.mib(level.logBytes()),
          level.oneTask().p50() + " / " + level.oneTask().p99(),
          level.inbox().p50() + " / " + level.inbox().p99(),
          level.get().p50() + " / " + level.get().p99());
    }
    Level empty = levels.getFirst();
    Level small = levels.get(1);
    Level large = levels.getLast();
    double perInstance = (double) (large.heapBytes() - empty.heapBytes()) / large.waiting();
    table.note(String.format(Locale.ROOT,
        "Heap per waiting handoff: about %.1f KiB; log per handoff: about %.1f KiB. Heap above the empty engine grows %s.",
        perInstance / 1024, (double) large.logBytes() / large.waiting() / 1024,
        Growth.between(small.waiting(), small.heapBytes() - empty.heapBytes(), large.waiting(), large.heapBytes() - empty.heapBytes()).describe()));
    table.note("Search for one instance's task (p50) grows "
        + Growth.between(small.waiting(), small.oneTask().p50Millis(), large.waiting(), large.oneTask().p50Millis()).describe()
        + "; inbox page (p50) grows "
        + Growth.between(small.waiting(), small.inbox().p50Millis(), large.waiting(), large.inbox().p50Millis()).describe() + ".");
    table.note(String.format(Locale.ROOT, "Instances were started at %.0f/s (64 create commands in flight). Other processes used %s of the machine's CPU meanwhile.",
        createdPerSecond, otherLoad));
    return table;
  }

  private record Level(int waiting, long heapBytes, long logBytes, Percentiles oneTask, Percentiles inbox, Percentiles get) {}
}

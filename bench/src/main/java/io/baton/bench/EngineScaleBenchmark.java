package io.baton.bench;

import io.baton.workflows.ProcessContract.Handoff;
import io.baton.workflows.ProcessDeployer;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
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
import java.util.function.Function;

/**
 * Active process instances held by the engine: handoffs of the real {@code
 * sale-to-implementation-handoff} process waiting at the brief task (each with its overdue timer),
 * started in steps up to the largest level, in an engine JVM of its own with each JVM profile. At
 * each level: the engine JVM's heap after full collections (its state, whatever it keeps of its
 * record log and its read models), the bytes in its data dir, and the latency of the user-task API
 * (over REST, one call at a time): a search for one instance's task, an inbox page (candidate
 * group, state, 50 per page) and a get by key.
 */
final class EngineScaleBenchmark {

  private static final int CREATES_IN_FLIGHT = 64;
  private static final int WARM_UP_PROBES = 20;
  private static final int INBOX_PAGE = 50;
  private static final Percentiles NOTHING_ASKED = Percentiles.of(new long[0]);

  private final BenchSettings settings;
  private final EnginesUnderTest engines;
  private final Random random = new Random(42);

  EngineScaleBenchmark(BenchSettings settings, EnginesUnderTest engines) {
    this.settings = settings;
    this.engines = engines;
  }

  Table run() throws InterruptedException {
    return table(
        engines.measure("Engine scale", profile -> measure(engines.launcher(profile, "scale"))));
  }

  private Scale measure(EngineJvm.Launcher launcher) throws InterruptedException {
    CpuNoise before = CpuNoise.sample();
    List<Level> levels = new ArrayList<>();
    List<Long> instances = new ArrayList<>();
    long creating = 0;
    try (EngineJvm engine = launcher.startEmpty("data");
        CamundaClient client = engine.newClient()) {
      ProcessDeployer.deployAll(client);
      for (int level : settings.scaleLevels()) {
        long started = System.nanoTime();
        instances.addAll(startHandoffs(client, level - instances.size(), instances.size()));
        awaitWaitingTasks(client, level);
        creating += System.nanoTime() - started;
        levels.add(measure(engine, client, level, instances));
      }
    }
    return new Scale(
        levels, instances.size() / (creating / 1e9), CpuNoise.sample().otherLoadSince(before));
  }

  private List<Long> startHandoffs(CamundaClient client, int count, int offset)
      throws InterruptedException {
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
                      "dealId",
                      dealId,
                      "customerName",
                      "Scale Customer " + (offset + i),
                      "salesOwner",
                      "rep-" + (offset + i) % 50,
                      "arr",
                      48000,
                      "closeDate",
                      LocalDate.now().toString(),
                      "briefDueAt",
                      Instant.now().plus(Duration.ofDays(30)).toString()))
              .startBeforeElement(Handoff.COMPLETE_BRIEF_TASK)
              .send()
              .toCompletableFuture()
              .whenComplete((event, failure) -> inFlight.release())
              .thenApply(event -> event.getProcessInstanceKey()));
    }
    return created.stream().map(CompletableFuture::join).toList();
  }

  private static void awaitWaitingTasks(CamundaClient client, int expected)
      throws InterruptedException {
    while (waitingTasks(client) < expected) {
      Thread.sleep(100);
    }
  }

  private static long waitingTasks(CamundaClient client) {
    return client
        .newUserTaskSearchRequest()
        .filter(
            filter -> filter.elementId(Handoff.COMPLETE_BRIEF_TASK).state(UserTaskState.CREATED))
        .page(page -> page.limit(1))
        .send()
        .join()
        .page()
        .totalItems();
  }

  private Level measure(EngineJvm engine, CamundaClient client, int level, List<Long> instances) {
    long heap = engine.heapBytesAfterFullGc();
    long data = engine.dataDirBytes();
    Percentiles inbox = probe(() -> inboxPage(client));
    if (instances.isEmpty()) {
      return new Level(level, heap, data, NOTHING_ASKED, inbox, NOTHING_ASKED);
    }
    Percentiles oneTask = probe(() -> briefTaskOf(client, randomOf(instances)));
    List<Long> taskKeys = inboxPage(client).stream().map(UserTask::getUserTaskKey).toList();
    Percentiles get = probe(() -> client.newUserTaskGetRequest(randomOf(taskKeys)).send().join());
    return new Level(level, heap, data, oneTask, inbox, get);
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
        .filter(
            filter ->
                filter
                    .processInstanceKey(processInstanceKey)
                    .elementId(Handoff.COMPLETE_BRIEF_TASK))
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

  private Table table(PerProfile<Scale> scales) {
    Table table =
        Table.of(
            "Engine scale: handoffs waiting at a user task",
            "The real handoff process, instances started before the brief task (each waits there with its overdue timer), in an engine "
                + "JVM of its own; its heap after full GCs (jcmd GC.run, jstat); the bytes in its data dir; user-task API latency over REST, "
                + "one call at a time ("
                + settings.scaleProbes()
                + " calls per figure). Each cell: "
                + scales.titles()
                + " JVM options.",
            "waiting handoffs",
            "heap after GC (MiB)",
            "data dir (MiB)",
            "search one instance's task p50 (ms)",
            "search one instance's task p99 (ms)",
            "inbox page of 50 p50 (ms)",
            "inbox page of 50 p99 (ms)",
            "get task p99 (ms)");
    for (int index = 0; index < settings.scaleLevels().size(); index++) {
      int at = index;
      Function<Function<Level, String>, String> cell =
          figure -> scales.joined(scale -> figure.apply(scale.levels().get(at)));
      table.row(
          String.format(Locale.ROOT, "%,d", settings.scaleLevels().get(at)),
          cell.apply(level -> Figures.mib(level.heapBytes())),
          cell.apply(level -> Figures.mib(level.dataBytes())),
          cell.apply(level -> level.oneTask().p50()),
          cell.apply(level -> level.oneTask().p99()),
          cell.apply(level -> level.inbox().p50()),
          cell.apply(level -> level.inbox().p99()),
          cell.apply(level -> level.get().p99()));
    }
    for (JvmProfile profile : scales.profiles()) {
      scales
          .result(profile)
          .ifPresent(
              scale ->
                  table.note("With the " + profile.title() + " JVM options: " + scale.describe()));
    }
    return scales.noteFailures(table);
  }

  /**
   * What one engine held and answered at each level, how fast its instances were created, and the
   * other load meanwhile.
   */
  private record Scale(List<Level> levels, double createdPerSecond, String otherLoad) {

    String describe() {
      Level empty = levels.getFirst();
      Level small = levels.get(1);
      Level large = levels.getLast();
      double perInstance = (double) (large.heapBytes() - empty.heapBytes()) / large.waiting();
      return String.format(
              Locale.ROOT,
              "heap per waiting handoff about %.1f KiB, data dir per handoff about %.1f KiB; heap above the empty engine grows %s. ",
              perInstance / 1024,
              (double) (large.dataBytes() - empty.dataBytes()) / large.waiting() / 1024,
              Growth.between(
                      small.waiting(),
                      small.heapBytes() - empty.heapBytes(),
                      large.waiting(),
                      large.heapBytes() - empty.heapBytes())
                  .describe())
          + "Search for one instance's task (p50) grows "
          + Growth.between(
                  small.waiting(),
                  small.oneTask().p50Millis(),
                  large.waiting(),
                  large.oneTask().p50Millis())
              .describe()
          + "; inbox page (p50) grows "
          + Growth.between(
                  small.waiting(),
                  small.inbox().p50Millis(),
                  large.waiting(),
                  large.inbox().p50Millis())
              .describe()
          + String.format(
              Locale.ROOT,
              ". Instances were started at %.0f/s (%d create commands in flight). Other processes used %s of the machine's CPU meanwhile.",
              createdPerSecond,
              CREATES_IN_FLIGHT,
              otherLoad);
    }
  }

  private record Level(
      int waiting,
      long heapBytes,
      long dataBytes,
      Percentiles oneTask,
      Percentiles inbox,
      Percentiles get) {}
}

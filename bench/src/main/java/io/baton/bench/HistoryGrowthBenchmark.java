package io.baton.bench;

import io.baton.local.LocalSuite.Stopped;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * What a growing history costs the engine: {@link OrderReviewProcess} journeys completed one after
 * another (some in flight) on one engine JVM per profile, and at each checkpoint (so many journeys
 * completed, none in flight) the engine JVM's heap after full collections, the bytes in its data
 * dir, and its recovery: stopped with SIGTERM and started again on the same data dir, then killed
 * with SIGKILL and started again, each time until its readiness probe answered UP, less the start
 * of an empty engine measured right after. After each restart one journey of the process deployed
 * before it must complete: a restart that lost the engine's state fails. A completed journey needs
 * nothing any more, so an engine whose heap or recovery grows with them keeps what it could let go
 * of.
 */
final class HistoryGrowthBenchmark {

  /** How many of the classes that grew most the report names. */
  private static final int GROWN_CLASSES = 10;

  /** The last checkpoint's heap may be at most this many times the first's. */
  private static final double HEAP_AIM = 1.2;

  private static final Duration RECOVERY_AIM = Duration.ofSeconds(5);

  private final BenchSettings settings;
  private final EnginesUnderTest engines;

  HistoryGrowthBenchmark(BenchSettings settings, EnginesUnderTest engines) {
    this.settings = settings;
    this.engines = engines;
  }

  Table run() throws InterruptedException {
    return table(
        engines.measure("History growth", profile -> grow(engines.launcher(profile, "growth"))));
  }

  /**
   * Grows one engine's history checkpoint by checkpoint; stops at the first failure and says where.
   */
  private History grow(EngineJvm.Launcher launcher) throws InterruptedException {
    CpuNoise before = CpuNoise.sample();
    long deadline = System.nanoTime() + settings.growthDeadline().toNanos();
    List<Checkpoint> reached = new ArrayList<>();
    EngineJvm engine = launcher.startEmpty("history");
    int completed = 0;
    try {
      try (CamundaClient client = engine.newClient()) {
        OrderReviewProcess.deploy(client).close();
      }
      for (int checkpoint : settings.growthCheckpoints()) {
        OrderReviewProcess.Batch batch;
        try (CamundaClient client = engine.newClient();
            OrderReviewProcess process = OrderReviewProcess.attach(client)) {
          batch =
              process.runMany(
                  checkpoint - completed,
                  settings.growthConcurrency(),
                  settings.growthStall(),
                  deadline);
        }
        completed += batch.completed();
        if (batch.failure() != null) {
          String state =
              engine.isAlive() ? "; its JVM: " + engine.heapState() : "; its JVM had ended";
          return History.of(
              reached,
              String.format(
                  Locale.ROOT,
                  "stopped after %,d journeys: %s%s",
                  completed,
                  batch.failure(),
                  state),
              before);
        }
        long heap = engine.heapBytesAfterFullGc();
        ClassHistogram classes = engine.classHistogram();
        long data = engine.dataDirBytes();
        Restarts restarts = restart(engine, launcher);
        engine = restarts.engine();
        completed += restarts.probes();
        reached.add(
            new Checkpoint(
                checkpoint,
                batch.completed() / (batch.took().toNanos() / 1e9),
                heap,
                classes,
                data,
                restarts));
      }
      return History.of(reached, null, before);
    } catch (RuntimeException e) {
      return History.of(
          reached,
          String.format(Locale.ROOT, "failed after %,d journeys: %s", completed, e),
          before);
    } finally {
      engine.close();
    }
  }

  /**
   * Stops the engine and starts it again on its data dir, after SIGTERM and after SIGKILL, and
   * starts an empty engine, {@code recoveryStarts} times each; after every restart one journey must
   * complete. Returns the engine running at the end.
   */
  private Restarts restart(EngineJvm engine, EngineJvm.Launcher launcher)
      throws InterruptedException {
    List<Stopped> stops = new ArrayList<>();
    List<Duration> afterStop = new ArrayList<>();
    List<Duration> afterKill = new ArrayList<>();
    List<Duration> empty = new ArrayList<>();
    try {
      for (int start = 0; start < settings.recoveryStarts(); start++) {
        stops.add(engine.stop());
        engine = engine.startAgain();
        afterStop.add(engine.readyAfter());
        probe(engine);
        engine.kill();
        engine = engine.startAgain();
        afterKill.add(engine.readyAfter());
        probe(engine);
        try (EngineJvm emptyEngine = launcher.startEmpty("empty")) {
          empty.add(emptyEngine.readyAfter());
        }
      }
    } catch (RuntimeException e) {
      engine.kill();
      throw e;
    }
    Stopped slowestStop = stops.stream().max(Comparator.comparing(Stopped::took)).orElseThrow();
    return new Restarts(
        engine,
        2 * settings.recoveryStarts(),
        slowestStop,
        median(afterStop),
        median(afterKill),
        median(empty));
  }

  private static Duration median(List<Duration> durations) {
    List<Duration> sorted = durations.stream().sorted().toList();
    return sorted.get((sorted.size() - 1) / 2);
  }

  /** One journey of the process deployed before the restart; fails when the engine lost it. */
  private static void probe(EngineJvm engine) throws InterruptedException {
    try (CamundaClient client = engine.newClient();
        OrderReviewProcess process = OrderReviewProcess.attach(client)) {
      process.runOne();
    } catch (ExecutionException e) {
      throw new IllegalStateException("After the restart no journey completed: " + e.getCause(), e);
    }
  }

  private Table table(PerProfile<History> histories) {
    Table table =
        Table.of(
            "History growth: completed journeys",
            "Order-review journeys (see the journey steps table) completed on one engine JVM, "
                + settings.growthConcurrency()
                + " in flight; at each checkpoint the engine's heap after full GCs (jcmd GC.run, jstat), its live objects (the class histogram's bytes "
                + "less the arrays the collector fills dead space with, which a full collection may leave: the serial collector "
                + "keeps up to 5 % of the old generation as dead wood), the bytes in its data dir, "
                + "and its start on that data dir after SIGTERM and after SIGKILL, until /actuator/health/readiness is UP, less an empty "
                + "engine's start measured in turn (its own column); the median of "
                + settings.recoveryStarts()
                + " start(s) each. "
                + "Each cell: "
                + histories.titles()
                + " JVM options.",
            "completed journeys",
            "journeys/s while growing",
            "heap after GC (MiB)",
            "live objects (MiB)",
            "data dir (MiB)",
            "SIGTERM: stopped in (s)",
            "recovery after SIGTERM (s)",
            "recovery after SIGKILL (s)",
            "empty engine's start (s)");
    for (int checkpoint : settings.growthCheckpoints()) {
      Function<Function<Checkpoint, String>, String> cell =
          figure ->
              histories.joined(history -> history.at(checkpoint).map(figure).orElse("not reached"));
      table.row(
          String.format(Locale.ROOT, "%,d", checkpoint),
          cell.apply(at -> Figures.rate(at.journeysPerSecond())),
          cell.apply(at -> Figures.mib(at.heapBytes())),
          cell.apply(at -> Figures.mib(at.classes().liveBytes())),
          cell.apply(at -> Figures.mib(at.dataBytes())),
          cell.apply(
              at ->
                  seconds(at.restarts().slowestStop().took())
                      + (at.restarts().slowestStop().gracefully() ? "" : " (killed)")),
          cell.apply(at -> seconds(at.restarts().recoveryAfterStop())),
          cell.apply(at -> seconds(at.restarts().recoveryAfterKill())),
          cell.apply(at -> seconds(at.restarts().emptyStart())));
    }
    for (JvmProfile profile : histories.profiles()) {
      histories
          .result(profile)
          .ifPresent(
              history -> {
                table.note("With the " + profile.title() + " JVM options: " + history.verdict());
                history
                    .classesGrown()
                    .ifPresent(
                        grown ->
                            table.note("With the " + profile.title() + " JVM options, " + grown));
              });
    }
    return histories
        .noteFailures(table)
        .note(
            String.format(
                Locale.ROOT,
                "Aims: the heap at the last checkpoint at most %.1f x the first's; recovery at most %d s at every checkpoint. "
                    + "A checkpoint not reached misses both. Stops when no journey completed for %d s, or after %d min.",
                HEAP_AIM,
                RECOVERY_AIM.toSeconds(),
                settings.growthStall().toSeconds(),
                settings.growthDeadline().toMinutes()));
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.2f", duration.toNanos() / 1e9);
  }

  /**
   * One engine's checkpoints, in order, the failure that ended it early (if one did), and the other
   * load meanwhile.
   */
  private record History(List<Checkpoint> reached, Optional<String> failure, String otherLoad) {

    /** The history so far, with the failure that ended it (null: none), ending now. */
    static History of(List<Checkpoint> reached, String failure, CpuNoise since) {
      return new History(
          List.copyOf(reached),
          Optional.ofNullable(failure),
          CpuNoise.sample().otherLoadSince(since));
    }

    Optional<Checkpoint> at(int journeys) {
      return reached.stream().filter(checkpoint -> checkpoint.journeys() == journeys).findFirst();
    }

    /**
     * The classes whose live bytes grew most from the first checkpoint to the last (jcmd
     * GC.class_histogram), when two were reached.
     */
    Optional<String> classesGrown() {
      if (reached.size() < 2) {
        return Optional.empty();
      }
      Checkpoint first = reached.getFirst();
      Checkpoint last = reached.getLast();
      return Optional.of(
          String.format(
              Locale.ROOT,
              "the classes whose live bytes grew most from %,d to %,d journeys (instances then → now): %s.",
              first.journeys(),
              last.journeys(),
              last.classes().grownSince(first.classes(), GROWN_CLASSES)));
    }

    /** Whether the aims were met, plainly. */
    String verdict() {
      String noise = " Other processes used " + otherLoad + " of the machine's CPU meanwhile.";
      if (failure.isPresent() || reached.isEmpty()) {
        return "heap **missed**, recovery **missed**: the engine "
            + failure.orElse("reached no checkpoint")
            + "."
            + noise;
      }
      Checkpoint first = reached.getFirst();
      Checkpoint last = reached.getLast();
      double heapRatio = (double) last.heapBytes() / first.heapBytes();
      double liveRatio = (double) last.classes().liveBytes() / first.classes().liveBytes();
      Checkpoint slowest =
          reached.stream()
              .max(Comparator.comparing(checkpoint -> checkpoint.restarts().slowestRecovery()))
              .orElseThrow();
      return String.format(
              Locale.ROOT,
              "heap %s MiB at %,d journeys, %s MiB at %,d: %.2f x, **%s** (live objects %.2f x); slowest recovery %s s (at %,d journeys), **%s**.",
              Figures.mib(first.heapBytes()),
              first.journeys(),
              Figures.mib(last.heapBytes()),
              last.journeys(),
              heapRatio,
              heapRatio <= HEAP_AIM ? "met" : "missed",
              liveRatio,
              seconds(slowest.restarts().slowestRecovery()),
              slowest.journeys(),
              slowest.restarts().slowestRecovery().compareTo(RECOVERY_AIM) <= 0 ? "met" : "missed")
          + noise;
    }
  }

  /**
   * The figures at one checkpoint: the journeys completed by then, their rate since the last one,
   * heap, data dir and restarts.
   */
  private record Checkpoint(
      int journeys,
      double journeysPerSecond,
      long heapBytes,
      ClassHistogram classes,
      long dataBytes,
      Restarts restarts) {}

  /**
   * The restarts at one checkpoint: the engine running after them, the journeys they ran, the
   * slowest SIGTERM stop, and the medians of the starts on the data dir and of an empty engine's.
   */
  private record Restarts(
      EngineJvm engine,
      int probes,
      Stopped slowestStop,
      Duration readyAfterStop,
      Duration readyAfterKill,
      Duration emptyStart) {

    Duration recoveryAfterStop() {
      return readyAfterStop.minus(emptyStart);
    }

    Duration recoveryAfterKill() {
      return readyAfterKill.minus(emptyStart);
    }

    Duration slowestRecovery() {
      return recoveryAfterStop().compareTo(recoveryAfterKill()) >= 0
          ? recoveryAfterStop()
          : recoveryAfterKill();
    }
  }
}

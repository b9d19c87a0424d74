package io.baton.bench;

import io.baton.local.SuiteLayout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Start-up time and resident memory of each component and of the whole local suite, started as
 * {@code ./baton run} starts it: all six JVMs at once on the machine's cores, with their
 * class-data-sharing archives. When the archives are missing, an untimed first start records them
 * (its time is reported too: that is what a user's very first start costs). A component's start-up
 * is Spring Boot's "process running for" (JVM launch to application ready, all six competing for
 * the cores); the suite's is from {@code LocalSuite.start} until every component answered ready,
 * including the deployment of the processes. Resident memory (RSS) is read after the start and
 * again after the load benchmarks ran on the suite.
 */
final class StartupBenchmark {

  private final SuiteUnderTest suite;
  private final Optional<Duration> firstStart;
  private final Map<String, Optional<Double>> readySeconds = new LinkedHashMap<>();
  private final Map<String, Long> residentAfterStart;
  private final long totalAfterStart;
  private final String otherLoad;

  private StartupBenchmark(SuiteUnderTest suite, Optional<Duration> firstStart, String otherLoad) {
    this.suite = suite;
    this.firstStart = firstStart;
    this.otherLoad = otherLoad;
    SuiteUnderTest.COMPONENTS.forEach(
        component -> readySeconds.put(component, suite.reportedStartSeconds(component)));
    this.residentAfterStart = suite.residentMegabytes();
    this.totalAfterStart = suite.totalResidentMegabytes();
  }

  /** Starts the suite (after a first start that records the archives, when they are missing). */
  static StartupBenchmark start(Path projectRoot, Path workDir) throws InterruptedException {
    JvmProfile local = JvmProfile.localSuite();
    Optional<Duration> firstStart = Optional.empty();
    if (!SuiteUnderTest.sharedArchivesPresent(workDir, local)) {
      try (SuiteUnderTest first =
          SuiteUnderTest.start(projectRoot, workDir, "first-start-data", local)) {
        firstStart = Optional.of(first.startup());
      }
    }
    CpuNoise before = CpuNoise.sample();
    SuiteUnderTest suite = SuiteUnderTest.start(projectRoot, workDir, "suite-data", local);
    return new StartupBenchmark(suite, firstStart, CpuNoise.sample().otherLoadSince(before));
  }

  SuiteUnderTest suite() {
    return suite;
  }

  /** The figures, with the resident memory read now (after the load benchmarks) next to them. */
  Table table() {
    Map<String, Long> residentNow = suite.residentMegabytes();
    Table table =
        Table.of(
            "Start-up and resident memory",
            "Each component's JVM from launch to ready as Spring Boot logs it (all six start at once), "
                + "and resident memory (RSS) right after the start and after the load benchmarks below.",
            "component",
            "start to ready (s)",
            "RSS after start (MiB)",
            "RSS after load (MiB)");
    for (String component : SuiteUnderTest.COMPONENTS) {
      table.row(
          component,
          readySeconds
              .get(component)
              .map(seconds -> String.format(Locale.ROOT, "%.1f", seconds))
              .orElse("-"),
          residentAfterStart.get(component),
          residentNow.get(component));
    }
    table.row(
        SuiteUnderTest.BENCH_JVM,
        "-",
        residentAfterStart.get(SuiteUnderTest.BENCH_JVM),
        residentNow.get(SuiteUnderTest.BENCH_JVM));
    table.row(
        "**whole local suite**",
        String.format(Locale.ROOT, "**%.1f**", seconds(suite.startup())),
        "**" + totalAfterStart + "**",
        "**" + suite.totalResidentMegabytes() + "**");
    table.note(
        "Suite start-up: from LocalSuite.start until every component answered ready, processes deployed"
            + firstStart
                .map(
                    first ->
                        String.format(
                            Locale.ROOT,
                            "; the very first start, which records the class-data-sharing archives, took %.1f s",
                            seconds(first)))
                .orElse("; the class-data-sharing archives were already there"));
    table.note(
        "JVM options of every component: " + String.join(" ", SuiteLayout.DEFAULT_JVM_OPTIONS));
    table.note(
        "Other processes used " + otherLoad + " of the machine's CPU during the measured start.");
    return table;
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}

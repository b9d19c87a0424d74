package io.baton.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./baton bench}: runs every benchmark once and writes the results, with the machine they
 * ran on, the commit and the JVM options, to {@code bench/results/}. First the local suite
 * (start-up, journey throughput against the baseline process, memory after the load); then
 * journeys/s on a fresh suite with one and with two instances of every service; then the gateway's
 * share on a suite per JVM profile; then the engine as a JVM of its own per profile: journey steps
 * with job push, searches at scale, and its history growing; then the health recompute and the
 * revenue answers in this JVM; then the revenue answers over HTTP, from retention-service seeded
 * with 100,000 customers and 1,000,000 signals, on a local suite per profile; last the JMH
 * benchmark. {@code -Dbench.quick=true} runs a shorter smoke version, {@code -Dbench.only=...} some
 * of them, and every size is a setting of its own ({@link BenchSettings}).
 */
public final class BatonBench {

  private BatonBench() {}

  public static void main(String[] args) throws Exception {
    Path projectRoot = Path.of("").toAbsolutePath();
    if (!Files.isDirectory(projectRoot.resolve("bench"))
        || !Files.isRegularFile(projectRoot.resolve("pom.xml"))) {
      throw new IllegalStateException(
          "Run the benchmarks from the repository root (./baton bench), not " + projectRoot);
    }
    Path workDir = projectRoot.resolve("bench/target/bench-work");
    BenchSettings settings = BenchSettings.fromSystemProperties();
    List<JvmProfile> profiles = JvmProfile.of(settings.profiles(), projectRoot);
    EnginesUnderTest engines =
        new EnginesUnderTest(projectRoot.resolve(settings.engineJar()), workDir, profiles);
    Report report = new Report(Machine.current(), GitRevision.of(projectRoot), settings, engines);

    if (settings.runs("suite")) {
      StartupBenchmark startup = StartupBenchmark.start(projectRoot, workDir);
      try (SuiteUnderTest suite = startup.suite()) {
        report.measure(
            "Journey throughput", () -> new JourneyThroughputBenchmark(suite, settings).run());
        report.measure("Start-up and memory", () -> List.of(startup.table()));
      }
    }
    report.measure(
        "replicas",
        "Journeys with more instances",
        () -> new ReplicaScalingBenchmark(settings, projectRoot, workDir).run());
    report.measure(
        "gateway",
        "Gateway share",
        () -> new GatewayOverheadBenchmark(settings, projectRoot, workDir, profiles).run());
    report.measure(
        "steps", "Journey steps", () -> new JourneyStepsBenchmark(settings, engines).run());
    report.measure(
        "scale", "Engine scale", () -> new EngineScaleBenchmark(settings, engines).run());
    report.measure(
        "growth", "History growth", () -> new HistoryGrowthBenchmark(settings, engines).run());
    report.measure(
        "health", "Health recompute", () -> new HealthRecomputeBenchmark(settings).run());
    report.measure("revenue", "Revenue answers", () -> new RevenueBenchmark(settings).run());
    report.measure(
        "revenue-http",
        "Revenue answers over HTTP",
        () -> new RevenueHttpBenchmark(settings, projectRoot, workDir, profiles).run());
    report.measure("jmh", "JMH", () -> new JmhRunner(settings).run());

    Path written = report.write(projectRoot.resolve("bench/results"));
    System.out.println("[bench] results written to " + projectRoot.relativize(written));
  }
}

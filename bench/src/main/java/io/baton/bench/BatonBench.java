package io.baton.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./baton bench}: runs every benchmark once and writes the results, with the machine they
 * ran on, to {@code bench/results/}. First the local suite (start-up, gateway overhead, journey
 * throughput against the baseline process, memory after the load), then, with the suite stopped,
 * the engine at scale, the health recompute and the JMH benchmark. {@code -Dbench.quick=true} runs
 * a shorter smoke version.
 */
public final class BatonBench {

  private BatonBench() {}

  public static void main(String[] args) throws Exception {
    Path projectRoot = Path.of("").toAbsolutePath();
    if (!Files.isDirectory(projectRoot.resolve("bench")) || !Files.isRegularFile(projectRoot.resolve("pom.xml"))) {
      throw new IllegalStateException("Run the benchmarks from the repository root (./baton bench), not " + projectRoot);
    }
    Path workDir = projectRoot.resolve("bench/target/bench-work");
    BenchSettings settings = BenchSettings.fromSystemProperties();
    Report report = new Report(Machine.current(), GitRevision.of(projectRoot), settings);

    StartupBenchmark startup = StartupBenchmark.start(projectRoot, workDir);
    try (SuiteUnderTest suite = startup.suite()) {
      report.measure("Gateway overhead", () -> List.of(new GatewayOverheadBenchmark(suite, settings).run()));
      report.measure("Journey throughput", () -> new JourneyThroughputBenchmark(suite, settings).run());
      report.measure("Start-up and memory", () -> List.of(startup.table()));
    }
    report.measure("Engine scale", () -> List.of(new EngineScaleBenchmark(settings, workDir).run()));
    report.measure("Health recompute", () -> List.of(new HealthRecomputeBenchmark(settings).run()));
    report.measure("JMH", () -> List.of(new JmhRunner(settings).run()));

    Path written = report.write(projectRoot.resolve("bench/results"));
    System.out.println("[bench] results written to " + projectRoot.relativize(written));
  }
}

package io.baton.bench;

import java.time.Duration;
import java.util.List;

/**
 * The parameters of a run. The full run takes about a quarter of an hour on two cores; {@code
 * -Dbench.quick=true} runs every benchmark with shorter windows and smaller sizes (about 3 to 4
 * minutes) as a smoke test whose figures are noisier.
 *
 * @param httpConcurrency requests in flight in the gateway benchmark
 * @param gatewayRounds how many times direct and gateway alternate (noise hits both alike)
 * @param journeyConcurrency journeys in flight (each a sales owner and account manager working one deal)
 * @param baselineConcurrency instances of the one-service-task process in flight
 * @param baselineWarmUp the baseline's warm-up (short: the engine keeps every record in memory)
 * @param baselineWindow the baseline's measured window
 * @param pollInterval how soon a journey looks for its next task or its onboarding (then it backs off)
 * @param scaleLevels how many handoffs wait at the brief task at each measurement of the engine
 * @param scaleProbes task API calls timed at each level
 * @param customerCounts the numbers of customers whose health is recomputed
 * @param signalsPerCustomer signals each synthetic customer has within the lookback
 * @param recomputeWarmUp untimed recomputes of all customers for at least this long, first
 * @param recomputeMeasure timed recomputes of all customers for at least this long (at least three)
 * @param jmhIterations warm-up and measurement iterations of the JMH benchmark
 * @param jmhIteration length of one JMH iteration
 */
record BenchSettings(
    boolean quick,
    int httpConcurrency,
    int gatewayRounds,
    Duration httpWarmUp,
    Duration httpWindow,
    int journeyConcurrency,
    int baselineConcurrency,
    Duration baselineWarmUp,
    Duration baselineWindow,
    Duration journeyWarmUp,
    Duration journeyWindow,
    Duration pollInterval,
    List<Integer> scaleLevels,
    int scaleProbes,
    List<Integer> customerCounts,
    int signalsPerCustomer,
    Duration recomputeWarmUp,
    Duration recomputeMeasure,
    int jmhIterations,
    Duration jmhIteration) {

  static BenchSettings fromSystemProperties() {
    return Boolean.getBoolean("bench.quick") ? quickRun() : fullRun();
  }

  static BenchSettings fullRun() {
    return new BenchSettings(
        false,
        16,
        2,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        8,
        8,
        Duration.ofSeconds(2),
        Duration.ofSeconds(6),
        Duration.ofSeconds(10),
        Duration.ofSeconds(45),
        Duration.ofMillis(50),
        List.of(0, 1_000, 5_000, 10_000),
        100,
        List.of(10_000, 100_000),
        12,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        5,
        Duration.ofSeconds(1));
  }

  static BenchSettings quickRun() {
    return new BenchSettings(
        true,
        16,
        1,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        8,
        8,
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(20),
        Duration.ofMillis(50),
        List.of(0, 500, 2_000),
        50,
        List.of(10_000, 100_000),
        12,
        Duration.ofSeconds(2),
        Duration.ofSeconds(3),
        3,
        Duration.ofMillis(500));
  }
}

package io.baton.bench;

import io.baton.bench.ClosedLoopLoad.LoadResult;
import io.camunda.client.CamundaClient;
import java.util.Locale;

/**
 * The engine's journeys with job push, per JVM profile: {@link OrderReviewProcess} journeys in a
 * closed loop on a fresh engine, each automated step's latency (from the driver's action to the job
 * the engine pushes next, or to the instance's result), the driver's API calls, and journeys per
 * second against the {@link BaselineProcess} (one service task) measured the same way on another
 * fresh engine just before. Both with the same number in flight, warm-up and window; the driver
 * (this JVM) shares the machine's cores with the engine.
 */
final class JourneyStepsBenchmark {

  private final BenchSettings settings;
  private final EnginesUnderTest engines;

  JourneyStepsBenchmark(BenchSettings settings, EnginesUnderTest engines) {
    this.settings = settings;
    this.engines = engines;
  }

  Table run() throws InterruptedException {
    return table(
        engines.measure("Journey steps", profile -> measure(engines.launcher(profile, "steps"))));
  }

  private Steps measure(EngineJvm.Launcher launcher) throws Exception {
    LoadResult<Void> baseline;
    try (EngineJvm engine = launcher.startEmpty("baseline");
        CamundaClient client = engine.newClient();
        BaselineProcess process = BaselineProcess.deploy(client)) {
      baseline = load(worker -> process::runOne);
    }
    CpuNoise before = CpuNoise.sample();
    try (EngineJvm engine = launcher.startEmpty("journeys");
        CamundaClient client = engine.newClient();
        OrderReviewProcess process = OrderReviewProcess.deploy(client)) {
      LoadResult<OrderReviewProcess.Timings> journeys = load(worker -> process::runOne);
      return new Steps(baseline, journeys, CpuNoise.sample().otherLoadSince(before));
    }
  }

  private <T> LoadResult<T> load(ClosedLoopLoad.Workers<T> workers) throws Exception {
    return ClosedLoopLoad.run(
        settings.stepsConcurrency(), settings.stepsWarmUp(), settings.stepsWindow(), workers);
  }

  private Table table(PerProfile<Steps> steps) {
    Table table =
        Table.of(
            "Journey steps with job push",
            "The order-review journey (service task, user task with a creating listener, two service tasks; workers take every job "
                + "by job push and complete it at once, the driver completes the user task over REST as soon as the listener assigned it, "
                + "and learns of each step from the engine, never by polling) in a closed loop on a fresh engine JVM. Each step from the "
                + "driver's action to what the engine does next; p50 / p99 in ms.",
            prepend("step", "what runs", steps.columns()));
    for (OrderReviewProcess.Step step : OrderReviewProcess.Step.values()) {
      table.row(
          steps.row(
              result -> result.step(step),
              step.automated ? step.label : "*" + step.label + "*",
              step.work));
    }
    table.row(
        steps.row(
            result -> latency(result.journeys().latency()),
            "whole journey",
            "from the create command to its result"));
    table.row(
        steps.row(
            result -> Figures.rate(result.journeys().perSecond()),
            "**journeys/s**",
            settings.stepsConcurrency() + " in flight"));
    table.row(
        steps.row(
            result -> Figures.rate(result.baseline().perSecond()),
            "baseline instances/s",
            "one service task, created with a result, on another fresh engine"));
    table.row(
        steps.row(
            Steps::ratio,
            "**journeys/s as a share of the baseline**",
            "what one journey's work costs the engine"));
    table.row(steps.row(Steps::errors, "errors", "journeys / baseline instances that failed"));
    table.row(steps.row(Steps::otherLoad, "other processes' CPU", "during the journeys"));
    return steps
        .noteFailures(table)
        .note(
            String.format(
                Locale.ROOT,
                "Baseline and journeys: %d in flight, %d s warm-up, %d s measured each. Steps in italics are the driver's API calls, "
                    + "the others automated steps. Timed in the driver (one clock), so each includes the gRPC or REST hop to it.",
                settings.stepsConcurrency(),
                settings.stepsWarmUp().toSeconds(),
                settings.stepsWindow().toSeconds()));
  }

  private static String[] prepend(String first, String second, String[] rest) {
    String[] all = new String[rest.length + 2];
    all[0] = first;
    all[1] = second;
    System.arraycopy(rest, 0, all, 2, rest.length);
    return all;
  }

  private static String latency(Percentiles percentiles) {
    return percentiles.p50() + " / " + percentiles.p99();
  }

  /** One profile's baseline and journeys. */
  private record Steps(
      LoadResult<Void> baseline,
      LoadResult<OrderReviewProcess.Timings> journeys,
      String otherLoad) {

    String step(OrderReviewProcess.Step step) {
      LatencyRecorder recorder = new LatencyRecorder();
      journeys.samples().forEach(sample -> recorder.record(sample.nanos().get(step)));
      return latency(recorder.percentiles());
    }

    String ratio() {
      return baseline.completed() == 0 || journeys.completed() == 0
          ? "-"
          : String.format(
              Locale.ROOT,
              "%.1f %% (one journey = %.1f baseline instances)",
              100 * journeys.perSecond() / baseline.perSecond(),
              baseline.perSecond() / journeys.perSecond());
    }

    String errors() {
      return journeys.errorSummary() + " / " + baseline.errorSummary();
    }
  }
}

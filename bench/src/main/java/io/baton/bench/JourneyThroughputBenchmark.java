package io.baton.bench;

import io.baton.bench.ClosedLoopLoad.LoadResult;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * End-to-end journey throughput on the local runtime: deals won, handoffs briefed and accepted
 * through the user-task API, onboardings started, per second ({@link HandoffJourney}), with the
 * latency of each automated step in between. Reported against a {@link BaselineProcess} (one
 * service task) measured on the same engine in the same run just before: the ratio says how much of
 * the engine's capacity one journey's work (two processes' jobs, the onboarding's checkpoint tasks
 * and timers, two completing listeners, messages, service calls, MongoDB writes) costs. How full
 * the engine's heap is afterwards is reported with the figures.
 */
final class JourneyThroughputBenchmark {

  private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(5);

  private final SuiteUnderTest suite;
  private final BenchSettings settings;

  JourneyThroughputBenchmark(SuiteUnderTest suite, BenchSettings settings) {
    this.suite = suite;
    this.settings = settings;
  }

  List<Table> run() throws Exception {
    try (CamundaClient client = suite.newEngineClient()) {
      Measured<Void> baseline = measureBaseline(client);
      Duration catchUp = awaitTaskReadModel(client);
      String leadId = HandoffJourney.registerLead(suite.http("bench"));
      CpuNoise before = CpuNoise.sample();
      LoadResult<JourneySample> journeys =
          HandoffJourney.load(
              suite,
              client,
              leadId,
              "journeys",
              List.of(suite.gateway()),
              settings.journeyConcurrency(),
              settings.journeyWarmUp(),
              settings.journeyWindow(),
              settings.pollInterval());
      Measured<JourneySample> measuredJourneys =
          new Measured<>(journeys, CpuNoise.sample().otherLoadSince(before));
      String engineHeap = suite.process("embedded-engine").map(EngineHeap::of).orElse("unknown");
      return List.of(
          throughput(measuredJourneys, baseline, catchUp, engineHeap), steps(journeys.samples()));
    }
  }

  private Measured<Void> measureBaseline(CamundaClient client) throws Exception {
    CpuNoise before = CpuNoise.sample();
    try (BaselineProcess process = BaselineProcess.deploy(client)) {
      LoadResult<Void> result =
          ClosedLoopLoad.run(
              settings.baselineConcurrency(),
              settings.baselineWarmUp(),
              settings.baselineWindow(),
              worker -> process::runOne);
      return new Measured<>(result, CpuNoise.sample().otherLoadSince(before));
    }
  }

  /**
   * The engine's user-task read model catches up with the log on its next query; after the
   * baseline's thousands of instances that takes a while, and it should not fall on the journeys.
   */
  private static Duration awaitTaskReadModel(CamundaClient client) {
    long started = System.nanoTime();
    client
        .newUserTaskSearchRequest()
        .page(page -> page.limit(1))
        .requestTimeout(CATCH_UP_TIMEOUT)
        .send()
        .join();
    return Duration.ofNanos(System.nanoTime() - started);
  }

  private Table throughput(
      Measured<JourneySample> journeys,
      Measured<Void> baselineMeasured,
      Duration catchUp,
      String engineHeap) {
    Table table =
        Table.of(
            "End-to-end journey throughput",
            "Closed loop: each agent wins a deal through the gateway, completes the brief and accepts the handoff through the "
                + "Camunda user-task API, and waits for the onboarding to start, then takes the next deal. The baseline is a "
                + "process of one service task, started with a result, on the same engine in the same run, just before the journeys.",
            "workload",
            "in flight",
            "completed/s",
            "p50 (ms)",
            "p99 (ms)",
            "completed",
            "errors",
            "other CPU load");
    row(table, "baseline: one-service-task process", baselineMeasured);
    row(table, "**handoff journey: deal won -> onboarding started**", journeys);
    LoadResult<JourneySample> journey = journeys.result();
    LoadResult<Void> baseline = baselineMeasured.result();
    if (journey.completed() > 0 && baseline.completed() > 0) {
      double ratio = journey.perSecond() / baseline.perSecond();
      table.note(
          String.format(
              Locale.ROOT,
              "**Journeys per second = %.1f %% of the baseline's instances per second**: one journey costs as much as %.0f baseline instances.",
              100 * ratio,
              1 / ratio));
    }
    return table
        .note(
            String.format(
                Locale.ROOT,
                "The baseline: %d s warm-up, %d s measured; then the user-task read model took %.1f s to catch up with the log "
                    + "(it does so on its next query). The journeys: %d s warm-up, %d s measured, polling for the next task after %d ms, "
                    + "then backing off up to 8 times that.",
                settings.baselineWarmUp().toSeconds(),
                settings.baselineWindow().toSeconds(),
                catchUp.toMillis() / 1000.0,
                settings.journeyWarmUp().toSeconds(),
                settings.journeyWindow().toSeconds(),
                settings.pollInterval().toMillis()))
        .note(
            "The engine JVM (-Xmx384m) after the journeys: "
                + engineHeap
                + ". What it keeps on the heap is what is live: finished instances and tasks go to its archive on disk.");
  }

  private static void row(Table table, String workload, Measured<?> measured) {
    LoadResult<?> result = measured.result();
    table.row(
        workload,
        result.concurrency(),
        Figures.rate(result.perSecond()),
        result.latency().p50(),
        result.latency().p99(),
        result.completed(),
        result.errorSummary(),
        measured.otherLoad());
  }

  private Table steps(List<JourneySample> samples) {
    Table table =
        Table.of(
            "Automated steps of the journey",
            "From the driver's action to the next task's creation (engine timestamp) or the onboarding's start "
                + "(onboarding-service's timestamp), over the journeys completed in the measured window; and the driver's "
                + "calls to the user-task API.",
            "step",
            "what runs",
            "p50 (ms)",
            "p99 (ms)",
            "samples");
    step(
        table,
        samples,
        "deal won -> brief task created",
        "POST /api/handoffs via gateway, outbox publishes deal-won, handoff.open-handoff, handoff.assemble-context (GET lead-service)",
        JourneySample::wonToBriefTask);
    step(
        table,
        samples,
        "brief submitted -> acceptance task created",
        "completing listener handoff.validate-brief, handoff.record-brief",
        JourneySample::briefToAcceptTask);
    step(
        table,
        samples,
        "acceptance submitted -> onboarding started",
        "completing listener handoff.validate-decision, handoff.record-acceptance, onboarding.start-onboarding",
        JourneySample::acceptToOnboarding);
    step(
        table,
        samples,
        "API: complete brief",
        "POST /v2/user-tasks/{key}/completion, returns after the listener",
        JourneySample::completeBriefCall);
    step(
        table,
        samples,
        "API: assign acceptance",
        "POST /v2/user-tasks/{key}/assignment",
        JourneySample::assignAcceptCall);
    step(
        table,
        samples,
        "API: complete acceptance",
        "POST /v2/user-tasks/{key}/completion, returns after the listener",
        JourneySample::completeAcceptCall);
    LatencyRecorder searches = new LatencyRecorder();
    samples.forEach(
        sample -> sample.taskSearchCalls().forEach(call -> searches.record(call.toNanos())));
    Percentiles search = searches.percentiles();
    return table.row(
        "API: task search",
        "POST /v2/user-tasks/search (the driver's polling)",
        search.p50(),
        search.p99(),
        search.count());
  }

  private static void step(
      Table table,
      List<JourneySample> samples,
      String step,
      String what,
      Function<JourneySample, Duration> timing) {
    LatencyRecorder recorder = new LatencyRecorder();
    samples.forEach(sample -> recorder.record(timing.apply(sample).toNanos()));
    Percentiles percentiles = recorder.percentiles();
    table.row(step, what, percentiles.p50(), percentiles.p99(), percentiles.count());
  }

  /** A load's result with the share of the CPU other processes used meanwhile. */
  private record Measured<T>(LoadResult<T> result, String otherLoad) {}
}

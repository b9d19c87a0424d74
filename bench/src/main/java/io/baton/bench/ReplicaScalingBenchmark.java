package io.baton.bench;

import io.baton.bench.ClosedLoopLoad.LoadResult;
import io.baton.local.LocalSuite;
import io.camunda.client.CamundaClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Journeys per second with one and with two instances of every service and of the gateway, on one
 * engine and one MongoDB, as the Helm chart runs more replicas of each: the closed loop of handoff
 * journeys ({@link HandoffJourney}) runs on the local suite as {@code ./baton run} starts it, then
 * again after {@link LocalSuite#startSecondInstances}, the agents taking turns between the two
 * gateways while the job workers of both instances take the jobs, and once more with the second
 * instances stopped. Beside the throughput it records the processor time each component spent per
 * journey completed, which is what sizing for more load multiplies (docs/performance.md, "Sizing").
 */
final class ReplicaScalingBenchmark {

  private static final List<String> COMPONENTS =
      List.of(
          "embedded-engine",
          "identity",
          "gateway",
          "lead-service",
          "handoff-service",
          "onboarding-service",
          "retention-service",
          LocalSuite.THIS_JVM);

  private final BenchSettings settings;
  private final Path projectRoot;
  private final Path workDir;

  ReplicaScalingBenchmark(BenchSettings settings, Path projectRoot, Path workDir) {
    this.settings = settings;
    this.projectRoot = projectRoot;
    this.workDir = workDir;
  }

  List<Table> run() throws Exception {
    try (SuiteUnderTest suite =
            SuiteUnderTest.start(projectRoot, workDir, "replicas", JvmProfile.localSuite());
        CamundaClient client = suite.newEngineClient()) {
      String leadId = HandoffJourney.registerLead(suite.http("bench"));
      Measured one = measure(suite, client, leadId, "one", "1", List.of(suite.gateway()));
      URI secondGateway = suite.startSecondInstances();
      Measured two =
          measure(suite, client, leadId, "two", "2", List.of(suite.gateway(), secondGateway));
      suite.stopSecondInstances();
      Measured again =
          measure(
              suite,
              client,
              leadId,
              "again",
              "1 (second instances stopped)",
              List.of(suite.gateway()));
      return List.of(throughput(one, two, again), processorTime(one, two, again));
    }
  }

  /**
   * One closed load of journeys, agent i through gateway i modulo their number; the components'
   * processor time is read when the measured window opens and when it closes.
   */
  private Measured measure(
      SuiteUnderTest suite,
      CamundaClient client,
      String leadId,
      String run,
      String instances,
      List<URI> gateways)
      throws Exception {
    AtomicReference<Map<String, Duration>> atStart = new AtomicReference<>();
    AtomicReference<Map<String, Duration>> atEnd = new AtomicReference<>();
    Thread sampler =
        Thread.ofVirtual()
            .name("cpu-sampler")
            .start(
                () -> {
                  try {
                    Thread.sleep(settings.replicasWarmUp());
                    atStart.set(suite.cpuTimes());
                    Thread.sleep(settings.journeyWindow());
                    atEnd.set(suite.cpuTimes());
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
    CpuNoise before = CpuNoise.sample();
    LoadResult<JourneySample> result =
        HandoffJourney.load(
            suite,
            client,
            leadId,
            run,
            gateways,
            settings.replicasConcurrency(),
            settings.replicasWarmUp(),
            settings.journeyWindow(),
            settings.pollInterval());
    String otherLoad = CpuNoise.sample().otherLoadSince(before);
    sampler.join();
    return new Measured(
        instances,
        result,
        otherLoad,
        spentPerComponent(atStart.get(), atEnd.get()),
        suite.totalResidentMegabytes());
  }

  /** Processor time spent in the window by component, its instances added up. */
  private static Map<String, InstancesSpent> spentPerComponent(
      Map<String, Duration> start, Map<String, Duration> end) {
    Map<String, InstancesSpent> spent = new LinkedHashMap<>();
    for (String component : COMPONENTS) {
      Duration first = spentBy(component, start, end);
      Duration second = spentBy(LocalSuite.SecondInstances.name(component), start, end);
      spent.put(component, new InstancesSpent(first, second));
    }
    return spent;
  }

  private static Duration spentBy(
      String instance, Map<String, Duration> start, Map<String, Duration> end) {
    Duration before = start.get(instance);
    Duration after = end.get(instance);
    return before == null || after == null ? Duration.ZERO : after.minus(before);
  }

  private Table throughput(Measured one, Measured two, Measured again) {
    Table table =
        Table.of(
            "Journeys with one and two instances of each service",
            "Closed loop of handoff journeys (deal won through the gateway, brief and acceptance through the Camunda "
                + "user-task API, onboarding started), first with one instance of every service and one gateway, then after "
                + "a second instance of every service and a second gateway routing to them started, the agents taking turns "
                + "between the gateways, then with the second instances stopped again (each run after a warm-up long enough "
                + "for the instances just started to compile what the journeys run; the two runs of one instance show the noise). One engine and one MongoDB throughout. Processor time is every process's (the "
                + "components and this JVM, which holds the embedded MongoDB and the load driver) over the measured window, "
                + "divided by the journeys completed in it.",
            "instances of each service",
            "in flight",
            "journeys/s",
            "p50 (ms)",
            "p99 (ms)",
            "completed",
            "errors",
            "processor time per journey (ms)",
            "suite resident memory (MiB)",
            "other CPU load");
    row(table, one);
    row(table, two);
    row(table, again);
    return table
        .note(
            String.format(
                Locale.ROOT,
                "%d s warm-up, %d s measured per run, polling for the next task after %d ms, then backing off up to 8 "
                    + "times that.",
                settings.replicasWarmUp().toSeconds(),
                settings.journeyWindow().toSeconds(),
                settings.pollInterval().toMillis()))
        .note(
            "Every process shares the machine's processors: a second instance adds no processor, so journeys/s cannot "
                + "rise here. What the second run shows is that the work divides over the instances at about the same "
                + "processor time per journey; on nodes of their own, throughput grows with the instances until the "
                + "engine or MongoDB is the limit (docs/performance.md, \"Sizing\").");
  }

  private static void row(Table table, Measured measured) {
    LoadResult<JourneySample> result = measured.result();
    table.row(
        measured.instances(),
        result.concurrency(),
        Figures.rate(result.perSecond()),
        result.latency().p50(),
        result.latency().p99(),
        result.completed(),
        result.errorSummary(),
        perJourney(measured.total(), result.completed()),
        measured.residentMegabytes(),
        measured.otherLoad());
  }

  private static Table processorTime(Measured one, Measured two, Measured again) {
    Table table =
        Table.of(
            "Processor time per journey, by component",
            "Each component's processor time over the measured window (Linux's account of the process: all its "
                + "threads, the collector's and the compiler's too) divided by the journeys completed in it; with two "
                + "instances, both together and the second instance's share.",
            "component",
            "one instance (ms per journey)",
            "two instances (ms per journey)",
            "one instance again (ms per journey)",
            "second instance's share");
    for (String component : COMPONENTS) {
      InstancesSpent alone = one.spent().get(component);
      InstancesSpent pair = two.spent().get(component);
      InstancesSpent aloneAgain = again.spent().get(component);
      table.row(
          component.equals(LocalSuite.THIS_JVM)
              ? "this JVM (embedded MongoDB, load driver)"
              : component,
          perJourney(alone.both(), one.result().completed()),
          perJourney(pair.both(), two.result().completed()),
          perJourney(aloneAgain.both(), again.result().completed()),
          pair.second().isZero()
              ? "-"
              : String.format(
                  Locale.ROOT, "%.0f %%", 100.0 * pair.second().toNanos() / pair.both().toNanos()));
    }
    return table.row(
        "**all**",
        perJourney(one.total(), one.result().completed()),
        perJourney(two.total(), two.result().completed()),
        perJourney(again.total(), again.result().completed()),
        "-");
  }

  private static String perJourney(Duration spent, long journeys) {
    return journeys == 0
        ? "-"
        : String.format(Locale.ROOT, "%.0f", spent.toNanos() / 1e6 / journeys);
  }

  /** Processor time a component's first and second instance spent. */
  private record InstancesSpent(Duration first, Duration second) {
    Duration both() {
      return first.plus(second);
    }
  }

  /** One run: its instances, the load, and what the processes spent meanwhile. */
  private record Measured(
      String instances,
      LoadResult<JourneySample> result,
      String otherLoad,
      Map<String, InstancesSpent> spent,
      long residentMegabytes) {

    Duration total() {
      return spent.values().stream()
          .map(InstancesSpent::both)
          .reduce(Duration.ZERO, Duration::plus);
    }
  }
}

package io.baton.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of a run. The full run takes two to three hours on two cores when the engine
 * completes 100,000 journeys (at 30 to 50 a second, about an hour per JVM profile; {@code
 * growthDeadline} stops one after two hours), under an hour when the engine fails on the way, plus
 * about 20 minutes per JVM profile for the revenue answers over HTTP; {@code -Dbench.quick=true}
 * runs every benchmark with shorter windows and smaller sizes (about 20 minutes) as a smoke test
 * whose figures are noisier. Any setting can be given on its own as {@code -Dbench.<name>=<value>}
 * (durations as {@code 90s}, {@code 500ms}, {@code 10m} or ISO-8601, lists comma-separated), so
 * that a long measurement can be sized for the machine and a smoke run kept small; an unknown name
 * fails the run at once rather than being ignored.
 *
 * @param only the benchmarks to run, by name (empty: all): {@code suite} (start-up, memory and
 *     journey throughput of the local suite), {@code replicas} (journeys with one and two instances
 *     of each service), {@code gateway}, {@code steps}, {@code scale}, {@code growth}, {@code
 *     health}, {@code revenue}, {@code revenue-http}, {@code jmh}
 * @param profiles the JVM options the engine and gateway figures are measured with, side by side:
 *     {@code production} (the Helm chart's) and {@code local} (the local suite's)
 * @param engineJar the embedded engine's executable jar, relative to the repository root
 * @param httpConcurrency requests in flight in the gateway benchmark's saturating load
 * @param gatewayRounds how many times direct and gateway alternate (noise hits both alike)
 * @param httpWarmUp untimed requests before each measured window of the gateway benchmark (long
 *     enough for C2 to have compiled what the requests run)
 * @param httpWindow each measured window of the gateway benchmark
 * @param journeyConcurrency journeys in flight (each a sales owner and account manager working one
 *     deal)
 * @param replicasConcurrency journeys in flight when journeys/s is measured with one and with two
 *     instances of each service
 * @param replicasWarmUp untimed journeys for this long before each of those measurements: long
 *     enough for the instances just started to have compiled what the journeys run
 * @param baselineConcurrency instances of the one-service-task process in flight
 * @param baselineWarmUp the baseline's warm-up
 * @param baselineWindow the baseline's measured window
 * @param pollInterval how soon a journey looks for its next task or its onboarding (then it backs
 *     off)
 * @param stepsConcurrency engine benchmark: journeys (and baseline instances) in flight
 * @param stepsWarmUp engine benchmark: untimed journeys (or baseline instances) for this long first
 * @param stepsWindow engine benchmark: the measured window of the journeys and of the baseline
 * @param scaleLevels how many handoffs wait at the brief task at each measurement of the engine
 * @param scaleProbes task API calls timed at each level
 * @param growthCheckpoints completed journeys at which the engine's heap, disk and recovery are
 *     measured
 * @param growthConcurrency journeys in flight while the history grows
 * @param growthStall the growth stops as failed when no journey completed for this long
 * @param growthDeadline the growth stops as failed when one engine has not reached the last
 *     checkpoint after this long
 * @param recoveryStarts starts of each kind (after SIGTERM, after SIGKILL, empty) at each
 *     checkpoint, whose medians count: one start's time varies with what else the machine does
 * @param customerCounts the numbers of customers whose health is recomputed
 * @param signalsPerCustomer signals each synthetic customer has within the lookback
 * @param recomputeWarmUp untimed recomputes of all customers for at least this long, first
 * @param recomputeMeasure timed recomputes of all customers for at least this long (at least three)
 * @param revenueCustomers synthetic customers whose revenue facts the revenue answers group
 * @param revenueWarmUpCalls untimed calls of each revenue answer first
 * @param revenueCalls timed calls of each revenue answer
 * @param revenueHttpCustomers customers seeded into retention-service's database for the revenue
 *     answers over HTTP
 * @param revenueHttpSignals signals seeded with them, spread evenly over the customers
 * @param revenueHttpCallers callers in flight (closed loop) asking for revenue answers over HTTP
 * @param revenueHttpWarmUp untimed calls of each revenue answer over HTTP for this long first, each
 *     way (through the gateway, directly), after all of them in turn for this long per answer
 * @param revenueHttpWindow the measured window of each revenue answer over HTTP, each way
 * @param revenueHttpTrickleEvery how often a signal is posted through the gateway while the answers
 *     are measured under refreshes of the read model (each one costs the embedded MongoDB a scan of
 *     the signals and one of the customers, see RevenueHttpBenchmark)
 * @param revenueHttpTrickleWindow the measured window under that trickle of writes (after a warm-up
 *     of {@code revenueHttpWarmUp})
 * @param revenueHttpMongoCache the page cache of that suite's embedded MongoDB, in MiB as H2 counts
 *     them: big enough to keep the customers in memory, as a MongoDB keeps its working set (H2's
 *     default of 16 MiB reads and deserializes them from the file at every scan). The pages held
 *     take about 80 KiB of the benchmark's heap per customer (with its signals): at 100,000
 *     customers run it with {@code -Xmx12g}, and with a collector that does not stop the load
 *     driver for long with that much on its heap ({@code ./baton bench -Xmx12g -XX:+UseZGC
 *     -Dbench.only=revenue-http})
 * @param jmhIterations warm-up and measurement iterations of the JMH benchmark
 * @param jmhIteration length of one JMH iteration
 */
record BenchSettings(
    boolean quick,
    List<String> only,
    List<String> profiles,
    String engineJar,
    int httpConcurrency,
    int gatewayRounds,
    Duration httpWarmUp,
    Duration httpWindow,
    int journeyConcurrency,
    int replicasConcurrency,
    Duration replicasWarmUp,
    int baselineConcurrency,
    Duration baselineWarmUp,
    Duration baselineWindow,
    Duration journeyWarmUp,
    Duration journeyWindow,
    Duration pollInterval,
    int stepsConcurrency,
    Duration stepsWarmUp,
    Duration stepsWindow,
    List<Integer> scaleLevels,
    int scaleProbes,
    List<Integer> growthCheckpoints,
    int growthConcurrency,
    Duration growthStall,
    Duration growthDeadline,
    int recoveryStarts,
    List<Integer> customerCounts,
    int signalsPerCustomer,
    Duration recomputeWarmUp,
    Duration recomputeMeasure,
    int revenueCustomers,
    int revenueWarmUpCalls,
    int revenueCalls,
    int revenueHttpCustomers,
    int revenueHttpSignals,
    int revenueHttpCallers,
    Duration revenueHttpWarmUp,
    Duration revenueHttpWindow,
    Duration revenueHttpTrickleEvery,
    Duration revenueHttpTrickleWindow,
    int revenueHttpMongoCache,
    int jmhIterations,
    Duration jmhIteration) {

  /** The benchmarks {@code only} may name, in the order they run. */
  static final List<String> BENCHMARKS =
      List.of(
          "suite",
          "replicas",
          "gateway",
          "steps",
          "scale",
          "growth",
          "health",
          "revenue",
          "revenue-http",
          "jmh");

  private static final String PREFIX = "bench.";
  private static final String DEFAULT_ENGINE_JAR =
      "workflows/embedded-engine/target/embedded-engine-exec.jar";
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

  BenchSettings {
    if (!BENCHMARKS.containsAll(only)) {
      throw new IllegalArgumentException(
          "bench.only=" + String.join(",", only) + " names no benchmark of " + BENCHMARKS);
    }
  }

  static BenchSettings fromSystemProperties() {
    BenchSettings defaults = Boolean.getBoolean("bench.quick") ? quickRun() : fullRun();
    return defaults.overriddenBy(System.getProperties());
  }

  static BenchSettings fullRun() {
    return new BenchSettings(
        false,
        List.of(),
        List.of(JvmProfile.PRODUCTION, JvmProfile.LOCAL),
        DEFAULT_ENGINE_JAR,
        16,
        2,
        Duration.ofSeconds(20),
        Duration.ofSeconds(30),
        8,
        16,
        Duration.ofSeconds(60),
        8,
        Duration.ofSeconds(2),
        Duration.ofSeconds(6),
        Duration.ofSeconds(10),
        Duration.ofSeconds(45),
        Duration.ofMillis(50),
        8,
        Duration.ofSeconds(20),
        Duration.ofSeconds(40),
        List.of(0, 1_000, 5_000, 10_000),
        100,
        List.of(1_000, 10_000, 100_000),
        16,
        Duration.ofMinutes(2),
        Duration.ofMinutes(120),
        3,
        List.of(10_000, 100_000),
        12,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        100_000,
        50,
        200,
        100_000,
        1_000_000,
        2,
        Duration.ofSeconds(5),
        Duration.ofSeconds(20),
        Duration.ofSeconds(5),
        Duration.ofSeconds(60),
        2_048,
        5,
        Duration.ofSeconds(1));
  }

  static BenchSettings quickRun() {
    return new BenchSettings(
        true,
        List.of(),
        List.of(JvmProfile.PRODUCTION, JvmProfile.LOCAL),
        DEFAULT_ENGINE_JAR,
        16,
        1,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        8,
        16,
        Duration.ofSeconds(20),
        8,
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(20),
        Duration.ofMillis(50),
        8,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        List.of(0, 500, 2_000),
        50,
        List.of(200, 1_000, 2_000),
        16,
        Duration.ofMinutes(1),
        Duration.ofMinutes(10),
        1,
        List.of(10_000, 100_000),
        12,
        Duration.ofSeconds(2),
        Duration.ofSeconds(3),
        100_000,
        20,
        50,
        10_000,
        100_000,
        2,
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        Duration.ofSeconds(5),
        Duration.ofSeconds(20),
        2_048,
        3,
        Duration.ofMillis(500));
  }

  /** Whether the benchmark of that name runs (see {@code only}). */
  boolean runs(String benchmark) {
    return only.isEmpty() || only.contains(benchmark);
  }

  /**
   * These settings with every {@code bench.<name>} property instead of the setting of that name.
   */
  BenchSettings overriddenBy(Properties properties) {
    RecordComponent[] components = BenchSettings.class.getRecordComponents();
    TreeSet<String> known = new TreeSet<>();
    Arrays.stream(components).forEach(component -> known.add(PREFIX + component.getName()));
    List<String> unknown =
        properties.stringPropertyNames().stream()
            .filter(name -> name.startsWith(PREFIX) && !known.contains(name))
            .sorted()
            .toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "Unknown benchmark settings " + unknown + "; the settings are " + known);
    }
    try {
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        RecordComponent component = components[i];
        String given = properties.getProperty(PREFIX + component.getName());
        types[i] = component.getType();
        values[i] =
            given == null ? component.getAccessor().invoke(this) : parse(component, given.trim());
      }
      Constructor<BenchSettings> canonical = BenchSettings.class.getDeclaredConstructor(types);
      return canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot apply the benchmark settings", e);
    }
  }

  private static Object parse(RecordComponent component, String value) {
    Type type = component.getGenericType();
    try {
      if (type == boolean.class) {
        return Boolean.parseBoolean(value);
      }
      if (type == int.class) {
        return Integer.parseInt(value.replace("_", ""));
      }
      if (type == Duration.class) {
        return duration(value);
      }
      if (type == String.class) {
        return value;
      }
      if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
        List<String> items =
            value.isEmpty()
                ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).toList();
        return list.getActualTypeArguments()[0] == Integer.class
            ? items.stream().map(item -> Integer.parseInt(item.replace("_", ""))).toList()
            : items;
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "Cannot read " + PREFIX + component.getName() + "=" + value, e);
    }
    throw new IllegalStateException("No parser for settings of type " + type);
  }

  /** {@code 500ms}, {@code 90s}, {@code 10m}, {@code 2h}, or ISO-8601 ({@code PT1M30S}). */
  static Duration duration(String value) {
    Matcher matcher = DURATION.matcher(value.toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      return Duration.parse(value);
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    };
  }
}

package io.baton.bench;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the JMH benchmarks (one forked JVM, average time per call) and tables their scores. */
final class JmhRunner {

  private final BenchSettings settings;

  JmhRunner(BenchSettings settings) {
    this.settings = settings;
  }

  Table run() throws RunnerException {
    CpuNoise before = CpuNoise.sample();
    TimeValue iteration = TimeValue.milliseconds(settings.jmhIteration().toMillis());
    Options options =
        new OptionsBuilder()
            .include(HealthScoringMicrobenchmark.class.getName())
            .forks(1)
            .warmupIterations(settings.jmhIterations())
            .warmupTime(iteration)
            .measurementIterations(settings.jmhIterations())
            .measurementTime(iteration)
            .mode(Mode.AverageTime)
            .timeUnit(TimeUnit.MICROSECONDS)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Table table =
        Table.of(
            "JMH: reassessing one customer",
            "HealthScoring.reassess of one customer (JMH "
                + settings.jmhIterations()
                + " warm-up and "
                + settings.jmhIterations()
                + " measured iterations of "
                + settings.jmhIteration().toMillis()
                + " ms, one fork), by the number of signals the customer has.",
            "signals per customer",
            "us per call",
            "error (99.9 %)");
    List<RunResult> bySignals =
        results.stream().sorted(Comparator.comparingInt(JmhRunner::signals)).toList();
    bySignals.forEach(
        result ->
            table.row(
                signals(result),
                score(result.getPrimaryResult().getScore()),
                score(result.getPrimaryResult().getScoreError())));
    RunResult fewest = bySignals.getFirst();
    RunResult most = bySignals.getLast();
    return table
        .note(
            "Time per customer grows "
                + Growth.between(
                        signals(fewest),
                        fewest.getPrimaryResult().getScore(),
                        signals(most),
                        most.getPrimaryResult().getScore())
                    .describe()
                + " in its number of signals.")
        .note(
            "Other processes used "
                + CpuNoise.sample().otherLoadSince(before)
                + " of the machine's CPU meanwhile.");
  }

  private static String score(double microseconds) {
    return Double.isNaN(microseconds) ? "-" : String.format(Locale.ROOT, "%.2f", microseconds);
  }

  private static int signals(RunResult result) {
    return Integer.parseInt(result.getParams().getParam("signals"));
  }
}

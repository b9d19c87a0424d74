package io.baton.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results of one run as Markdown: the machine, the commit, the engine jar, the JVM options
 * measured, the parameters and how busy the machine was, then each benchmark's table. Written to
 * {@code bench/results/<date>-<machine>.md}.
 */
final class Report {

  private final Machine machine;
  private final String commit;
  private final BenchSettings settings;
  private final EnginesUnderTest engines;
  private final Instant started = Instant.now();
  private final String loadAtStart = Machine.loadAverage();
  private final List<String> sections = new ArrayList<>();

  Report(Machine machine, String commit, BenchSettings settings, EnginesUnderTest engines) {
    this.machine = machine;
    this.commit = commit;
    this.settings = settings;
    this.engines = engines;
  }

  /** Runs a benchmark of one table, when the settings say it runs ({@link BenchSettings#only}). */
  void measure(String benchmark, String name, OneTable measurement) {
    if (settings.runs(benchmark)) {
      measure(name, () -> List.of(measurement.table()));
    }
  }

  /** Runs a benchmark of one or more tables, when the settings say it runs. */
  void measure(String benchmark, String name, Measurement measurement) {
    if (settings.runs(benchmark)) {
      measure(name, measurement);
    }
  }

  /** Runs one benchmark and keeps its table, or says that it failed and why, and goes on. */
  void measure(String name, Measurement measurement) {
    System.out.println("[bench] " + name + "...");
    try {
      for (Table table : measurement.tables()) {
        sections.add(table.toMarkdown());
        System.out.println(table.toMarkdown());
      }
    } catch (Exception e) {
      String failure = "## " + name + "\n\nFailed: `" + e + "`\n\n";
      sections.add(failure);
      System.out.println(failure);
      e.printStackTrace();
    }
  }

  /** A benchmark that produces one or more tables. */
  @FunctionalInterface
  interface Measurement {
    List<Table> tables() throws Exception;
  }

  /** A benchmark that produces one table. */
  @FunctionalInterface
  interface OneTable {
    Table table() throws Exception;
  }

  Path write(Path resultsDir) throws IOException {
    String name =
        LocalDate.ofInstant(started, ZoneOffset.UTC)
            + "-"
            + machine.label()
            + (settings.quick() ? "-quick" : "")
            + ".md";
    Files.createDirectories(resultsDir);
    return Files.writeString(resultsDir.resolve(name), header() + String.join("", sections));
  }

  private String header() {
    Duration took = Duration.between(started, Instant.now());
    return String.format(
        Locale.ROOT,
        """
        # Baton benchmarks, %s%s

        - Command: `./baton bench%s` (from the repository root; builds what it needs, then runs the benchmarks)
        - Commit: %s (plus whatever the work tree had uncommitted)
        - Machine: %d cores (%s), %,d MiB memory, %s
        - JDK: %s; benchmark JVM options: %s
        - Engine: %s
        - JVM options the engine and gateway figures are measured with, side by side:
        %s
        - Started %s UTC, took %d min %d s
        - Load average (1 min) at the start: %s, at the end: %s. The machine is shared with other people's builds: each
          table says how much of the CPU other processes used while it was measured.

        """,
        DateTimeFormatter.ISO_LOCAL_DATE.format(started.atZone(ZoneOffset.UTC)),
        settings.quick() ? " (quick run)" : "",
        givenSettings(),
        commit,
        machine.cores(),
        machine.processor(),
        machine.memoryMegabytes(),
        machine.operatingSystem(),
        machine.jdk(),
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
        engineJar(),
        profiles(),
        DateTimeFormatter.ISO_LOCAL_TIME.format(started.atZone(ZoneOffset.UTC).withNano(0)),
        took.toMinutes(),
        took.toSecondsPart(),
        loadAtStart,
        Machine.loadAverage());
  }

  /** The {@code -Dbench.*} settings this run was given, as on the command line. */
  private static String givenSettings() {
    StringBuilder given = new StringBuilder();
    System.getProperties().stringPropertyNames().stream()
        .filter(name -> name.startsWith("bench."))
        .sorted()
        .forEach(
            name -> given.append(" -D").append(name).append('=').append(System.getProperty(name)));
    return given.toString();
  }

  private String engineJar() {
    Path jar = engines.jar();
    try {
      return String.format(
          Locale.ROOT,
          "`%s`, %s MiB, built %s",
          settings.engineJar(),
          Figures.mib(Files.size(jar)),
          Files.getLastModifiedTime(jar).toInstant().truncatedTo(ChronoUnit.SECONDS));
    } catch (IOException e) {
      return "`" + settings.engineJar() + "` (missing)";
    }
  }

  private String profiles() {
    StringBuilder lines = new StringBuilder();
    for (JvmProfile profile : engines.profiles()) {
      lines.append(
          String.format(
              Locale.ROOT,
              "  - %s: `%s` (%s)%n",
              profile.title(),
              profile.commandLine(),
              profile.origin()));
    }
    return lines.toString().stripTrailing();
  }
}

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results of one run as Markdown: the machine, the commit, the parameters and how busy the
 * machine was, then each benchmark's table. Written to {@code bench/results/<date>-<machine>.md}.
 */
final class Report {

  private final Machine machine;
  private final String commit;
  private final BenchSettings settings;
  private final Instant started = Instant.now();
  private final String loadAtStart = Machine.loadAverage();
  private final List<String> sections = new ArrayList<>();

  Report(Machine machine, String commit, BenchSettings settings) {
    this.machine = machine;
    this.commit = commit;
    this.settings = settings;
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

  Path write(Path resultsDir) throws IOException {
    String name = LocalDate.ofInstant(started, ZoneOffset.UTC) + "-" + machine.label() + (settings.quick() ? "-quick" : "") + ".md";
    Files.createDirectories(resultsDir);
    return Files.writeString(resultsDir.resolve(name), header() + String.join("", sections));
  }

  private String header() {
    Duration took = Duration.between(started, Instant.now());
    return String.format(
        Locale.ROOT,
        """
        # Baton benchmarks, %s%s

        - Command: `./baton bench%s` (from the repository root; builds what it needs, then runs every benchmark)
        - Commit: %s (plus whatever the work tree had uncommitted)
        - Machine: %d cores (%s), %,d MiB memory, %s
        - JDK: %s; benchmark JVM options: %s
        - Started %s UTC, took %d min %d s
        - Load average (1 min) at the start: %s, at the end: %s. The machine is shared with other people's builds: each
          table says how much of the CPU other processes used while it was measured.

        """,
        DateTimeFormatter.ISO_LOCAL_DATE.format(started.atZone(ZoneOffset.UTC)),
        settings.quick() ? " (quick run)" : "",
        settings.quick() ? " -Dbench.quick=true" : "",
        commit,
        machine.cores(),
        machine.processor(),
        machine.memoryMegabytes(),
        machine.operatingSystem(),
        machine.jdk(),
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
        DateTimeFormatter.ISO_LOCAL_TIME.format(started.atZone(ZoneOffset.UTC).withNano(0)),
        took.toMinutes(),
        took.toSecondsPart(),
        loadAtStart,
        Machine.loadAverage());
  }
}

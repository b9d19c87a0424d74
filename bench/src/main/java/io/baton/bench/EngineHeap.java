package io.baton.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The heap of another JVM (the engine's), as the JDK's tools that run the benchmarks report it:
 * {@code jcmd} to collect, {@code jstat} to read the generations. They attach to any JVM of the
 * same user, whatever its collector.
 */
final class EngineHeap {

  private EngineHeap() {}

  /**
   * E.g. "old generation 100 % full, 695 full GCs taking 294.7 s"; "unknown" when jstat cannot
   * tell.
   */
  static String of(ProcessHandle process) {
    try {
      Map<String, String> gc = jstat("-gcutil", process);
      return String.format(
          Locale.ROOT,
          "old generation %s %% full, %s full GCs taking %s s",
          gc.get("O"),
          gc.get("FGC"),
          gc.get("FGCT"));
    } catch (IOException | RuntimeException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  /**
   * The heap in use after two full collections ({@code jcmd GC.run}, i.e. {@code System.gc()}):
   * what the live objects occupy, the survivor spaces, eden and the old generation together.
   */
  static long usedAfterFullGc(ProcessHandle process) {
    try {
      tool("jcmd", String.valueOf(process.pid()), "GC.run");
      tool("jcmd", String.valueOf(process.pid()), "GC.run");
      Map<String, String> gc = jstat("-gc", process);
      double kilobytes = 0;
      for (String used : List.of("S0U", "S1U", "EU", "OU")) {
        kilobytes += Double.parseDouble(gc.get(used));
      }
      return Math.round(kilobytes * 1024);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the heap of process " + process.pid(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "Interrupted while reading the heap of process " + process.pid(), e);
    }
  }

  /** Its live objects by class ({@code jcmd GC.class_histogram}, which collects first). */
  static ClassHistogram histogram(ProcessHandle process) {
    try {
      return ClassHistogram.parse(
          tool("jcmd", String.valueOf(process.pid()), "GC.class_histogram"));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the class histogram of process " + process.pid(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "Interrupted while reading the class histogram of process " + process.pid(), e);
    }
  }

  /** One line of {@code jstat <option> <pid>}, by column name. */
  private static Map<String, String> jstat(String option, ProcessHandle process)
      throws IOException, InterruptedException {
    List<String> lines = tool("jstat", option, String.valueOf(process.pid())).lines().toList();
    if (lines.size() < 2) {
      throw new IOException("jstat printed " + lines);
    }
    String[] names = lines.get(0).trim().split("\\s+");
    String[] values = lines.get(1).trim().split("\\s+");
    Map<String, String> columns = new HashMap<>();
    for (int i = 0; i < Math.min(names.length, values.length); i++) {
      columns.put(names[i], values[i]);
    }
    return columns;
  }

  /** Runs a tool of the JDK that runs the benchmarks and returns what it printed. */
  private static String tool(String name, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", name).toString());
    command.addAll(List.of(args));
    Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (run.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + output.trim());
    }
    return output;
  }
}

package io.baton.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How full a JVM's heap is and how much it collected, as {@code jstat -gcutil} (from the JDK that
 * runs the benchmarks) reports it: the old generation's occupancy and the full collections so far.
 */
final class EngineHeap {

  private EngineHeap() {}

  /** E.g. "old generation 100 % full, 695 full GCs taking 294.7 s"; "unknown" when jstat cannot tell. */
  static String of(ProcessHandle process) {
    Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
    try {
      Process run = new ProcessBuilder(jstat.toString(), "-gcutil", String.valueOf(process.pid())).redirectErrorStream(true).start();
      List<String> lines = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      if (run.waitFor() != 0 || lines.size() < 2) {
        return "unknown";
      }
      List<String> names = List.of(lines.get(0).trim().split("\\s+"));
      String[] values = lines.get(1).trim().split("\\s+");
      return String.format(
          Locale.ROOT,
          "old generation %s %% full, %s full GCs taking %s s",
          values[names.indexOf("O")],
          values[names.indexOf("FGC")],
          values[names.indexOf("FGCT")]);
    } catch (IOException | RuntimeException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }
}

package io.baton.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine a run measured: processor, memory, operating system and JDK, as Linux reports them.
 */
record Machine(
    int cores, String processor, long memoryMegabytes, String operatingSystem, String jdk) {

  static Machine current() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        value(Path.of("/proc/cpuinfo"), "model name", ':').orElse(System.getProperty("os.arch")),
        value(Path.of("/proc/meminfo"), "MemTotal", ':').map(Machine::kilobytes).orElse(0L) / 1024,
        value(Path.of("/etc/os-release"), "PRETTY_NAME", '=')
                .map(name -> name.replace("\"", ""))
                .orElse(System.getProperty("os.name"))
            + ", kernel "
            + System.getProperty("os.version"),
        System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"));
  }

  /** A short name for result files, e.g. {@code 2cpu-24gb}. */
  String label() {
    return String.format(Locale.ROOT, "%dcpu-%dgb", cores, Math.round(memoryMegabytes / 1024.0));
  }

  /** The load average of the last minute: how busy the machine is with everything on it. */
  static String loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
  }

  /** The value of the first {@code key<separator>value} line of a file. */
  private static Optional<String> value(Path file, String key, char separator) {
    try {
      List<String> lines = Files.readAllLines(file);
      return lines.stream()
          .filter(line -> line.startsWith(key) && line.indexOf(separator) > 0)
          .map(line -> line.substring(line.indexOf(separator) + 1).trim())
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static long kilobytes(String value) {
    return Long.parseLong(value.replaceAll("\\D", ""));
  }
}

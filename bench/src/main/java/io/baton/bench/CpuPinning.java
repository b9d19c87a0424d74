package io.baton.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The load driver on a core of its own, so that it does not take the processor time of what it
 * measures: this JVM (the driver, and with it the local suite's embedded MongoDB) on the last core,
 * every process it started (the suite's JVMs) on the others, all their threads, with {@code
 * taskset}; on all cores again once closed. Threads started later inherit their starter's cores.
 * Without {@code taskset}, or on one core, nothing is pinned, and {@link #describe()} says so.
 */
final class CpuPinning implements AutoCloseable {

  private final Path taskset;
  private final int cores;
  private final String description;

  private CpuPinning(Path taskset, int cores, String description) {
    this.taskset = taskset;
    this.cores = cores;
    this.description = description;
  }

  /** Pins this JVM to the last core and its descendants to the others, where it can. */
  static CpuPinning driverApart() throws InterruptedException {
    int cores = Runtime.getRuntime().availableProcessors();
    Optional<Path> taskset = onPath("taskset");
    if (taskset.isEmpty()) {
      return new CpuPinning(
          null,
          cores,
          "not pinned: no taskset on the PATH; driver and suite share all " + cores + " cores");
    }
    if (cores < 2) {
      return new CpuPinning(null, cores, "not pinned: one core only");
    }
    String suiteCores = cores == 2 ? "0" : "0-" + (cores - 2);
    String driverCore = String.valueOf(cores - 1);
    CpuPinning pinning =
        new CpuPinning(
            taskset.get(),
            cores,
            "taskset: the load driver's JVM (with the embedded MongoDB) on core "
                + driverCore
                + ", the suite's JVMs on core(s) "
                + suiteCores);
    for (ProcessHandle process : ProcessHandle.current().descendants().toList()) {
      pinning.pin(process, suiteCores);
    }
    pinning.pin(ProcessHandle.current(), driverCore);
    return pinning;
  }

  String describe() {
    return description;
  }

  private void pin(ProcessHandle process, String cpus) throws InterruptedException {
    try {
      Process run =
          new ProcessBuilder(
                  taskset.toString(),
                  "--all-tasks",
                  "--cpu-list",
                  "--pid",
                  cpus,
                  String.valueOf(process.pid()))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (run.waitFor() != 0 && process.isAlive()) {
        throw new IllegalStateException(
            "taskset could not pin process " + process.pid() + " to cores " + cpus);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot run " + taskset, e);
    }
  }

  private static Optional<Path> onPath(String command) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .map(directory -> Path.of(directory, command))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Every process on every core again. */
  @Override
  public void close() throws InterruptedException {
    if (taskset == null) {
      return;
    }
    List<ProcessHandle> processes = new ArrayList<>(ProcessHandle.current().descendants().toList());
    processes.add(ProcessHandle.current());
    for (ProcessHandle process : processes) {
      pin(process, "0-" + (cores - 1));
    }
  }
}

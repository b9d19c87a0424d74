package io.baton.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How much of the machine's processor time went to processes other than the benchmark and the suite
 * it started (other people's builds on a shared machine), between two moments. Reads Linux's {@code
 * /proc/stat} and the {@code /proc/<pid>/stat} of this JVM and its descendants; both count in the
 * same clock ticks.
 */
final class CpuNoise {

  private final long machineBusy;
  private final long machineTotal;
  private final long ours;

  private CpuNoise(long machineBusy, long machineTotal, long ours) {
    this.machineBusy = machineBusy;
    this.machineTotal = machineTotal;
    this.ours = ours;
  }

  static CpuNoise sample() {
    long[] machine = machineTicks();
    return new CpuNoise(machine[0], machine[1], ourTicks());
  }

  /**
   * The share of all processor time since {@code earlier} that other processes used, e.g. "23 %".
   */
  String otherLoadSince(CpuNoise earlier) {
    long total = machineTotal - earlier.machineTotal;
    if (total <= 0) {
      return "unknown";
    }
    long others = (machineBusy - earlier.machineBusy) - (ours - earlier.ours);
    return String.format(Locale.ROOT, "%.0f %%", 100.0 * Math.max(0, others) / total);
  }

  /** Busy and total ticks of all processors: the first line of /proc/stat. */
  private static long[] machineTicks() {
    try {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
      long user = Long.parseLong(fields[1]);
      long nice = Long.parseLong(fields[2]);
      long system = Long.parseLong(fields[3]);
      long idle = Long.parseLong(fields[4]);
      long ioWait = Long.parseLong(fields[5]);
      long irq = Long.parseLong(fields[6]);
      long softIrq = Long.parseLong(fields[7]);
      long steal = Long.parseLong(fields[8]);
      long busy = user + nice + system + irq + softIrq + steal;
      return new long[] {busy, busy + idle + ioWait};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }

  /** Ticks used by this JVM (with its finished children) and its running descendants. */
  private static long ourTicks() {
    long ticks = processTicks(ProcessHandle.current().pid());
    for (ProcessHandle descendant : ProcessHandle.current().descendants().toList()) {
      ticks += processTicks(descendant.pid());
    }
    return ticks;
  }

  /** utime + stime + cutime + cstime of one process (fields 14 to 17 of /proc/pid/stat). */
  private static long processTicks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = 0;
      for (int field = 14; field <= 17; field++) {
        ticks += Long.parseLong(fields[field - 3]);
      }
      return ticks;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}

package io.baton.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Memory figures: a process's resident set (Linux), and this JVM's heap after a full collection.
 */
final class Memory {

  private Memory() {}

  /** VmRSS of the process in MiB; 0 when it cannot be read (the process ended). */
  static long residentMegabytes(ProcessHandle process) {
    try {
      return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
              .filter(line -> line.startsWith("VmRSS:"))
              .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
              .findFirst()
              .orElse(0L)
          / 1024;
    } catch (IOException e) {
      return 0L;
    }
  }

  /** Heap in use after asking for two full collections: what live objects occupy. */
  static long heapBytesAfterGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}

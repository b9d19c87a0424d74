package io.baton.bench;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The live objects of a JVM by class, as {@code jcmd GC.class_histogram} prints them after its full
 * collection: what to compare between two moments to see what a heap keeps.
 */
record ClassHistogram(Map<String, Live> classes) {

  /**
   * The arrays a collector fills dead space with, which a histogram lists as objects: the serial
   * collector's full collection leaves up to {@code MarkSweepDeadRatio} (5 %) of the old generation
   * as dead wood rather than move every object, G1 fills the ends of regions.
   */
  static final String FILLER = "[Ljdk.internal.vm.FillerElement;";

  /** The bytes of the live objects: every class but the collector's filler. */
  long liveBytes() {
    return classes.entrySet().stream()
        .filter(entry -> !entry.getKey().equals(FILLER))
        .mapToLong(entry -> entry.getValue().bytes())
        .sum();
  }

  /** The instances of one class and the bytes they occupy. */
  record Live(long instances, long bytes) {}

  /**
   * Reads lines such as {@code " 1: 12345 678900 java.lang.String (java.base@25)"}; the header and
   * the total line are skipped.
   */
  static ClassHistogram parse(String printed) {
    Map<String, Live> classes = new HashMap<>();
    for (String line : printed.lines().toList()) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length >= 4 && fields[0].endsWith(":")) {
        classes.put(fields[3], new Live(Long.parseLong(fields[1]), Long.parseLong(fields[2])));
      }
    }
    return new ClassHistogram(Map.copyOf(classes));
  }

  /**
   * The {@code limit} classes whose bytes grew most from {@code earlier} to this one, e.g. "[B +3.1
   * MiB (41,000 → 52,000)".
   */
  String grownSince(ClassHistogram earlier, int limit) {
    Live none = new Live(0, 0);
    List<Map.Entry<String, Live>> grown =
        classes.entrySet().stream()
            .sorted(
                Comparator.comparingLong(
                    (Map.Entry<String, Live> entry) ->
                        earlier.classes.getOrDefault(entry.getKey(), none).bytes()
                            - entry.getValue().bytes()))
            .limit(limit)
            .toList();
    return grown.stream()
        .map(
            entry -> {
              Live before = earlier.classes.getOrDefault(entry.getKey(), none);
              return String.format(
                  Locale.ROOT,
                  "`%s` %+.2f MiB (%,d → %,d)",
                  entry.getKey(),
                  (entry.getValue().bytes() - before.bytes()) / (1024.0 * 1024),
                  before.instances(),
                  entry.getValue().instances());
            })
        .collect(Collectors.joining("; "));
  }
}

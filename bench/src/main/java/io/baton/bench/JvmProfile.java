package io.baton.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.baton.local.SuiteLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JVM options a component is measured with. The same code runs with very different ones: the local
 * suite starts six JVMs on a laptop's cores, so it trades peak speed for start-up and memory (the
 * serial collector, C1 only, a small heap); the Helm chart runs each in a pod with C2 and a heap
 * sized from the pod's memory limit. Figures of one say little about the other, so the engine and
 * gateway benchmarks measure both side by side.
 *
 * @param id how settings and file names call it ({@value #PRODUCTION}, {@value #LOCAL})
 * @param title how tables call it
 * @param options the JVM options
 * @param origin where the options come from, for the report
 */
record JvmProfile(String id, String title, List<String> options, String origin) {

  static final String PRODUCTION = "production";
  static final String LOCAL = "local";

  /**
   * The memory below which a JVM does not count as a "server-class machine" and so picks the serial
   * collector instead of G1 (HotSpot's ergonomics: 2 GiB less 256 MiB "missing" memory). In a pod
   * the JVM sees its memory limit as the machine's memory.
   */
  private static final long SERVER_CLASS_MEMORY = (2048L - 256) * 1024 * 1024;

  private static final Pattern QUANTITY = Pattern.compile("(\\d+)(Ki|Mi|Gi|Ti|k|M|G|T)?");
  private static final Map<String, Long> UNITS =
      Map.of(
          "Ki",
          1L << 10,
          "Mi",
          1L << 20,
          "Gi",
          1L << 30,
          "Ti",
          1L << 40,
          "k",
          1_000L,
          "M",
          1_000_000L,
          "G",
          1_000_000_000L,
          "T",
          1_000_000_000_000L);

  /** The profiles of these ids, in that order. */
  static List<JvmProfile> of(List<String> ids, Path projectRoot) {
    if (ids.isEmpty()) {
      throw new IllegalArgumentException(
          "bench.profiles names no profile; use " + PRODUCTION + " and/or " + LOCAL);
    }
    return ids.stream()
        .map(
            id ->
                switch (id) {
                  case PRODUCTION -> helmChart(projectRoot);
                  case LOCAL -> localSuite();
                  default ->
                      throw new IllegalArgumentException(
                          "Unknown JVM profile " + id + "; use " + PRODUCTION + " or " + LOCAL);
                })
        .toList();
  }

  /** What {@code ./baton run} starts every component with. */
  static JvmProfile localSuite() {
    return new JvmProfile(
        LOCAL, "local suite", SuiteLayout.DEFAULT_JVM_OPTIONS, "SuiteLayout.DEFAULT_JVM_OPTIONS");
  }

  /**
   * What a pod of the Helm chart runs with: {@code componentDefaults.jvmOptions} (tiered
   * compilation with C2, heap as a share of the memory), plus what the pod's memory limit ({@code
   * componentDefaults.resources.limits.memory}) makes of them: {@code -XX:MaxRAM} so the share is
   * of the limit rather than of this machine, and the collector the JVM picks in such a pod (serial
   * below {@link #SERVER_CLASS_MEMORY}, G1 above), named explicitly since this machine's memory
   * would make the JVM pick another.
   */
  static JvmProfile helmChart(Path projectRoot) {
    Path values = projectRoot.resolve("helm/baton/values.yaml");
    JsonNode defaults;
    try {
      defaults =
          new ObjectMapper(new YAMLFactory()).readTree(values.toFile()).path("componentDefaults");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the chart's JVM options from " + values, e);
    }
    String jvmOptions = defaults.path("jvmOptions").asText();
    String limit = defaults.path("resources").path("limits").path("memory").asText();
    if (jvmOptions.isBlank() || limit.isBlank()) {
      throw new IllegalStateException(
          values + " has no componentDefaults.jvmOptions or resources.limits.memory");
    }
    long limitBytes = bytes(limit);
    List<String> options = new ArrayList<>(Arrays.asList(jvmOptions.trim().split("\\s+")));
    options.add("-XX:MaxRAM=" + limitBytes);
    options.add(limitBytes < SERVER_CLASS_MEMORY ? "-XX:+UseSerialGC" : "-XX:+UseG1GC");
    return new JvmProfile(
        PRODUCTION,
        "production (Helm chart)",
        List.copyOf(options),
        String.format(
            Locale.ROOT,
            "helm/baton/values.yaml: componentDefaults.jvmOptions, and the collector and heap a pod with its %s memory limit gets",
            limit));
  }

  /** A Kubernetes memory quantity ({@code 1Gi}, {@code 768Mi}, {@code 1G}, bytes) in bytes. */
  static long bytes(String quantity) {
    Matcher matcher = QUANTITY.matcher(quantity.trim());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Not a memory quantity: " + quantity);
    }
    long amount = Long.parseLong(matcher.group(1));
    return matcher.group(2) == null ? amount : amount * UNITS.get(matcher.group(2));
  }

  /** The options as one would type them. */
  String commandLine() {
    return String.join(" ", options);
  }
}

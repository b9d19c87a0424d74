package io.baton.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one benchmark measured with each JVM profile, in the profiles' order: a result, or the
 * failure that left none, so that one profile failing (an engine that runs out of heap) still
 * leaves the other's figures in the table.
 */
final class PerProfile<T> {

  /** Measures with one profile. */
  @FunctionalInterface
  interface Measurement<T> {
    T measure(JvmProfile profile) throws Exception;
  }

  private final List<JvmProfile> profiles;
  private final Map<String, T> results = new HashMap<>();
  private final Map<String, String> failures = new HashMap<>();

  private PerProfile(List<JvmProfile> profiles) {
    this.profiles = profiles;
  }

  static <T> PerProfile<T> measure(
      String benchmark, List<JvmProfile> profiles, Measurement<T> measurement)
      throws InterruptedException {
    PerProfile<T> measured = new PerProfile<>(profiles);
    for (JvmProfile profile : profiles) {
      System.out.println(
          "[bench] " + benchmark + " with the " + profile.title() + " JVM options...");
      try {
        measured.results.put(profile.id(), measurement.measure(profile));
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception e) {
        measured.failures.put(profile.id(), e.toString());
        e.printStackTrace();
      }
    }
    return measured;
  }

  List<JvmProfile> profiles() {
    return profiles;
  }

  Optional<T> result(JvmProfile profile) {
    return Optional.ofNullable(results.get(profile.id()));
  }

  /** One cell per profile: the figure of its result, or "failed". */
  List<String> cells(Function<T, String> figure) {
    return profiles.stream().map(profile -> result(profile).map(figure).orElse("failed")).toList();
  }

  /** A table row: its first cells, then one per profile. */
  Object[] row(Function<T, String> figure, String... first) {
    List<Object> row = new ArrayList<>(List.of(first));
    row.addAll(cells(figure));
    return row.toArray();
  }

  /**
   * The cells in one, {@code a / b}, for tables that show the profiles side by side in a column.
   */
  String joined(Function<T, String> figure) {
    return String.join(" / ", cells(figure));
  }

  /** The profiles' titles in the order {@link #joined} puts their figures. */
  String titles() {
    return String.join(" / ", profiles.stream().map(JvmProfile::title).toList());
  }

  /** The profiles' titles, one per column. */
  String[] columns() {
    return profiles.stream().map(JvmProfile::title).toArray(String[]::new);
  }

  /** Says below the table which profiles failed and why. */
  Table noteFailures(Table table) {
    profiles.stream()
        .filter(profile -> failures.containsKey(profile.id()))
        .forEach(
            profile ->
                table.note(
                    "With the "
                        + profile.title()
                        + " JVM options it failed: `"
                        + failures.get(profile.id())
                        + "`"));
    return table;
  }
}

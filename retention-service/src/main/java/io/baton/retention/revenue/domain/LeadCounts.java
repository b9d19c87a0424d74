package io.baton.retention.revenue.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Lead-service's pipeline for one period, as it was when it was read ({@code readAt}): per
 * grouping, per value (null: leads without one), how many leads came in and how many were
 * converted.
 */
public final class LeadCounts {

  private final Map<LeadGrouping, Map<String, Count>> groupings;
  private final Instant readAt;

  private LeadCounts(Map<LeadGrouping, Map<String, Count>> groupings, Instant readAt) {
    this.groupings = groupings;
    this.readAt = readAt;
  }

  /** Starts the counts read at {@code readAt}; add each grouping's rows to it. */
  public static Builder readAt(Instant readAt) {
    return new Builder(readAt);
  }

  /**
   * The counts of one grouping, by value (the null key: leads without a value); empty if none.
   * Every map it returns may be asked for the null key (customers without a value look up their
   * leads so), the empty one too: {@code Map.of()} would throw.
   */
  public Map<String, Count> by(LeadGrouping grouping) {
    return groupings.getOrDefault(grouping, Collections.emptyMap());
  }

  public Instant readAt() {
    return readAt;
  }

  /** Leads received and converted. */
  public record Count(long leads, long converted) {

    public static final Count NONE = new Count(0, 0);

    public Count plus(Count other) {
      return new Count(leads + other.leads, converted + other.converted);
    }
  }

  /** Collects the counts of each grouping. */
  public static final class Builder {

    private final Map<LeadGrouping, Map<String, Count>> groupings =
        new EnumMap<>(LeadGrouping.class);
    private final Instant readAt;

    private Builder(Instant readAt) {
      this.readAt = readAt;
    }

    /** Adds leads and conversions of {@code value} (null: no value) in {@code grouping}. */
    public Builder add(LeadGrouping grouping, String value, long leads, long converted) {
      groupings
          .computeIfAbsent(grouping, g -> new HashMap<>())
          .merge(value, new Count(leads, converted), Count::plus);
      return this;
    }

    public LeadCounts build() {
      Map<LeadGrouping, Map<String, Count>> frozen = new EnumMap<>(LeadGrouping.class);
      groupings.forEach(
          (grouping, counts) -> frozen.put(grouping, Collections.unmodifiableMap(counts)));
      return new LeadCounts(Collections.unmodifiableMap(frozen), readAt);
    }
  }
}

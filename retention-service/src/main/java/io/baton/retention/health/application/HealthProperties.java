package io.baton.retention.health.application;

import io.baton.retention.customer.domain.Segment;
import io.baton.retention.health.domain.HealthComponent;
import io.baton.retention.health.domain.HealthModel;
import io.baton.support.vocabulary.KebabCase;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code baton.retention.health.*}: how health is scored, and how many customers one page of the
 * hourly recompute (the {@code health-recompute} process) reads.
 *
 * @param weights per segment ({@code smb}, {@code mid-market}, {@code enterprise}) the relative
 *     weight of each component ({@code usage}, {@code support}, {@code sentiment}, {@code
 *     onboarding}, {@code commercial}, {@code relationship}); a component left out weighs 0
 * @param bands the lowest score of green and of yellow (below yellow is red)
 * @param halfLife a signal's effect halves every half-life
 * @param lookback signals older than this no longer count
 * @param historySize how many changes each customer's health history keeps
 * @param recomputePageSize how many customers one page of the recompute reads
 */
@ConfigurationProperties("baton.retention.health")
public record HealthProperties(
    Map<String, Map<String, Integer>> weights,
    @DefaultValue Bands bands,
    @DefaultValue("P30D") Duration halfLife,
    @DefaultValue("P180D") Duration lookback,
    @DefaultValue("100") int historySize,
    @DefaultValue("500") int recomputePageSize) {

  /**
   * The band thresholds: green from {@code greenFrom}, yellow from {@code yellowFrom}, red below.
   */
  public record Bands(@DefaultValue("70") int greenFrom, @DefaultValue("40") int yellowFrom) {}

  /** The scoring model these settings describe; fails on an unknown segment or component. */
  public HealthModel toModel() {
    Map<Segment, Map<HealthComponent, Integer>> typed = new EnumMap<>(Segment.class);
    if (weights != null) {
      weights.forEach(
          (segment, ofSegment) -> {
            Map<HealthComponent, Integer> components = new EnumMap<>(HealthComponent.class);
            ofSegment.forEach(
                (component, weight) ->
                    components.put(parse(HealthComponent.class, component, "component"), weight));
            typed.put(parse(Segment.class, segment, "segment"), components);
          });
    }
    return new HealthModel(
        typed, bands.greenFrom(), bands.yellowFrom(), halfLife, lookback, historySize);
  }

  private static <E extends Enum<E> & KebabCase> E parse(Class<E> type, String code, String what) {
    return KebabCase.fromCode(type, code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown " + what + " '" + code + "' in baton.retention.health.weights"));
  }
}

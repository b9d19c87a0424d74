package io.baton.onboarding.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The segments customers fall into by ARR: a customer belongs to the band with the highest {@code
 * minArr} that its ARR reaches. The lowest band starts at zero, so every customer has a segment.
 */
public record Segments(List<SegmentBand> bands) {

  public Segments {
    if (bands == null || bands.isEmpty()) {
      throw new IllegalArgumentException(
          "At least one segment is needed (baton.onboarding.segments)");
    }
    bands = bands.stream().sorted(Comparator.comparing(SegmentBand::minArr)).toList();
    if (bands.getFirst().minArr().signum() != 0) {
      throw new IllegalArgumentException(
          "The lowest segment must start at min-arr 0, so every customer has one");
    }
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).minArr().compareTo(bands.get(i - 1).minArr()) == 0) {
        throw new IllegalArgumentException(
            "Segments "
                + bands.get(i - 1).name()
                + " and "
                + bands.get(i).name()
                + " start at the same ARR");
      }
    }
    if (bands.stream().map(SegmentBand::name).distinct().count() != bands.size()) {
      throw new IllegalArgumentException("Every segment needs its own name");
    }
  }

  public String segmentOf(BigDecimal arr) {
    String segment = bands.getFirst().name();
    for (SegmentBand band : bands) {
      if (arr.compareTo(band.minArr()) >= 0) {
        segment = band.name();
      }
    }
    return segment;
  }

  public List<String> names() {
    return bands.stream().map(SegmentBand::name).toList();
  }
}

package io.baton.onboarding.domain;

import java.math.BigDecimal;

/**
 * A customer segment ({@code smb}, {@code enterprise}, …) and the ARR from which a customer belongs
 * to it.
 */
public record SegmentBand(String name, BigDecimal minArr) {

  public SegmentBand {
    if (name == null || !name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "A segment name must be kebab-case, e.g. mid-market; got " + name);
    }
    if (minArr == null || minArr.signum() < 0) {
      throw new IllegalArgumentException("Segment " + name + " needs a min-arr of zero or more");
    }
  }
}

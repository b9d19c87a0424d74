package io.baton.lead.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * retention-service's figures for the customers closed in a period, per campaign or source channel
 * (the key null: customers without one), as read at {@code asOf}.
 */
public record RetentionFigures(Instant asOf, Map<String, Downstream> byValue) {

  public RetentionFigures {
    byValue = Collections.unmodifiableMap(new HashMap<>(byValue));
  }

  /** The figures of one value; all null when retention has no customer for it. */
  public Downstream of(String value) {
    return byValue.getOrDefault(value, Downstream.NONE);
  }

  /**
   * What became of the customers a campaign or source brought: the ARR won less the ARR save plays
   * lost (churned or downgraded), the ARR lost to churn, and the 12-month gross revenue retention;
   * each null when retention does not know it.
   */
  public record Downstream(BigDecimal retainedArr, BigDecimal churnedArr, BigDecimal grr365) {
    public static final Downstream NONE = new Downstream(null, null, null);
  }

  /** How retention groups its figures, as its {@code dimension} parameter names it. */
  public enum Dimension {
    CAMPAIGN("campaign"),
    SOURCE_CHANNEL("source-channel");

    private final String code;

    Dimension(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }
}

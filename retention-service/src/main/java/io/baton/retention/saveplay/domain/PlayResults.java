package io.baton.retention.saveplay.domain;

import java.math.BigDecimal;

/**
 * What one play achieved over all its interventions. {@code savedArr} is the ARR kept by its
 * outcomes (all of it when saved, the rest when downgraded), {@code lostArr} the ARR lost.
 */
public record PlayResults(
    String play,
    long interventions,
    long active,
    long saved,
    long downgraded,
    long churned,
    BigDecimal savedArr,
    BigDecimal lostArr) {

  /**
   * Win rate = saved ÷ (saved + downgraded + churned); null while no intervention has an outcome.
   */
  public Double winRate() {
    long closed = saved + downgraded + churned;
    return closed == 0 ? null : Math.round(saved * 10000.0 / closed) / 10000.0;
  }
}

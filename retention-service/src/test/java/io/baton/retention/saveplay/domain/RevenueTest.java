package io.baton.retention.saveplay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RevenueTest {

  @Test
  void theWinRateIsSavedOverClosedInterventions() {
    PlayResults results =
        new PlayResults("call", 6, 2, 2, 1, 1, new BigDecimal("90000"), new BigDecimal("30000"));

    assertThat(results.winRate()).isEqualTo(0.5);
    assertThat(new PlayResults("call", 1, 1, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO).winRate())
        .isNull();
  }

  @Test
  void grossRetentionIgnoresExpansionWhileNetRetentionCountsIt() {
    // starting 100k + 100k; one expanded to 150k, one downgraded to 60k: retained 100k + 60k
    CohortRetention cohort =
        new CohortRetention(
            "2026-03",
            2,
            new BigDecimal("200000"),
            new BigDecimal("210000"),
            new BigDecimal("160000"));

    assertThat(cohort.grossRevenueRetention()).isEqualByComparingTo("0.8");
    assertThat(cohort.netRevenueRetention()).isEqualByComparingTo("1.05");
  }

  @Test
  void arrAtRiskAddsYellowAndRed() {
    assertThat(new ArrAtRisk(new BigDecimal("1000"), 1, new BigDecimal("500"), 2).total())
        .isEqualByComparingTo("1500");
  }
}

package io.baton.retention.saveplay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.retention.health.domain.Band;
import io.baton.retention.health.domain.Health;
import io.baton.retention.health.domain.Trend;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SavePlayTermsTest {

  private final SavePlayTerms terms =
      new SavePlayTerms(Duration.ofDays(7), new BigDecimal("100000"));

  @Test
  void aSavePlayIsDueAWeekAfterItsDecisionToTheSecond() {
    assertThat(terms.dueAt(Instant.parse("2026-03-02T09:00:00.750Z")))
        .isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
  }

  @Test
  void anAccountFromTheSponsorThresholdOnGetsItsSponsorAtOnce() {
    assertThat(terms.sponsorNeeded(new BigDecimal("99999.99"))).isFalse();
    assertThat(terms.sponsorNeeded(new BigDecimal("100000"))).isTrue();
    assertThat(terms.sponsorNeeded(new BigDecimal("250000"))).isTrue();
  }

  @Test
  void aRedCustomersSavePlayComesFirst() {
    assertThat(terms.taskPriority(health(Band.RED))).isEqualTo(90);
    assertThat(terms.taskPriority(health(Band.YELLOW))).isEqualTo(70);
    assertThat(terms.taskPriority(null)).as("not scored yet").isEqualTo(70);
  }

  private static Health health(Band band) {
    return new Health(30, band, Trend.DOWN, List.of(), 0, Instant.parse("2026-03-02T09:00:00Z"));
  }
}

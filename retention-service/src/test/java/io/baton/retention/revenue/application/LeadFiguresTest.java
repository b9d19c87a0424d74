package io.baton.retention.revenue.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.retention.revenue.domain.LeadCounts;
import io.baton.retention.revenue.domain.LeadGrouping;
import io.baton.retention.revenue.domain.RevenuePeriod;
import io.baton.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** lead-service's counts are read in the background, and what was read stays while it is away. */
class LeadFiguresTest {

  private static final RevenuePeriod H1 =
      new RevenuePeriod(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-06-30"));
  private static final RevenuePeriod H2 =
      new RevenuePeriod(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-12-31"));

  private final MutableClock clock = new MutableClock(Instant.parse("2027-06-30T10:00:00Z"));
  private final Pipeline pipeline = new Pipeline();
  private final LeadFigures leadFigures =
      new LeadFigures(
          pipeline,
          new RevenueProperties(
              Duration.ofSeconds(15),
              Duration.ofMinutes(1),
              Duration.ofSeconds(10),
              new RevenueProperties.LeadFigures(Duration.ofMinutes(5), 2, Duration.ofHours(24))),
          clock);

  @Test
  void aPeriodAskedForIsReadOnTheNextRefreshNeverWhileTheRequestWaits() {
    assertThat(leadFigures.lookup(H1)).isEmpty();
    assertThat(pipeline.asked).isEmpty();

    assertThat(leadFigures.refresh()).isEqualTo(1);

    assertThat(pipeline.asked).containsExactly(H1);
    assertThat(leadFigures.lookup(H1))
        .hasValueSatisfying(
            counts -> assertThat(counts.readAt()).isEqualTo(Instant.parse("2027-06-30T10:00:00Z")));
  }

  @Test
  void readsCountsAgainOnlyOnceTheyAreOlderThanTheirMaxAge() {
    leadFigures.lookup(H1);
    leadFigures.refresh();

    clock.advance(Duration.ofMinutes(4));
    assertThat(leadFigures.refresh()).isZero();
    clock.advance(Duration.ofMinutes(2));
    assertThat(leadFigures.refresh()).isEqualTo(1);
  }

  @Test
  void keepsTheCountsReadBeforeWhileLeadServiceIsAwayWithTheTimeTheyWereRead() {
    leadFigures.lookup(H1);
    leadFigures.refresh();
    pipeline.away = true;
    clock.advance(Duration.ofMinutes(10));

    assertThat(leadFigures.refresh()).isZero();

    assertThat(leadFigures.lookup(H1))
        .hasValueSatisfying(
            counts -> assertThat(counts.readAt()).isEqualTo(Instant.parse("2027-06-30T10:00:00Z")));
  }

  @Test
  void keepsTheMostRecentlyAskedPeriodsAndForgetsThoseNobodyAsksFor() {
    RevenuePeriod third =
        new RevenuePeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"));
    leadFigures.lookup(H1);
    clock.advance(Duration.ofSeconds(1));
    leadFigures.lookup(H2);
    clock.advance(Duration.ofSeconds(1));
    leadFigures.lookup(third);

    leadFigures.refresh();
    assertThat(pipeline.asked).containsExactly(third, H2);

    clock.advance(Duration.ofHours(25));
    leadFigures.refresh();
    assertThat(pipeline.asked).hasSize(2);
  }

  private static final class Pipeline implements LeadPipeline {

    final List<RevenuePeriod> asked = new ArrayList<>();
    boolean away;

    @Override
    public LeadCounts countsFor(RevenuePeriod period) {
      if (away) {
        throw new LeadPipelineUnavailableException("away", null);
      }
      asked.add(period);
      return LeadCounts.readAt(Instant.parse("2027-06-30T10:00:00Z"))
          .add(LeadGrouping.CAMPAIGN, "webinar", 3, 1)
          .build();
    }
  }
}

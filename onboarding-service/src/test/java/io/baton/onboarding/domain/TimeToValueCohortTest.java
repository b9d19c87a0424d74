package io.baton.onboarding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeToValueCohortTest {

  @Test
  void groupsPlansByMonthOfCloseAndSegment() {
    List<TimeToValueCohort> cohorts =
        TimeToValueCohort.of(
            List.of(
                new TimeToValueSample(LocalDate.parse("2026-11-03"), "smb", 30),
                new TimeToValueSample(LocalDate.parse("2026-10-20"), "smb", 45),
                new TimeToValueSample(LocalDate.parse("2026-11-28"), "smb", null),
                new TimeToValueSample(LocalDate.parse("2026-11-10"), "enterprise", 90)));

    assertThat(cohorts)
        .containsExactly(
            new TimeToValueCohort(YearMonth.parse("2026-10"), "smb", 1, 1, 45.0, 45.0),
            new TimeToValueCohort(YearMonth.parse("2026-11"), "enterprise", 1, 1, 90.0, 90.0),
            new TimeToValueCohort(YearMonth.parse("2026-11"), "smb", 2, 1, 30.0, 30.0));
  }

  @Test
  void aCohortWhereNobodyReachedFirstValueHasNoMedian() {
    TimeToValueCohort cohort =
        TimeToValueCohort.of(
                List.of(new TimeToValueSample(LocalDate.parse("2026-11-03"), "smb", null)))
            .getFirst();

    assertThat(cohort.reachedFirstValue()).isZero();
    assertThat(cohort.medianDays()).isNull();
    assertThat(cohort.p90Days()).isNull();
  }

  @Test
  void interpolatesTheMedianAndThe90thPercentileBetweenRanks() {
    assertThat(TimeToValueCohort.percentile(List.of(10, 20), 0.5)).isEqualTo(15.0);
    assertThat(
            TimeToValueCohort.percentile(
                Arrays.asList(10, 20, 30, 40, 50, 60, 70, 80, 90, 100), 0.9))
        .isEqualTo(91.0);
    assertThat(TimeToValueCohort.percentile(List.of(7, 9, 30), 0.5)).isEqualTo(9.0);
  }
}

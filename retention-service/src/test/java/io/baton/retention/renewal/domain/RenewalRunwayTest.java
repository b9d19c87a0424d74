package io.baton.retention.renewal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RenewalRunwayTest {

  private static final LocalDate RENEWAL = LocalDate.parse("2027-06-30");
  private final RenewalRunway runway =
      new RenewalRunway(
          List.of(Period.ofDays(60), Period.ofDays(120), Period.ofDays(30), Period.ofDays(90)));

  @Test
  void ordersItsStepsLongestFirst() {
    assertThat(runway.steps()).extracting(Period::getDays).containsExactly(120, 90, 60, 30);
    assertThat(runway.longest()).isEqualTo(Period.ofDays(120));
  }

  @Test
  void aStepIsDueFromItsFirstDayUntilTheNextOneAndNotOnceChecked() {
    assertThat(runway.dueStep(RENEWAL, LocalDate.parse("2027-04-01"), Set.of()))
        .contains(Period.ofDays(90));
    assertThat(runway.dueStep(RENEWAL, LocalDate.parse("2027-04-30"), Set.of()))
        .contains(Period.ofDays(90));
    assertThat(runway.dueStep(RENEWAL, LocalDate.parse("2027-04-30"), Set.of("P90D"))).isEmpty();
    assertThat(runway.dueStep(RENEWAL, LocalDate.parse("2027-05-01"), Set.of("P90D")))
        .contains(Period.ofDays(60));
  }

  @Test
  void nothingIsDueBeforeTheRunwayOrFromTheRenewalOn() {
    assertThat(runway.dueStep(RENEWAL, LocalDate.parse("2027-03-01"), Set.of())).isEmpty();
    assertThat(runway.dueStep(RENEWAL, RENEWAL, Set.of())).isEmpty();
  }

  @Test
  void refusesAnEmptyRunwayAndNonPositiveSteps() {
    assertThatThrownBy(() -> new RenewalRunway(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RenewalRunway(List.of(Period.ZERO)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

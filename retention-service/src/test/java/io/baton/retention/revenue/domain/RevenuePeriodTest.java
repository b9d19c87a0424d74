package io.baton.retention.revenue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baton.retention.shared.domain.InputProblem;
import io.baton.retention.shared.domain.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RevenuePeriodTest {

  private static final LocalDate TODAY = LocalDate.parse("2027-06-30");

  @Test
  void defaultsToTheTwelveMonthsUpToToday() {
    assertThat(RevenuePeriod.of(null, null, TODAY))
        .isEqualTo(new RevenuePeriod(LocalDate.parse("2026-07-01"), TODAY));
    assertThat(RevenuePeriod.of(null, LocalDate.parse("2027-03-31"), TODAY))
        .isEqualTo(new RevenuePeriod(LocalDate.parse("2026-04-01"), LocalDate.parse("2027-03-31")));
    assertThat(RevenuePeriod.of(LocalDate.parse("2027-01-01"), null, TODAY))
        .isEqualTo(new RevenuePeriod(LocalDate.parse("2027-01-01"), TODAY));
  }

  @Test
  void refusesAFromAfterTheToNamingFrom() {
    assertThatThrownBy(
            () ->
                RevenuePeriod.of(
                    LocalDate.parse("2027-07-01"), LocalDate.parse("2027-06-30"), TODAY))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(InputProblem::field).containsExactly("from"));
  }

  @Test
  void ratiosKeepFourDecimalsRoundedHalfUpAndMoneyTwo() {
    assertThat(Figure.ratio(2, 3, 3)).isEqualTo(new Figure(new BigDecimal("0.6667"), 3));
    assertThat(Figure.ratio(1, 0, 0)).isEqualTo(new Figure(null, 0));
    assertThat(Figure.money(4800050, 1)).isEqualTo(new Figure(new BigDecimal("48000.50"), 1));
    assertThat(Cents.of(new BigDecimal("48000.5"))).isEqualTo(4800050);
  }
}

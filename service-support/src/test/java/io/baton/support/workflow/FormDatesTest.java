package io.baton.support.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormDatesTest {

  @Test
  void readsADateAndTheDateOfADateTime() {
    assertThat(FormDates.parse("2027-01-15")).isEqualTo(LocalDate.of(2027, 1, 15));
    assertThat(FormDates.parse("2027-01-15T09:30:00Z")).isEqualTo(LocalDate.of(2027, 1, 15));
  }

  @Test
  void anEmptyOrMalformedDateIsMissing() {
    assertThat(FormDates.parse(null)).isNull();
    assertThat(FormDates.parse(" ")).isNull();
    assertThat(FormDates.parse("next friday")).isNull();
  }
}

package io.baton.handoff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private final BusinessCalendar calendar = new BusinessCalendar(ZoneId.of("Europe/Berlin"));

  @Test
  void oneBusinessDayAfterATuesdayIsWednesday() {
    assertThat(calendar.plusBusinessDays(Instant.parse("2026-11-24T09:00:00Z"), 1))
        .isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
  }

  @Test
  void oneBusinessDayAfterAFridayIsMonday() {
    assertThat(calendar.plusBusinessDays(Instant.parse("2026-11-27T15:00:00Z"), 1))
        .isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
  }

  @Test
  void twoBusinessDaysAfterASaturdayAreTuesday() {
    assertThat(calendar.plusBusinessDays(Instant.parse("2026-11-28T10:00:00Z"), 2))
        .isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
  }
}

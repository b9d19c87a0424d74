package io.baton.handoff.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Deadlines in business days: Saturdays and Sundays do not count, in the given time zone. */
public record BusinessCalendar(ZoneId zone) {

  /** The moment {@code businessDays} working days after {@code from}, at the same time of day. */
  public Instant plusBusinessDays(Instant from, int businessDays) {
    ZonedDateTime deadline = from.atZone(zone);
    int added = 0;
    while (added < businessDays) {
      deadline = deadline.plusDays(1);
      if (isBusinessDay(deadline.getDayOfWeek())) {
        added++;
      }
    }
    return deadline.toInstant();
  }

  private static boolean isBusinessDay(DayOfWeek day) {
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }
}

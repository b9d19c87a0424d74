package io.baton.handoff.application;

import io.baton.handoff.domain.BusinessCalendar;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code baton.handoff.sla.*}: how many business days the sales owner has for the brief and account
 * managers have for the acceptance, counted in the given time zone.
 */
@ConfigurationProperties("baton.handoff.sla")
public record HandoffDeadlines(int briefBusinessDays, int acceptanceBusinessDays, ZoneId timeZone) {

  public HandoffDeadlines {
    timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
  }

  public Instant briefDueAt(Instant from) {
    return new BusinessCalendar(timeZone).plusBusinessDays(from, briefBusinessDays);
  }

  public Instant acceptanceDueAt(Instant from) {
    return new BusinessCalendar(timeZone).plusBusinessDays(from, acceptanceBusinessDays);
  }
}

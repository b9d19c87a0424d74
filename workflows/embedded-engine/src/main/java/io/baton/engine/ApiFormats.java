package io.baton.engine;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How Camunda 8.8's REST API writes dates (UTC with milliseconds, {@code 2030-01-02T17:00:00.000Z})
 * and keys (strings), and how the read models turn them back into numbers for sorting.
 */
final class ApiFormats {

  private static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

  private ApiFormats() {}

  /** A record timestamp as an API date; none (null) for 0 or less. */
  static String date(final long epochMillis) {
    return epochMillis > 0 ? DATE_FORMAT.format(Instant.ofEpochMilli(epochMillis)) : null;
  }

  /** The engine keeps zoned dates ({@code ...Z[Etc/UTC]}); Camunda's API answers ISO offsets. */
  static String engineDate(final String zoned) {
    return zoned == null || zoned.isEmpty()
        ? null
        : DATE_FORMAT.format(ZonedDateTime.parse(zoned).toInstant());
  }

  /** An engine date as epoch millis, what {@link #engineDate} shows of it; none (null) if empty. */
  static Long engineEpochMillis(final String zoned) {
    return zoned == null || zoned.isEmpty()
        ? null
        : ZonedDateTime.parse(zoned).toInstant().toEpochMilli();
  }

  static Long epochMillis(final String date) {
    return date == null ? null : OffsetDateTime.parse(date).toInstant().toEpochMilli();
  }

  /** A key as the API writes it; none (null) for the engine's "no key" (-1 or 0). */
  static String key(final long key) {
    return key > 0 ? Long.toString(key) : null;
  }

  static Long key(final String key) {
    return key == null ? null : Long.valueOf(key);
  }
}

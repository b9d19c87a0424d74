package io.baton.retention.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A value of the retention vocabulary, spoken in kebab-case ({@code MID_MARKET} is {@code
 * mid-market}, {@code SUPPORT_TICKET_OPENED} is {@code support-ticket-opened}).
 */
public interface KebabCase {

  String name();

  default String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The value of {@code type} spoken as {@code code}, if there is one. */
  static <E extends Enum<E> & KebabCase> Optional<E> parse(Class<E> type, String code) {
    return Arrays.stream(type.getEnumConstants()).filter(value -> value.code().equals(code)).findFirst();
  }
}

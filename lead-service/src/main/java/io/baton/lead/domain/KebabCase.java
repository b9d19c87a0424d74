package io.baton.lead.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A value of the lead vocabulary, spoken in kebab-case ({@code PAID_SEARCH} is {@code
 * paid-search}).
 */
public interface KebabCase {

  String name();

  default String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The value of {@code type} spoken as {@code code}; empty for null or an unknown code. */
  static <E extends Enum<E> & KebabCase> Optional<E> fromCode(Class<E> type, String code) {
    return Arrays.stream(type.getEnumConstants()).filter(value -> value.code().equals(code)).findFirst();
  }
}

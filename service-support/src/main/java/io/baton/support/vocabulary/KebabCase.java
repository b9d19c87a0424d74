package io.baton.support.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A value of a service's vocabulary, spoken in kebab-case ({@code PAID_SEARCH} is {@code
 * paid-search}, {@code MID_MARKET} is {@code mid-market}): in JSON, in query parameters and in the
 * OpenAPI document alike (service-support's web configuration reads and writes it so). Plain Java,
 * so a domain's enums may implement it.
 */
public interface KebabCase {

  String name();

  default String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The value of {@code type} spoken as {@code code}; empty for null or an unknown code. */
  static <E extends Enum<E> & KebabCase> Optional<E> fromCode(Class<E> type, String code) {
    return Arrays.stream(type.getEnumConstants())
        .filter(value -> value.code().equals(code))
        .findFirst();
  }
}

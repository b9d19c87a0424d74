package io.baton.onboarding.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A value of the onboarding vocabulary, spoken in kebab-case: {@code ON_TRACK} is {@code on-track}
 * in the API, in engine messages and in what retention-service receives.
 */
public interface KebabCase {

  String name();

  default String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The value of {@code type} spoken as {@code code}, if there is one. */
  static <E extends Enum<E> & KebabCase> Optional<E> fromCode(Class<E> type, String code) {
    return Arrays.stream(type.getEnumConstants()).filter(value -> value.code().equals(code)).findFirst();
  }
}

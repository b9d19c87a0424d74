package io.baton.lead.domain;

import java.util.Locale;

/**
 * A value of the lead vocabulary, spoken in kebab-case ({@code PAID_SEARCH} is {@code
 * paid-search}).
 */
public interface KebabCase {

  String name();

  default String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

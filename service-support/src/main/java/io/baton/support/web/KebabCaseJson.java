package io.baton.support.web;

import com.fasterxml.jackson.annotation.JsonValue;
import io.baton.support.vocabulary.KebabCase;

/**
 * The vocabulary reads and writes JSON in kebab-case ({@code paid-search}, {@code mid-market}):
 * mixed into every {@link KebabCase} by the service-support configuration.
 */
abstract class KebabCaseJson {

  @JsonValue
  abstract String code();
}

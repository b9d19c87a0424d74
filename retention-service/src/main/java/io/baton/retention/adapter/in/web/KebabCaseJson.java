package io.baton.retention.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonValue;
import io.baton.retention.domain.KebabCase;
import org.springframework.boot.jackson.JsonMixin;

/** The retention vocabulary reads and writes in kebab-case ({@code mid-market}, {@code product-usage}). */
@JsonMixin(KebabCase.class)
abstract class KebabCaseJson {

  @JsonValue
  abstract String code();
}

package io.baton.lead.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonValue;
import io.baton.lead.domain.KebabCase;
import org.springframework.boot.jackson.JsonMixin;

/** The lead vocabulary reads and writes in kebab-case ({@code paid-search}, {@code no-answer}). */
@JsonMixin(KebabCase.class)
abstract class KebabCaseJson {

  @JsonValue
  abstract String code();
}

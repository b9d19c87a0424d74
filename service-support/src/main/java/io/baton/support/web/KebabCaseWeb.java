package io.baton.support.web;

import io.baton.support.vocabulary.KebabCase;
import io.swagger.v3.core.converter.ModelConverter;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How every service speaks its {@link KebabCase} vocabulary over HTTP: JSON, query parameters and
 * the OpenAPI document, one way for all (registered by the service-support configuration).
 */
public final class KebabCaseWeb {

  private KebabCaseWeb() {}

  public static Jackson2ObjectMapperBuilderCustomizer json() {
    return builder -> builder.mixIn(KebabCase.class, KebabCaseJson.class);
  }

  public static WebMvcConfigurer queryParameters() {
    return new KebabCaseParameters();
  }

  public static ModelConverter openApiSchemas() {
    return new KebabCaseSchemas();
  }
}

package io.baton.support.web;

import com.fasterxml.jackson.databind.JavaType;
import io.baton.support.vocabulary.KebabCase;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Iterator;

/** Describes the vocabulary in the OpenAPI document as it is sent: in kebab-case. */
final class KebabCaseSchemas implements ModelConverter {

  @Override
  public Schema<?> resolve(
      AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
    JavaType javaType = Json.mapper().constructType(type.getType());
    Class<?> raw = javaType.getRawClass();
    if (raw.isEnum() && KebabCase.class.isAssignableFrom(raw)) {
      StringSchema schema = new StringSchema();
      for (Object value : raw.getEnumConstants()) {
        schema.addEnumItem(((KebabCase) value).code());
      }
      return schema;
    }
    return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
  }
}

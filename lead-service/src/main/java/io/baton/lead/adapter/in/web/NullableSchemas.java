package io.baton.lead.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.AnnotationsUtils;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Describes the lead's JSON in the OpenAPI document as it is sent: a type that writes every key
 * ({@code @JsonInclude(ALWAYS)}) has every property required, and null where it is unknown. A
 * property is never null when its Java type is primitive or when it is marked required itself
 * ({@code @Schema(requiredMode = REQUIRED)}).
 */
@Component
class NullableSchemas implements ModelConverter {

  private static final String COMPONENTS = "#/components/schemas/";

  @Override
  public Schema<?> resolve(
      AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
    Schema<?> resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    JavaType javaType = Json.mapper().constructType(type.getType());
    JsonInclude include = javaType.getRawClass().getAnnotation(JsonInclude.class);
    if (resolved != null && include != null && include.value() == JsonInclude.Include.ALWAYS) {
      Schema<?> model =
          resolved.get$ref() == null
              ? resolved
              : context.getDefinedModels().get(resolved.get$ref().substring(COMPONENTS.length()));
      describeEveryKey(model, javaType);
    }
    return resolved;
  }

  private static void describeEveryKey(Schema<?> model, JavaType javaType) {
    Set<String> neverNull =
        model.getRequired() == null ? Set.of() : Set.copyOf(model.getRequired());
    List<BeanPropertyDefinition> properties =
        Json.mapper().getSerializationConfig().introspect(javaType).findProperties();
    for (BeanPropertyDefinition property : properties) {
      String name = property.getName();
      Schema<?> schema = model.getProperties().get(name);
      if (schema != null && !neverNull.contains(name)) {
        model.addRequiredItem(name);
        if (!property.getRawPrimaryType().isPrimitive()) {
          model.addProperty(name, nullable(schema));
        }
      }
    }
  }

  /**
   * A copy with {@code null} as a further type (and value, for an enumeration), or for a reference,
   * which takes no further type, {@code null} as an alternative.
   */
  private static Schema<?> nullable(Schema<?> schema) {
    if (schema.get$ref() != null) {
      return new JsonSchema().addAnyOfItem(schema).addAnyOfItem(new JsonSchema().typesItem("null"));
    }
    Schema<?> nullable = AnnotationsUtils.clone(schema, true);
    Set<String> types =
        new LinkedHashSet<>(
            nullable.getTypes() == null ? Set.of(nullable.getType()) : nullable.getTypes());
    types.add("null");
    if (nullable.getEnum() != null && !nullable.getEnum().contains(null)) {
      nullable.addEnumItemObject(null);
    }
    return nullable.types(types);
  }
}

package io.baton.support.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Describes the errors of every operation in the OpenAPI document as they are sent: RFC 9457
 * problem details ({@value #PROBLEM}) in {@code application/problem+json}, with {@code errors[]}
 * naming each wrong field of a 400 ({@link ProblemDetailsAdvice}). Every operation may also answer
 * 401 (no valid token) and 403 (the caller's roles) — except one that declares it needs no token
 * ({@code security: []}, a signed intake that documents its own 401) — and 503 while the service's
 * database is not reachable; an operation with a request body may answer 400 for a malformed body
 * and 413 for one over the size limit. The responses an operation documents itself keep their
 * descriptions.
 */
public final class ProblemResponses implements GlobalOpenApiCustomizer {

  /** The schema of every error response. */
  public static final String PROBLEM = "ProblemDetail";

  /** The schema of one wrong field of a problem. */
  public static final String FIELD_ERROR = "FieldError";

  private static final String FIELD_PATH =
      "The field's path in the body (company.size, items[0].name) or the parameter";

  private static final String PROBLEM_JSON =
      org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  private static final Map<String, String> WITH_A_TOKEN =
      Map.of(
          "401", "No valid bearer token",
          "403", "The caller's roles do not allow this request");

  private static final Map<String, String> EVERY_OPERATION =
      Map.of(
          "503",
          "The service's database is not reachable; nothing was stored. Try again after"
              + " Retry-After seconds");

  private static final Map<String, String> WITH_A_BODY =
      Map.of(
          "400", "Malformed body or invalid input, naming each wrong field",
          "413", "The body is over the service's size limit");

  @Override
  public void customise(OpenAPI api) {
    if (api.getComponents() == null) {
      api.setComponents(new Components());
    }
    api.getComponents().addSchemas(PROBLEM, problem()).addSchemas(FIELD_ERROR, fieldError());
    if (api.getPaths() == null) {
      return;
    }
    api.getPaths().values().stream()
        .map(PathItem::readOperations)
        .flatMap(List::stream)
        .forEach(ProblemResponses::describeErrors);
  }

  private static void describeErrors(Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(new ApiResponses());
    }
    ApiResponses responses = operation.getResponses();
    boolean withoutToken = operation.getSecurity() != null && operation.getSecurity().isEmpty();
    if (!withoutToken) {
      WITH_A_TOKEN.forEach(
          (code, description) ->
              responses.putIfAbsent(code, new ApiResponse().description(description)));
    }
    EVERY_OPERATION.forEach(
        (code, description) ->
            responses.putIfAbsent(code, new ApiResponse().description(description)));
    if (operation.getRequestBody() != null) {
      WITH_A_BODY.forEach(
          (code, description) ->
              responses.putIfAbsent(code, new ApiResponse().description(description)));
    }
    responses.forEach(
        (code, response) -> {
          if (isError(code) && response.get$ref() == null) {
            response.setContent(
                new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(schema(PROBLEM))));
          }
        });
    ApiResponse unavailable = responses.get("503");
    if (unavailable != null && unavailable.get$ref() == null) {
      unavailable.addHeaderObject(
          "Retry-After",
          new Header()
              .description("Seconds after which the request may be sent again")
              .schema(new IntegerSchema()));
    }
  }

  private static boolean isError(String code) {
    return code.startsWith("4") || code.startsWith("5");
  }

  private static Schema<?> problem() {
    return object(
        "An error, as RFC 9457 problem details",
        Map.of(
            "type",
            uriReference("What kind of problem it is; about:blank when only the status says"),
            "title",
            text("The kind of problem, for people"),
            "status",
            new IntegerSchema().description("The HTTP status"),
            "detail",
            text("What went wrong with this request"),
            "instance",
            uriReference("The request's path"),
            "errors",
            new ArraySchema()
                .items(schema(FIELD_ERROR))
                .description(
                    "Each wrong field of the request (400, and 409 for a conflicting id)")));
  }

  private static Schema<?> fieldError() {
    Map<String, Schema<?>> properties =
        Map.of("field", text(FIELD_PATH), "message", text("What is wrong with it"));
    return object("One wrong field of a request and what is wrong with it", properties)
        .required(List.of("field", "message"));
  }

  private static Schema<?> object(String description, Map<String, Schema<?>> properties) {
    Schema<?> object = new ObjectSchema().description(description);
    new TreeMap<>(properties).forEach(object::addProperty);
    return object;
  }

  private static Schema<?> text(String description) {
    return new StringSchema().description(description);
  }

  private static Schema<?> uriReference(String description) {
    return text(description).format("uri-reference");
  }

  private static Schema<?> schema(String name) {
    return new Schema<>().$ref("#/components/schemas/" + name);
  }
}

package io.baton.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Bad input to every {@code POST} and {@code PUT} (and {@code PATCH}) operation a service describes
 * in its own {@code /v3/api-docs}: each property with a value of the wrong JSON type (and numbers
 * too big for their type), the body without each required field (and with it {@code null}), each
 * text property 512 KB long, a body over the 1 MB limit (with its length, and chunked), JSON nested
 * 10 000 deep, malformed JSON, invalid UTF-8, an empty body, a body that is not an object, and a
 * content type that is not JSON. A service's test extends this and is annotated {@link
 * BatonServiceTest}.
 *
 * <p>The rule each case is held to: the answer is 4xx — never 5xx — as {@code
 * application/problem+json}, and the service's database is exactly as before (every collection
 * keeps its documents, byte for byte): nothing is half-written by a refused request. When one
 * property is wrong, the problem names it in {@code errors[].field} ({@code company.size}, {@code
 * promises[0].text}).
 *
 * <p>Unknown fields are the exception, by Baton's design: services ignore properties they do not
 * know ({@code spring.jackson.deserialization.fail-on-unknown-properties=false} in
 * baton-service-defaults.yml), so a CRM or a form that sends one field more keeps working. An
 * otherwise valid body with unknown fields — among them {@code status}, {@code owner}, {@code
 * score}, {@code version}, {@code id} and {@code _id}, the mass-assignment classics — may therefore
 * be accepted (2xx), but none of their values may be stored anywhere or answered back; answered
 * 4xx, it is held to the rule above. The same goes for the otherwise valid body sent for an unknown
 * id (an upsert such as {@code PUT /api/customers/{id}} may create it).
 *
 * <p>A number or a boolean given to a text property is not sent as a wrong type: Jackson reads
 * {@code 42} as {@code "42"} by design. Path parameters are filled with the ids {@link
 * #existingIds()} names — records the subclass made through the service — so the bad input reaches
 * a real record; parameters it does not name get a well-formed id that exists nowhere.
 */
public abstract class InputFuzzContract {

  /** The size of the long text sent in each text property: huge, but within a request's 1 MB. */
  protected static final int HUGE_STRING_LENGTH = 512 * 1024;

  /** The largest request body a service takes (baton.web.max-request-size). */
  protected static final int MAX_REQUEST_SIZE = 1024 * 1024;

  /** How deep the deeply nested JSON goes. */
  protected static final int DEEP_NESTING = 10_000;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final List<String> UNKNOWN_FIELDS =
      List.of("fuzzUnknownField", "status", "owner", "score", "version", "id", "_id", "createdAt");

  @Autowired protected TestRestTemplate http;
  @Autowired protected MongoTemplate mongo;

  /**
   * Ids of records that exist, by path parameter name ({@code leadId}, {@code dealId}, …), made
   * through the service before the bad input is sent. Called once, before the first request.
   */
  protected Map<String, String> existingIds() {
    return Map.of();
  }

  /**
   * Bodies the service accepts, by operation ({@code "POST /api/leads"}, {@code "PUT
   * /api/customers/{customerId}"}), for operations whose schema alone does not say enough to make
   * one (a date after another, a value range per type). Each bad body is one of these with one
   * thing wrong, so each case tests that one thing. Operations not named get a body made from their
   * schema.
   */
  protected Map<String, Object> validBodies() {
    return Map.of();
  }

  /**
   * The headers that sign a request with this body, for operations a CRM calls without a token (a
   * signed intake), so the bad input reaches the service's checks behind the signature; none for
   * the others. Called for every request, with the body exactly as sent.
   */
  protected Map<String, String> signatureHeaders(HttpMethod method, String path, byte[] body) {
    return Map.of();
  }

  @TestFactory
  Stream<DynamicNode> refusesBadInputToEveryPostAndPutWithProblemJsonAndStoresNothing()
      throws Exception {
    JsonNode api = JSON.readTree(http.getForObject("/v3/api-docs", String.class));
    List<Operation> operations = operations(api);
    assertThat(operations).as("POST, PUT and PATCH operations in /v3/api-docs").isNotEmpty();
    Map<String, String> ids = existingIds();
    Map<String, Object> bodies = validBodies();
    return operations.stream()
        .map(
            operation ->
                DynamicContainer.dynamicContainer(
                    operation.name(),
                    cases(api, operation, ids, bodies.get(operation.name())).stream()
                        .map(
                            c ->
                                DynamicTest.dynamicTest(
                                    c.name(), () -> check(operation, c, ids)))));
  }

  /**
   * A body over the service's 1 MB limit is refused with 413 problem+json before anything is
   * stored, whether its {@code Content-Length} says so or it comes chunked (counted as it is read).
   */
  @TestFactory
  Stream<DynamicTest> refusesABodyOverTheLimitWithItsLengthOrChunked() throws Exception {
    JsonNode api = JSON.readTree(http.getForObject("/v3/api-docs", String.class));
    Map<String, String> ids = existingIds();
    String tooLarge = "{\"fuzz\":\"" + "x".repeat(MAX_REQUEST_SIZE + 1) + "\"}";
    byte[] bytes = tooLarge.getBytes(StandardCharsets.UTF_8);
    return operations(api).stream()
        .flatMap(
            operation ->
                Stream.of(
                    DynamicTest.dynamicTest(
                        operation.name() + " with Content-Length",
                        () ->
                            checkTooLarge(
                                operation, ids, HttpRequest.BodyPublishers.ofByteArray(bytes))),
                    DynamicTest.dynamicTest(
                        operation.name() + " chunked",
                        () ->
                            checkTooLarge(
                                operation,
                                ids,
                                HttpRequest.BodyPublishers.ofInputStream(
                                    () -> new ByteArrayInputStream(bytes))))));
  }

  private void checkTooLarge(
      Operation operation, Map<String, String> ids, HttpRequest.BodyPublisher body)
      throws Exception {
    Map<String, String> before = snapshot();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(http.getRootUri() + operation.pathWith(ids)))
            .header("Content-Type", "application/json")
            .header(
                "Authorization",
                "Bearer " + TestTokens.of(TestSecurityInitializer.TEST_USER, "admin", "system"))
            .method(operation.method().name(), body)
            .build();
    HttpResponse<String> response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(request, HttpResponse.BodyHandlers.ofString());
    String what =
        operation.name()
            + " answered "
            + response.statusCode()
            + ": "
            + abbreviated(response.body());
    assertThat(response.statusCode()).as(what).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type"))
        .as(what)
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(snapshot()).as("the collections after " + what).isEqualTo(before);
  }

  private void check(Operation operation, Case c, Map<String, String> ids) {
    String path = c.unknownIds() ? operation.pathWith(Map.of()) : operation.pathWith(ids);
    Map<String, String> before = snapshot();
    HttpHeaders headers = new HttpHeaders();
    if (c.contentType() != null) {
      headers.setContentType(c.contentType());
    }
    signatureHeaders(operation.method(), path, c.body() == null ? new byte[0] : c.body())
        .forEach(headers::set);
    ResponseEntity<String> response =
        http.exchange(path, operation.method(), new HttpEntity<>(c.body(), headers), String.class);
    int status = response.getStatusCode().value();
    String answer = abbreviated(response.getBody());
    String what =
        operation.method() + " " + path + " " + c.name() + " answered " + status + ": " + answer;
    if (c.mayBeAccepted() && response.getStatusCode().is2xxSuccessful()) {
      if (c.marker() != null) {
        assertThat(String.join("\n", storedDocuments()))
            .as("an unknown field's value stored by " + what)
            .doesNotContain(c.marker());
        assertThat(response.getBody() == null ? "" : response.getBody())
            .as("an unknown field's value answered back by " + what)
            .doesNotContain(c.marker());
      }
      return;
    }
    assertThat(status).as(what).isBetween(400, 499);
    assertThat(response.getHeaders().getContentType())
        .as("the content type of " + what)
        .isNotNull()
        .satisfies(
            type ->
                assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .as("problem+json")
                    .isTrue());
    assertThat(snapshot()).as("the collections after " + what).isEqualTo(before);
    if (c.field() != null) {
      assertThat(wrongFields(response.getBody()))
          .as("errors[].field of " + what)
          .contains(c.field());
    }
  }

  private static List<String> wrongFields(String problem) {
    try {
      return JSON.readTree(problem).path("errors").findValuesAsText("field");
    } catch (Exception e) {
      return List.of();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The cases

  private List<Case> cases(
      JsonNode api, Operation operation, Map<String, String> ids, Object validBody) {
    Schemas schemas = new Schemas(api);
    JsonNode bodySchema =
        operation.bodySchema() == null ? null : schemas.resolve(operation.bodySchema());
    List<Case> cases = new ArrayList<>();
    JsonNode valid =
        validBody != null
            ? JSON.valueToTree(validBody)
            : bodySchema == null ? NODES.objectNode() : schemas.sample(bodySchema, 0);
    if (bodySchema != null) {
      for (Property property : schemas.properties(bodySchema)) {
        for (Map.Entry<String, JsonNode> wrong : wrongValues(property.schema()).entrySet()) {
          cases.add(
              json(
                      property.name() + " as " + wrong.getKey(),
                      with(valid, property.path(), wrong.getValue()))
                  .naming(property.name()));
        }
        if (property.required()) {
          cases.add(
              json("without " + property.name(), without(valid, property.path()))
                  .naming(property.name()));
          cases.add(
              json(property.name() + " null", with(valid, property.path(), NODES.nullNode()))
                  .naming(property.name()));
        }
        if (isText(property.schema())) {
          cases.add(
              json(
                      property.name() + " of 512 KB",
                      with(valid, property.path(), NODES.textNode(huge())))
                  .naming(property.name()));
        }
        if (property.schema().path("additionalProperties").isObject()) {
          ObjectNode map = NODES.objectNode();
          map.put("fuzz-key", huge());
          cases.add(
              json(property.name() + " with a value of 512 KB", with(valid, property.path(), map))
                  .naming(property.name() + ".fuzz-key"));
        }
      }
    }
    String validJson = valid.toString();
    cases.add(
        raw(
            "nested " + DEEP_NESTING + " arrays deep in a field",
            "{\"fuzzDeep\":" + "[".repeat(DEEP_NESTING) + "]".repeat(DEEP_NESTING) + "}"));
    cases.add(
        raw(
            "nested " + DEEP_NESTING + " objects deep",
            "{\"a\":".repeat(DEEP_NESTING) + "1" + "}".repeat(DEEP_NESTING)));
    cases.add(raw("cut off in the middle", validJson.substring(0, validJson.length() / 2)));
    cases.add(raw("malformed", "{\"a\":,}"));
    cases.add(raw("with a trailing comma", validJson.replaceFirst("}$", ",}")));
    cases.add(
        new Case(
            "invalid UTF-8",
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            MediaType.APPLICATION_JSON,
            false,
            null,
            false));
    cases.add(new Case("an empty body", null, MediaType.APPLICATION_JSON, false, null, false));
    cases.add(raw("the JSON null", "null"));
    cases.add(raw("an array", "[" + validJson + "]"));
    cases.add(raw("a string", "\"" + validJson.replace("\"", "'") + "\""));
    cases.add(raw("a number", "42"));
    cases.add(
        new Case("sent as text/plain", bytes(validJson), MediaType.TEXT_PLAIN, false, null, false));
    cases.add(
        new Case("sent as XML", bytes("<body/>"), MediaType.APPLICATION_XML, false, null, false));
    cases.add(
        new Case(
            "sent as a form",
            bytes("a=b"),
            MediaType.APPLICATION_FORM_URLENCODED,
            false,
            null,
            false));
    cases.add(new Case("sent without a content type", bytes(validJson), null, false, null, false));

    String marker = "fuzz-unknown-" + UUID.randomUUID();
    if (bodySchema != null) {
      cases.add(
          new Case(
              "with unknown fields",
              bytes(withUnknownFields(valid, marker).toString()),
              MediaType.APPLICATION_JSON,
              true,
              marker,
              false));
    }
    if (!ids.isEmpty() && PATH_PARAMETER.matcher(operation.pathTemplate()).find()) {
      cases.add(
          new Case(
              "for an id that exists nowhere",
              bytes(validJson),
              MediaType.APPLICATION_JSON,
              true,
              null,
              true));
    }
    return cases;
  }

  private static Map<String, JsonNode> wrongValues(JsonNode schema) {
    Map<String, JsonNode> wrong = new LinkedHashMap<>();
    String type = schema.path("type").asText("object");
    switch (type) {
      case "string" -> {
        if (schema.has("enum")) {
          wrong.put("a value outside its enum", NODES.textNode("fuzz-no-such-value"));
        } else if (schema.has("format") && !schema.path("format").asText().equals("email")) {
          wrong.put(
              "a text that is no " + schema.path("format").asText(),
              NODES.textNode("fuzz-not-a-" + schema.path("format").asText()));
        }
        wrong.put("an object", NODES.objectNode().put("fuzz", 1));
        wrong.put("an array", NODES.arrayNode().add("fuzz"));
      }
      case "integer" -> {
        wrong.put("a text", NODES.textNode("fuzz-not-a-number"));
        wrong.put(
            "a number too big", NODES.numberNode(new BigInteger("99999999999999999999999999")));
        wrong.put("an object", NODES.objectNode());
      }
      case "number" -> {
        wrong.put("a text", NODES.textNode("fuzz-not-a-number"));
        wrong.put("a number too big", NODES.numberNode(new BigDecimal("1e400")));
        wrong.put("an object", NODES.objectNode());
      }
      case "boolean" -> {
        wrong.put("a text", NODES.textNode("fuzz-not-a-boolean"));
        wrong.put("an object", NODES.objectNode());
      }
      case "array" -> {
        wrong.put("a text", NODES.textNode("fuzz-not-an-array"));
        wrong.put("an object", NODES.objectNode());
      }
      default -> {
        wrong.put("a text", NODES.textNode("fuzz-not-an-object"));
        wrong.put("an array", NODES.arrayNode());
        wrong.put("a number", NODES.numberNode(42));
      }
    }
    return wrong;
  }

  private static boolean isText(JsonNode schema) {
    return "string".equals(schema.path("type").asText())
        && !schema.has("enum")
        && (!schema.has("format") || "email".equals(schema.path("format").asText()));
  }

  private static JsonNode withUnknownFields(JsonNode valid, String marker) {
    JsonNode copy = valid.deepCopy();
    addUnknownFields(copy, marker, 0);
    return copy;
  }

  private static void addUnknownFields(JsonNode node, String marker, int depth) {
    if (node instanceof ObjectNode object) {
      List<JsonNode> children = new ArrayList<>();
      object.elements().forEachRemaining(children::add);
      for (String field : depth == 0 ? UNKNOWN_FIELDS : List.of("fuzzUnknownField")) {
        if (!object.has(field)) {
          object.put(field, marker);
        }
      }
      children.forEach(child -> addUnknownFields(child, marker, depth + 1));
    } else if (node instanceof ArrayNode array) {
      array.forEach(child -> addUnknownFields(child, marker, depth + 1));
    }
  }

  private static Case json(String name, JsonNode body) {
    return raw(name, body.toString());
  }

  private static Case raw(String name, String body) {
    return new Case(name, bytes(body), MediaType.APPLICATION_JSON, false, null, false);
  }

  private static JsonNode with(JsonNode valid, List<Object> path, JsonNode value) {
    JsonNode copy = valid.deepCopy();
    JsonNode parent = at(copy, path.subList(0, path.size() - 1));
    Object last = path.getLast();
    if (parent instanceof ObjectNode object) {
      object.set((String) last, value);
    } else if (parent instanceof ArrayNode array) {
      array.set((Integer) last, value);
    }
    return copy;
  }

  private static JsonNode without(JsonNode valid, List<Object> path) {
    JsonNode copy = valid.deepCopy();
    if (at(copy, path.subList(0, path.size() - 1)) instanceof ObjectNode object) {
      object.remove((String) path.getLast());
    }
    return copy;
  }

  private static JsonNode at(JsonNode node, List<Object> path) {
    JsonNode current = node;
    for (Object step : path) {
      current = step instanceof Integer index ? current.path(index) : current.path((String) step);
    }
    return current;
  }

  private static String huge() {
    return "x".repeat(HUGE_STRING_LENGTH);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String abbreviated(String body) {
    if (body == null) {
      return "(no body)";
    }
    return body.length() <= 300 ? body : body.substring(0, 300) + "…";
  }

  // ---------------------------------------------------------------------------------------------
  // What is stored

  /**
   * Per collection of the service's database: how many documents, and a digest of all of them. The
   * outbox relay's claim on a document ({@code outboxClaim}) is left out: the relay sets and
   * releases it on its own sweeps, whatever the requests do.
   */
  private Map<String, String> snapshot() {
    Map<String, String> snapshot = new TreeMap<>();
    for (String collection : mongo.getCollectionNames()) {
      MessageDigest digest = sha256();
      long count = 0;
      for (Document document :
          mongo.getCollection(collection).find().sort(new Document("_id", 1))) {
        document.remove("outboxClaim");
        digest.update(bytes(document.toJson()));
        count++;
      }
      snapshot.put(collection, count + " documents, " + HexFormat.of().formatHex(digest.digest()));
    }
    return snapshot;
  }

  private List<String> storedDocuments() {
    List<String> documents = new ArrayList<>();
    for (String collection : mongo.getCollectionNames()) {
      for (Document document : mongo.getCollection(collection).find()) {
        documents.add(document.toJson());
      }
    }
    return documents;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The OpenAPI document

  private static List<Operation> operations(JsonNode api) {
    List<Operation> operations = new ArrayList<>();
    api.path("paths")
        .fields()
        .forEachRemaining(
            path -> {
              for (String method : List.of("post", "put", "patch")) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                  continue;
                }
                JsonNode content = operation.path("requestBody").path("content");
                JsonNode schema = content.path("application/json").path("schema");
                if (schema.isMissingNode() && content.fields().hasNext()) {
                  schema = content.fields().next().getValue().path("schema");
                }
                operations.add(
                    new Operation(
                        HttpMethod.valueOf(method.toUpperCase()),
                        path.getKey(),
                        schema.isMissingNode() ? null : schema));
              }
            });
    return operations;
  }

  /**
   * One POST, PUT or PATCH operation: its method, path template and the schema of its body, if any.
   */
  private record Operation(HttpMethod method, String pathTemplate, JsonNode bodySchema) {

    String name() {
      return method + " " + pathTemplate;
    }

    String pathWith(Map<String, String> ids) {
      Matcher matcher = PATH_PARAMETER.matcher(pathTemplate);
      StringBuilder path = new StringBuilder();
      while (matcher.find()) {
        String parameter = matcher.group(1);
        matcher.appendReplacement(
            path,
            Matcher.quoteReplacement(ids.getOrDefault(parameter, "fuzz-unknown-" + parameter)));
      }
      matcher.appendTail(path);
      return path.toString();
    }
  }

  /**
   * One bad request: its body and content type; whether it may be accepted (unknown fields), and
   * then which value must not be stored; whether it goes to ids that exist nowhere; which field the
   * problem must name, if one is wrong.
   */
  private record Case(
      String name,
      byte[] body,
      MediaType contentType,
      boolean mayBeAccepted,
      String marker,
      boolean unknownIds,
      String field) {

    Case(
        String name,
        byte[] body,
        MediaType contentType,
        boolean mayBeAccepted,
        String marker,
        boolean unknownIds) {
      this(name, body, contentType, mayBeAccepted, marker, unknownIds, null);
    }

    Case naming(String wrongField) {
      return new Case(name, body, contentType, mayBeAccepted, marker, unknownIds, wrongField);
    }
  }

  /** A property of a body at any depth: {@code company.name}, {@code promises[0].text}. */
  private record Property(String name, List<Object> path, JsonNode schema, boolean required) {}

  /** The schemas of the OpenAPI document: references resolved, valid samples made. */
  private static final class Schemas {

    private static final int MAX_DEPTH = 6;
    private final JsonNode components;

    Schemas(JsonNode api) {
      components = api.path("components").path("schemas");
    }

    JsonNode resolve(JsonNode schema) {
      JsonNode current = schema;
      for (int i = 0; i < 10 && current.has("$ref"); i++) {
        String ref = current.path("$ref").asText();
        current = components.path(ref.substring(ref.lastIndexOf('/') + 1));
      }
      if (current.has("allOf")) {
        ObjectNode merged = NODES.objectNode();
        ObjectNode properties = merged.putObject("properties");
        ArrayNode required = merged.putArray("required");
        merged.put("type", "object");
        for (JsonNode part : current.path("allOf")) {
          JsonNode resolved = resolve(part);
          if (resolved.path("properties").isObject()) {
            properties.setAll((ObjectNode) resolved.path("properties"));
          }
          resolved.path("required").forEach(required::add);
        }
        return merged;
      }
      for (String choice : List.of("oneOf", "anyOf")) {
        if (current.has(choice) && current.path(choice).size() > 0) {
          return resolve(current.path(choice).get(0));
        }
      }
      return current;
    }

    List<Property> properties(JsonNode schema) {
      List<Property> properties = new ArrayList<>();
      collect(schema, "", new ArrayList<>(), properties, 0);
      return properties;
    }

    private void collect(
        JsonNode schema, String prefix, List<Object> path, List<Property> into, int depth) {
      if (depth > MAX_DEPTH) {
        return;
      }
      List<String> required = new ArrayList<>();
      schema.path("required").forEach(name -> required.add(name.asText()));
      Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode propertySchema = resolve(field.getValue());
        String name = prefix + field.getKey();
        List<Object> propertyPath = new ArrayList<>(path);
        propertyPath.add(field.getKey());
        into.add(
            new Property(name, propertyPath, propertySchema, required.contains(field.getKey())));
        if (propertySchema.path("properties").isObject()) {
          collect(propertySchema, name + ".", propertyPath, into, depth + 1);
        } else if ("array".equals(propertySchema.path("type").asText())) {
          JsonNode items = resolve(propertySchema.path("items"));
          List<Object> itemPath = new ArrayList<>(propertyPath);
          itemPath.add(0);
          if (items.path("properties").isObject()) {
            collect(items, name + "[0].", itemPath, into, depth + 1);
          } else if (!items.isMissingNode()) {
            into.add(new Property(name + "[0]", itemPath, items, false));
          }
        }
      }
    }

    /**
     * A value the schema accepts, as far as the schema says: every property, one item per array.
     */
    JsonNode sample(JsonNode schema, int depth) {
      JsonNode resolved = resolve(schema);
      if (resolved.has("example") && !resolved.path("example").isContainerNode()) {
        return resolved.path("example");
      }
      String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "string");
      return switch (type) {
        case "object" -> {
          ObjectNode object = NODES.objectNode();
          if (depth <= MAX_DEPTH) {
            resolved
                .path("properties")
                .fields()
                .forEachRemaining(
                    field -> object.set(field.getKey(), sample(field.getValue(), depth + 1)));
            if (resolved.path("additionalProperties").isObject()) {
              object.set("fuzz-key", sample(resolved.path("additionalProperties"), depth + 1));
            }
          }
          yield object;
        }
        case "array" -> {
          ArrayNode array = NODES.arrayNode();
          if (depth <= MAX_DEPTH && resolved.has("items")) {
            array.add(sample(resolved.path("items"), depth + 1));
          }
          yield array;
        }
        case "integer" -> NODES.numberNode(Math.max(1, resolved.path("minimum").asLong(1)));
        case "number" -> NODES.numberNode(Math.max(1000, resolved.path("minimum").asDouble(0)));
        case "boolean" -> NODES.booleanNode(true);
        default -> NODES.textNode(text(resolved));
      };
    }

    /** A short text that matches the pattern, if one of a few candidates does. */
    private static String matching(String pattern) {
      if (pattern == null) {
        return "fuzz-1";
      }
      List<String> candidates = new ArrayList<>(List.of("fuzz-1", "fuzz", "fuzz1", "FUZZ-1", "1"));
      if (pattern.matches("[\\w|-]+")) {
        candidates.addAll(List.of(pattern.split("\\|")));
      }
      Pattern compiled = Pattern.compile(pattern);
      return candidates.stream()
          .filter(text -> compiled.matcher(text).matches())
          .findFirst()
          .orElse("fuzz-1");
    }

    private static String text(JsonNode schema) {
      if (schema.has("enum") && schema.path("enum").size() > 0) {
        return schema.path("enum").get(0).asText();
      }
      return switch (schema.path("format").asText("")) {
        case "date" -> LocalDate.now(ZoneOffset.UTC).toString();
        case "date-time" -> Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        case "email" -> "fuzz@baton.example";
        case "uuid" -> "6f1c1f58-3c1e-4d39-9a89-2f4f3d4a1b2c";
        default -> {
          String text = matching(schema.path("pattern").asText(null));
          int min = schema.path("minLength").asInt(0);
          int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
          if (text.length() < min) {
            text = text + "x".repeat(min - text.length());
          }
          yield text.length() > max ? text.substring(0, max) : text;
        }
      };
    }
  }
}

package io.baton.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A caller of the running suite's HTTP APIs, as the end-to-end tests and the benchmarks call them:
 * JSON in and out through the gateway (or straight to one service), with a user's bearer token from
 * the suite's identity provider ({@link LocalSuite#token}); the engine's user-task API as the
 * gateway serves it to each user ({@code /v2/user-tasks}); and waiting until an answer shows what
 * is awaited. A client does not change: {@link #withToken}, {@link #at}, {@link #timeout} and
 * {@link #waiting} give another that shares its connections.
 */
public final class SuiteClient {

  /** How long one request may take, unless {@link #timeout} says otherwise. */
  public static final Duration TIMEOUT = Duration.ofSeconds(15);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USER_TASKS = "/v2/user-tasks/";

  private final HttpClient http;
  private final URI base;
  private final Duration timeout;
  private final String authorization;
  private final Polling polling;

  private SuiteClient(
      HttpClient http, URI base, Duration timeout, String authorization, Polling polling) {
    this.http = http;
    this.base = base;
    this.timeout = timeout;
    this.authorization = authorization;
    this.polling = polling;
  }

  /** An anonymous client of {@code base} (scheme, host and port), on a client of its own. */
  public static SuiteClient to(URI base) {
    return to(base, HttpClient.newHttpClient());
  }

  /** An anonymous client of {@code base} sending over {@code http}'s connections. */
  public static SuiteClient to(URI base, HttpClient http) {
    return new SuiteClient(http, base, TIMEOUT, null, Polling.DEFAULT);
  }

  /** An anonymous client of the gateway of a suite laid out so. */
  public static SuiteClient gatewayOf(SuiteLayout layout) {
    return to(URI.create("http://localhost:" + layout.gatewayPort()));
  }

  /** The same connections, sending {@code Authorization: Bearer <token>}. */
  public SuiteClient withToken(String token) {
    return new SuiteClient(http, base, timeout, "Bearer " + token, polling);
  }

  /** The same connections and token, calling {@code base} instead. */
  public SuiteClient at(URI base) {
    return new SuiteClient(http, base, timeout, authorization, polling);
  }

  /** The same client, each request allowed {@code timeout}. */
  public SuiteClient timeout(Duration timeout) {
    return new SuiteClient(http, base, timeout, authorization, polling);
  }

  /** The same client, waiting as {@code polling} says in {@link #awaitJson}. */
  public SuiteClient waiting(Polling polling) {
    return new SuiteClient(http, base, timeout, authorization, polling);
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send("GET", path, null, null);
  }

  /** A GET asking for {@code mediaType} (e.g. {@code text/csv}) in its {@code Accept} header. */
  public HttpResponse<String> get(String path, String mediaType)
      throws IOException, InterruptedException {
    HttpRequest accepting =
        HttpRequest.newBuilder(request("GET", path, null, null), (name, value) -> true)
            .header("Accept", mediaType)
            .build();
    return http.send(accepting, HttpResponse.BodyHandlers.ofString());
  }

  /** A GET sent without waiting for its answer. */
  public CompletableFuture<HttpResponse<String>> getAsync(String path) {
    return http.sendAsync(request("GET", path, null, null), HttpResponse.BodyHandlers.ofString());
  }

  /** The answer's body as JSON, whatever its status. */
  public JsonNode getJson(String path) throws IOException, InterruptedException {
    return json(get(path));
  }

  public HttpResponse<String> post(String path, Object body)
      throws IOException, InterruptedException {
    return send("POST", path, body, null);
  }

  /** A POST of {@code body} as JSON, its {@code X-Correlation-Id} the one given. */
  public HttpResponse<String> post(String path, Object body, String correlationId)
      throws IOException, InterruptedException {
    return send("POST", path, body, correlationId);
  }

  /** A PUT of {@code body} as JSON, its {@code X-Correlation-Id} the one given. */
  public HttpResponse<String> put(String path, Object body, String correlationId)
      throws IOException, InterruptedException {
    return send("PUT", path, body, correlationId);
  }

  /**
   * Any request: {@code body} (none if null) as JSON, {@code correlationId} (none if null) as its
   * {@code X-Correlation-Id}.
   */
  public HttpResponse<String> send(String method, String path, Object body, String correlationId)
      throws IOException, InterruptedException {
    return http.send(
        request(method, path, body, correlationId), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * GETs {@code path} until it answers 200 with JSON that {@code until} accepts, and returns that
   * JSON; waits as the client's {@link Polling} says (a try every 100 ms for 30 s unless {@link
   * #waiting} says otherwise). Any other answer is not yet what is awaited.
   */
  public JsonNode awaitJson(String path, Predicate<JsonNode> until) throws Exception {
    return polling.until(
        "GET " + path,
        () -> {
          HttpResponse<String> response = get(path);
          return response.statusCode() == 200 ? json(response) : MissingNode.getInstance();
        },
        until);
  }

  /** The keys of the open user tasks the caller may see ({@code state} CREATED). */
  public List<String> openUserTasks() throws IOException, InterruptedException {
    HttpResponse<String> found =
        expect(200, post(USER_TASKS + "search", Map.of("filter", Map.of("state", "CREATED"))));
    return json(found).path("items").findValuesAsText("userTaskKey");
  }

  public HttpResponse<String> userTask(String userTaskKey)
      throws IOException, InterruptedException {
    return get(USER_TASKS + userTaskKey);
  }

  public HttpResponse<String> userTaskVariables(String userTaskKey)
      throws IOException, InterruptedException {
    return post(USER_TASKS + userTaskKey + "/variables/search", Map.of());
  }

  /** Claims the task for {@code assignee}, as Tasklist's "Assign to me" does. */
  public HttpResponse<String> assignUserTask(String userTaskKey, String assignee)
      throws IOException, InterruptedException {
    return post(USER_TASKS + userTaskKey + "/assignment", Map.of("assignee", assignee));
  }

  /** Completes the task with its form's {@code variables}. */
  public HttpResponse<String> completeUserTask(String userTaskKey, Map<String, ?> variables)
      throws IOException, InterruptedException {
    return post(USER_TASKS + userTaskKey + "/completion", Map.of("variables", variables));
  }

  /** The body of a response as JSON. */
  public static JsonNode json(HttpResponse<String> response) throws JsonProcessingException {
    return JSON.readTree(response.body());
  }

  /** Fails unless the response has the expected status: the caller counts only correct answers. */
  public static HttpResponse<String> expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.uri()
              + " answered "
              + response.statusCode()
              + " instead of "
              + status
              + ": "
              + abbreviate(response.body()));
    }
    return response;
  }

  private HttpRequest request(String method, String path, Object body, String correlationId) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (correlationId != null) {
      request.header("X-Correlation-Id", correlationId);
    }
    if (body == null) {
      return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    try {
      return request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot send " + body + " as JSON", e);
    }
  }

  private static String abbreviate(String body) {
    return body.length() <= 300 ? body : body.substring(0, 300) + "...";
  }

  /**
   * How a caller waits for something to happen: it looks at once, then again after each pause,
   * until {@code atMost} has passed; each pause is twice the one before, up to {@code longestPause}
   * (the same pause every time when both are equal), so that many waiting callers do not crowd out
   * the work they wait for.
   */
  public record Polling(Duration atMost, Duration firstPause, Duration longestPause) {

    /** A look every 100 ms, for 30 s. */
    public static final Polling DEFAULT = every(Duration.ofMillis(100), Duration.ofSeconds(30));

    /** A look every {@code pause}, for {@code atMost}. */
    public static Polling every(Duration pause, Duration atMost) {
      return new Polling(atMost, pause, pause);
    }

    /**
     * Pauses from {@code firstPause}, doubling up to {@code longest} times it, for {@code atMost}.
     */
    public static Polling backingOff(Duration firstPause, int longest, Duration atMost) {
      return new Polling(atMost, firstPause, firstPause.multipliedBy(longest));
    }

    /**
     * Calls {@code probe} until {@code done} accepts what it returns, and returns that; what the
     * probe throws ends the wait. Throws {@link TimeoutException}, naming {@code what} and the last
     * value, once {@code atMost} has passed.
     */
    public <T> T until(String what, Callable<T> probe, Predicate<? super T> done) throws Exception {
      Instant deadline = Instant.now().plus(atMost);
      Duration pause = firstPause;
      while (true) {
        T value = probe.call();
        if (done.test(value)) {
          return value;
        }
        if (!Instant.now().isBefore(deadline)) {
          throw new TimeoutException(
              what + " was not as awaited within " + atMost + "; the last look: " + value);
        }
        Thread.sleep(pause);
        Duration next = pause.multipliedBy(2);
        pause = next.compareTo(longestPause) > 0 ? longestPause : next;
      }
    }
  }
}

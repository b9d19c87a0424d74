package io.baton.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.baton.local.SuiteClient;
import io.baton.local.SuiteClient.Polling;
import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.UserTaskFilter;
import io.camunda.client.api.search.response.UserTask;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One person of the demo, signed in: their calls through the gateway ({@link SuiteClient}) and
 * their Camunda user tasks (the official client, against the user-task API the gateway serves),
 * both with their token, so the services record them as the one who did it. A call the gateway
 * turns away for now — too many requests (429), a service briefly unavailable (502, 503, 504), a
 * connection that failed — is sent again after a pause, for up to {@link #PERSISTENCE}.
 */
final class Actor implements AutoCloseable {

  /** How long a call is tried again while the suite answers that it cannot take it now. */
  static final Duration PERSISTENCE = Duration.ofMinutes(2);

  /**
   * How long a step waits for the processes to show what it waits for: they answer in a second or
   * two, but a machine busy with other work can make them take much longer.
   */
  static final Duration STEP = Duration.ofMinutes(5);

  private static final Set<Integer> TRY_AGAIN = Set.of(429, 502, 503, 504);
  private static final Polling WAITING = Polling.backingOff(Duration.ofMillis(500), 4, STEP);

  private final String username;
  private final SuiteClient http;
  private final CamundaClient tasks;

  private Actor(String username, SuiteClient http, CamundaClient tasks) {
    this.username = username;
    this.http = http;
    this.tasks = tasks;
  }

  /** {@code username}, with their access token, calling the gateway at {@code gateway}. */
  static Actor signedIn(String username, String token, SuiteClient anonymous, URI gateway) {
    CamundaClient tasks =
        CamundaClient.newClientBuilder()
            .restAddress(gateway)
            // every user-task call goes over REST, through the gateway; gRPC is never used
            .grpcAddress(gateway)
            .preferRestOverGrpc(true)
            .defaultRequestTimeout(SuiteClient.TIMEOUT)
            .credentialsProvider(new BearerToken(token))
            .build();
    return new Actor(username, anonymous.withToken(token), tasks);
  }

  /** GETs {@code path}; 404 is empty, 200 its JSON, anything else fails. */
  Optional<JsonNode> find(String path) throws Exception {
    HttpResponse<String> response = send("GET", path, null);
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    return Optional.of(SuiteClient.json(SuiteClient.expect(200, response)));
  }

  JsonNode get(String path) throws Exception {
    return SuiteClient.json(SuiteClient.expect(200, send("GET", path, null)));
  }

  /**
   * POSTs {@code body} as JSON and returns the answer's JSON, failing unless it is one of {@code
   * ok}.
   */
  JsonNode post(String path, Object body, int... ok) throws Exception {
    HttpResponse<String> response = send("POST", path, body);
    for (int status : ok) {
      if (response.statusCode() == status) {
        return SuiteClient.json(response);
      }
    }
    return SuiteClient.json(SuiteClient.expect(ok[0], response));
  }

  /**
   * POSTs {@code body} and returns the answer as it is (after trying again on the pauses above).
   */
  HttpResponse<String> postRaw(String path, Object body) throws Exception {
    return send("POST", path, body);
  }

  /** GETs {@code path} until it answers 200 with JSON that {@code until} accepts. */
  JsonNode await(String path, Predicate<JsonNode> until) throws Exception {
    return WAITING.until(
        username + ": GET " + path, () -> find(path).orElse(MissingNode.getInstance()), until);
  }

  /** Waits as a step waits until {@code probe} gives what {@code done} accepts. */
  <T> T await(String what, Callable<T> probe, Predicate<? super T> done) throws Exception {
    return WAITING.until(username + ": " + what, probe, done);
  }

  /** The open user tasks this user sees that {@code filter} selects. */
  List<UserTask> openTasks(Consumer<UserTaskFilter> filter) throws Exception {
    return camunda(
        () ->
            tasks
                .newUserTaskSearchRequest()
                .filter(
                    wanted -> {
                      filter.accept(wanted);
                      wanted.state(UserTaskState.CREATED);
                    })
                .send()
                .join()
                .items());
  }

  /** Claims the task for this user, unless it is theirs already. */
  void claim(UserTask task) throws Exception {
    if (!username.equals(task.getAssignee())) {
      camunda(
          () ->
              tasks
                  .newAssignUserTaskCommand(task.getUserTaskKey())
                  .assignee(username)
                  .send()
                  .join());
    }
  }

  /** Completes the task with its form's variables. */
  void complete(UserTask task, Map<String, Object> variables) throws Exception {
    camunda(
        () ->
            tasks
                .newCompleteUserTaskCommand(task.getUserTaskKey())
                .variables(variables)
                .send()
                .join());
  }

  private HttpResponse<String> send(String method, String path, Object body) throws Exception {
    return persistently(
        method + " " + path,
        () -> {
          HttpResponse<String> response = http.send(method, path, body, null);
          return TRY_AGAIN.contains(response.statusCode())
              ? new Attempted<>(null, retryAfter(response))
              : new Attempted<>(response, null);
        },
        failure -> failure instanceof IOException);
  }

  private <T> T camunda(Callable<T> call) throws Exception {
    return persistently(
        "a user-task call",
        () -> {
          try {
            return new Attempted<>(call.call(), null);
          } catch (CompletionException wrapped) {
            throw wrapped.getCause() instanceof RuntimeException cause ? cause : wrapped;
          }
        },
        failure ->
            failure instanceof ClientHttpException http
                ? TRY_AGAIN.contains(http.code())
                : failure instanceof ClientException && failure.getCause() instanceof IOException);
  }

  /** What one try gave: a result, or how long to pause before the next. */
  private record Attempted<T>(T result, Duration pause) {}

  /**
   * Tries {@code attempt} until it gives a result: again after its pause, or after a second when it
   * failed in a way {@code transient} accepts; for up to {@link #PERSISTENCE}.
   */
  private <T> T persistently(
      String what, Callable<Attempted<T>> attempt, Predicate<Exception> transientFailure)
      throws Exception {
    Instant deadline = Instant.now().plus(PERSISTENCE);
    while (true) {
      Duration pause;
      try {
        Attempted<T> attempted = attempt.call();
        if (attempted.pause() == null) {
          return attempted.result();
        }
        pause = attempted.pause();
      } catch (Exception failure) {
        if (!transientFailure.test(failure)) {
          throw failure;
        }
        pause = Duration.ofSeconds(1);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            username + ": " + what + " was turned away for " + PERSISTENCE);
      }
      Thread.sleep(pause);
    }
  }

  private static Duration retryAfter(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .map(seconds -> Duration.ofSeconds(Math.max(1, Long.parseLong(seconds.strip()))))
        .orElse(Duration.ofSeconds(1));
  }

  @Override
  public void close() {
    tasks.close();
  }

  /** Sends the user's access token with every user-task call. */
  private record BearerToken(String token) implements CredentialsProvider {
    @Override
    public void applyCredentials(CredentialsApplier applier) {
      applier.put("Authorization", "Bearer " + token);
    }

    @Override
    public boolean shouldRetryRequest(StatusCode statusCode) {
      return false;
    }
  }
}

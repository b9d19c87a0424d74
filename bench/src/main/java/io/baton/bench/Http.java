package io.baton.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * JSON over HTTP/1.1 with keep-alive connections, as the load drivers use it; with a bearer token
 * on every request once {@link #withToken} gave one.
 */
final class Http {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final HttpClient client;
  private final ObjectMapper json = new ObjectMapper();
  private final String authorization;

  Http() {
    this(
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build(),
        null);
  }

  private Http(HttpClient client, String authorization) {
    this.client = client;
    this.authorization = authorization;
  }

  /** The same connections, sending {@code Authorization: Bearer <token>}. */
  Http withToken(String token) {
    return new Http(client, "Bearer " + token);
  }

  HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return client.send(request(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(URI uri, Object body, String correlationId)
      throws IOException, InterruptedException {
    HttpRequest request =
        request(uri)
            .header("Content-Type", "application/json")
            .header("X-Correlation-Id", correlationId)
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
    return authorization == null ? request : request.header("Authorization", authorization);
  }

  /** Fails unless the response has the expected status: a benchmark counts only correct answers. */
  static HttpResponse<String> expect(int status, HttpResponse<String> response) {
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

  JsonNode json(HttpResponse<String> response) throws IOException {
    return json.readTree(response.body());
  }

  private static String abbreviate(String body) {
    return body.length() <= 300 ? body : body.substring(0, 300) + "...";
  }
}

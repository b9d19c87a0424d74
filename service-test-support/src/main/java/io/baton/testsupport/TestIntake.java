package io.baton.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The CRM intake of the services under test ({@link TestSecurityInitializer}): secrets made for the
 * test run, the public URL HubSpot is taken to call, and the headers a sender signs a request with,
 * computed here from the schemes' descriptions rather than with the services' own code, as HubSpot
 * or another sender would.
 */
public final class TestIntake {

  /** The HubSpot app's client secret (baton.intake.hubspot.client-secret). */
  public static final String HUBSPOT_CLIENT_SECRET = UUID.randomUUID().toString();

  /** The secret of Baton's webhook format (baton.intake.webhook.secret). */
  public static final String WEBHOOK_SECRET = "test-" + UUID.randomUUID();

  /**
   * Where HubSpot calls Baton (baton.intake.hubspot.public-url): it signs this URL and the path.
   */
  public static final String PUBLIC_URL = "https://baton.example.com";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private TestIntake() {}

  /**
   * A request as a CRM sends it to {@code root + path}: a JSON body (none if {@code null}) and no
   * token unless the headers carry one.
   */
  public static HttpResponse<String> send(
      String root, String method, String path, Map<String, String> headers, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(root + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    try {
      return CLIENT.send(
          request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code json} as the bytes a sender signs and sends. */
  public static byte[] bytes(Object json) {
    try {
      return JSON.writeValueAsBytes(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fields a problem+json answer names in its {@code errors}. */
  public static List<String> fields(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body()).path("errors").findValuesAsText("field");
  }

  /**
   * HubSpot's signature v3 of a POST to {@code url}: {@code X-HubSpot-Signature-v3} =
   * Base64(HMAC-SHA256(client secret, "POST" + url + body + timestamp)), {@code
   * X-HubSpot-Request-Timestamp} in milliseconds.
   */
  public static Map<String, String> hubSpotHeaders(
      String secret, String url, byte[] body, Instant at) {
    String timestamp = Long.toString(at.toEpochMilli());
    byte[] mac =
        hmac(
            secret,
            ("POST" + url).getBytes(StandardCharsets.UTF_8),
            body,
            timestamp.getBytes(StandardCharsets.UTF_8));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-HubSpot-Request-Timestamp", timestamp);
    headers.put("X-HubSpot-Signature-v3", Base64.getEncoder().encodeToString(mac));
    return headers;
  }

  /**
   * {@link #hubSpotHeaders(String, String, byte[], Instant)} of a POST to {@code path} at the
   * public URL, with the test run's secret, now.
   */
  public static Map<String, String> hubSpotHeaders(String path, byte[] body) {
    return hubSpotHeaders(HUBSPOT_CLIENT_SECRET, PUBLIC_URL + path, body, Instant.now());
  }

  /**
   * Baton's webhook signature: {@code Baton-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "."
   * + body)>}, {@code Baton-Timestamp} in seconds.
   */
  public static Map<String, String> webhookHeaders(String secret, byte[] body, Instant at) {
    String timestamp = Long.toString(at.getEpochSecond());
    byte[] mac = hmac(secret, (timestamp + ".").getBytes(StandardCharsets.UTF_8), body);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Baton-Timestamp", timestamp);
    headers.put("Baton-Signature", "v1=" + HexFormat.of().formatHex(mac));
    return headers;
  }

  /** {@link #webhookHeaders(String, byte[], Instant)} with the test run's secret, now. */
  public static Map<String, String> webhookHeaders(byte[] body) {
    return webhookHeaders(WEBHOOK_SECRET, body, Instant.now());
  }

  private static byte[] hmac(String secret, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}

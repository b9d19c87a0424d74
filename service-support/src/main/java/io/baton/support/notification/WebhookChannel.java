package io.baton.support.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.support.notification.NotificationProperties.Target;
import io.baton.support.signature.BatonSignature;
import io.baton.support.signature.SignedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Webhooks: one POST per event and target ({@code webhook:<name>} in the delivery log), signed with
 * {@link BatonSignature} and the target's secret. A 2xx answer is sent; a 5xx, 408, 429, a timeout
 * or a connection error is tried again; any other answer, and a host the {@link WebhookAllowList}
 * refuses, is a dead letter at once. Redirects are not followed.
 */
public class WebhookChannel implements NotificationChannel {

  /** The channel's name, and the prefix of a target's recipient in the delivery log. */
  public static final String NAME = "webhook";

  public static final String RECIPIENT_PREFIX = NAME + ":";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final NotificationProperties properties;
  private final WebhookAllowList allowList;
  private final HttpClient http;
  private final Clock clock;

  public WebhookChannel(
      NotificationProperties properties, WebhookAllowList allowList, Clock clock) {
    this.properties = properties;
    this.allowList = allowList;
    this.clock = clock;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(properties.webhooks().timeout())
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void send(Notification notification, Person to) {
    String targetName = to.username().substring(RECIPIENT_PREFIX.length());
    Target target = properties.webhooks().targets().get(targetName);
    if (target == null) {
      throw new UndeliverableException("No webhook target " + targetName + " is configured");
    }
    allowList
        .refusal(target.url())
        .ifPresent(
            refusal -> {
              throw new UndeliverableException(refusal);
            });
    byte[] body = body(notification, target.format());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target.url())
            .timeout(properties.webhooks().timeout())
            .header("Content-Type", "application/json")
            .header("User-Agent", "Baton-Webhooks")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    new BatonSignature(target.secret())
        .headers(new SignedRequest("POST", target.url().toString(), body), clock.instant())
        .forEach(request::header);
    int status;
    try {
      status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException("Webhook " + targetName + " not reached: " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Webhook " + targetName + " interrupted", e);
    }
    if (status >= 200 && status < 300) {
      return;
    }
    String answer = "Webhook " + targetName + " answered " + status;
    if (status >= 500 || status == 408 || status == 429) {
      throw new IllegalStateException(answer);
    }
    throw new UndeliverableException(answer + "; not tried again");
  }

  /** The body a target of {@code format} receives for {@code notification}. */
  public byte[] body(Notification notification, WebhookFormat format) {
    String link = properties.absoluteLink(notification.link());
    Map<String, Object> body = new LinkedHashMap<>();
    if (format == WebhookFormat.SLACK) {
      body.put("text", slackText(notification, link));
    } else {
      body.put("eventId", notification.eventId());
      body.put("eventType", notification.eventType());
      body.put("occurredAt", String.valueOf(notification.createdAt()));
      body.put("subject", new TreeMap<>(notification.subject()));
      body.put("link", link);
      body.put("recipients", notification.recipients());
    }
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the webhook of " + notification.eventId(), e);
    }
  }

  private static String slackText(Notification notification, String link) {
    String subject =
        new TreeMap<>(notification.subject())
            .entrySet().stream()
                .map(entry -> entry.getKey() + ": " + escape(entry.getValue()))
                .collect(Collectors.joining(", "));
    StringBuilder text = new StringBuilder("*").append(notification.eventType()).append("*");
    if (!subject.isEmpty()) {
      text.append(" — ").append(subject);
    }
    if (link != null) {
      text.append("\n<").append(link).append("|Open in Baton>");
    }
    return text.toString();
  }

  /** Slack's control characters, escaped as its message formatting asks. */
  private static String escape(String value) {
    return value == null
        ? ""
        : value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
  }
}

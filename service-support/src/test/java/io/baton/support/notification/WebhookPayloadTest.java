package io.baton.support.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookPayloadTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebhookChannel channel =
      new WebhookChannel(
          new NotificationProperties(
              null,
              null,
              null,
              0,
              null,
              null,
              null,
              "https://baton.example.com",
              null,
              null,
              null,
              null),
          new WebhookAllowList(List.of()),
          Clock.systemUTC());

  private final Notification notification =
      Notification.pending(
          "L-7/first-contact-due",
          "first-contact-due",
          List.of("user:sam"),
          Map.of("leadId", "L-7", "company", "Acme <& Co>"),
          "/console/#/tasks",
          Instant.parse("2026-12-03T09:00:00Z"));

  @Test
  void theJsonBodyNamesTheEventItsSubjectAnAbsoluteLinkAndItsRecipients() throws Exception {
    JsonNode body = JSON.readTree(channel.body(notification, WebhookFormat.JSON));

    assertThat(body.get("eventId").asText()).isEqualTo("L-7/first-contact-due");
    assertThat(body.get("eventType").asText()).isEqualTo("first-contact-due");
    assertThat(body.get("occurredAt").asText()).isEqualTo("2026-12-03T09:00:00Z");
    assertThat(body.get("subject").get("leadId").asText()).isEqualTo("L-7");
    assertThat(body.get("link").asText()).isEqualTo("https://baton.example.com/console/#/tasks");
    assertThat(body.get("recipients").get(0).asText()).isEqualTo("user:sam");
    assertThat(body.size()).isEqualTo(6);
  }

  @Test
  void theSlackBodyIsOneEscapedTextWithTheLink() throws Exception {
    JsonNode body = JSON.readTree(channel.body(notification, WebhookFormat.SLACK));

    assertThat(body.size()).isEqualTo(1);
    assertThat(body.get("text").asText())
        .startsWith("*first-contact-due*")
        .contains("company: Acme &lt;&amp; Co&gt;")
        .contains("leadId: L-7")
        .endsWith("<https://baton.example.com/console/#/tasks|Open in Baton>");
  }
}

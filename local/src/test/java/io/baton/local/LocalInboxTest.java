package io.baton.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.support.signature.BatonSignature;
import io.baton.support.signature.SignedRequest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalInboxTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;

  private final int smtpPort = SuiteLayout.freePort();
  private final int inboxPort = SuiteLayout.freePort();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private LocalInbox inbox;

  @BeforeEach
  void start() {
    inbox = LocalInbox.start(smtpPort, inboxPort, data.resolve("notifications"));
  }

  @AfterEach
  void stop() {
    inbox.close();
    http.close();
  }

  @Test
  void writesANewWebhookSecretEveryRunReadableByItsOwnerOnly() throws Exception {
    Path file = data.resolve("notifications").resolve(LocalInbox.SECRET_FILE);
    assertThat(Files.readString(file)).isEqualTo(inbox.webhookSecret()).hasSizeGreaterThan(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void listsTheEmailsReceivedNewestFirstWithTheirTextAndHtml() throws Exception {
    send("First contact is due: Acme (L-1)", Instant.parse("2026-11-02T09:00:00Z"));
    send("Review an unreached <lead>: Acme (L-1)", Instant.parse("2026-11-02T10:00:00Z"));

    JsonNode mails = getJson("/mails");

    assertThat(mails).hasSize(2);
    JsonNode newest = mails.get(0);
    assertThat(newest.path("subject").asText()).isEqualTo("Review an unreached <lead>: Acme (L-1)");
    assertThat(newest.path("from").asText()).isEqualTo("baton@baton.local");
    assertThat(newest.path("to").asText()).isEqualTo("max@baton.local");
    assertThat(newest.path("sentAt").asText()).isEqualTo("2026-11-02T10:00:00Z");
    assertThat(newest.path("text").asText())
        .isEqualTo("Open http://localhost:8080/console/#/tasks");
    assertThat(mails.get(1).path("subject").asText()).startsWith("First contact is due");
    HttpResponse<String> html = get(newest.path("html").asText());
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(html.body()).contains("<a href=\"http://localhost:8080/console/#/tasks\">");
    assertThat(get("/mails/99.html").statusCode()).isEqualTo(404);
    String page = get("/").body();
    assertThat(page)
        .contains("Review an unreached &lt;lead&gt;: Acme (L-1)", "max@baton.local")
        .doesNotContain("<lead>");
    assertThat(page.indexOf("Review an unreached")).isLessThan(page.indexOf("First contact"));
  }

  @Test
  void recordsEachWebhookWithWhetherItsSignatureIsThisRunsOrNot() throws Exception {
    byte[] body =
        "{\"eventType\":\"manager-review\",\"subject\":{\"leadId\":\"L-1\"}}"
            .getBytes(StandardCharsets.UTF_8);
    Map<String, String> signed =
        new BatonSignature(inbox.webhookSecret())
            .headers(new SignedRequest("POST", "/webhooks", body), Instant.now());
    Map<String, String> otherSecret =
        new BatonSignature("not-this-runs-secret-0123456789abcdef")
            .headers(new SignedRequest("POST", "/webhooks", body), Instant.now());

    assertThat(post(body, signed).statusCode()).isEqualTo(204);
    assertThat(post(body, otherSecret).statusCode()).isEqualTo(204);
    assertThat(post("not json".getBytes(StandardCharsets.UTF_8), Map.of()).statusCode())
        .isEqualTo(204);

    JsonNode webhooks = getJson("/webhooks");
    assertThat(webhooks).hasSize(3);
    assertThat(webhooks.get(0).path("verified").asBoolean()).isFalse();
    assertThat(webhooks.get(0).path("body").asText()).isEqualTo("not json");
    assertThat(webhooks.get(1).path("verified").asBoolean()).isFalse();
    assertThat(webhooks.get(1).path("signature").asText()).contains("does not match");
    JsonNode verified = webhooks.get(2);
    assertThat(verified.path("verified").asBoolean()).isTrue();
    assertThat(verified.path("eventType").asText()).isEqualTo("manager-review");
    assertThat(verified.path("body").path("subject").path("leadId").asText()).isEqualTo("L-1");
    assertThat(get("/").body()).contains("manager-review", "verified", "not verified");
  }

  private void send(String subject, Instant sentAt) throws Exception {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "localhost");
    properties.put("mail.smtp.port", String.valueOf(smtpPort));
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "5000");
    MimeMessage message = new MimeMessage(Session.getInstance(properties));
    message.setFrom(new InternetAddress("baton@baton.local"));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress("max@baton.local"));
    message.setSubject(subject, "UTF-8");
    message.setSentDate(Date.from(sentAt));
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Open http://localhost:8080/console/#/tasks", "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setContent(
        "<p><a href=\"http://localhost:8080/console/#/tasks\">Open</a></p>",
        "text/html; charset=UTF-8");
    message.setContent(new MimeMultipart("alternative", text, html));
    Transport.send(message);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + inboxPort + path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode getJson(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> post(byte[] body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + inboxPort + "/webhooks"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}

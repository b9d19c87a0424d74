package io.baton.support.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.baton.support.notification.NotificationProperties.Target;
import io.baton.support.notification.NotificationProperties.Webhooks;
import io.baton.support.signature.BatonSignature;
import io.baton.support.signature.SignatureVerdict;
import io.baton.support.signature.SignedRequest;
import io.baton.testsupport.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponseException;

/**
 * The relay with the webhook channel, against the MongoDB wire server and a WireMock receiver:
 * signed bodies, retries, dead letters, re-sending, and nothing sent twice after a crash.
 */
class WebhookRelayIT {

  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
  private static final String SECRET = "whsec-test-only";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MutableClock clock = new MutableClock(NOW);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private MongoServer mongoServer;
  private MongoTemplate mongo;
  private WireMockServer receiver;

  @BeforeEach
  void start() throws Exception {
    mongoServer = new MongoServer(new MemoryBackend());
    mongoServer.bind("127.0.0.1", 0);
    mongo =
        new MongoTemplate(
            MongoClients.create("mongodb://localhost:" + mongoServer.getLocalAddress().getPort()),
            "webhook-test");
    receiver = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    receiver.start();
    warmUp();
  }

  /** One request before the tests', so a cold receiver is not taken for a timeout. */
  private void warmUp() throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      client.send(
          HttpRequest.newBuilder(URI.create(hookUrl())).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.discarding());
    }
    receiver.resetAll();
  }

  @AfterEach
  void stop() {
    receiver.stop();
    mongoServer.shutdownNow();
    SecurityContextHolder.clearContext();
  }

  @Test
  void postsOneSignedJsonBodyPerEventAndTargetThatVerifiesWithTheTargetsSecret() throws Exception {
    answer(204);
    NotificationRelay relay = relay(WebhookFormat.JSON, List.of("127.0.0.1"), 3);
    storeThingWith(notification("t-1/first-contact-due"));

    relay.sweep();
    relay.sweep();

    List<LoggedRequest> received = receiver.findAll(postRequestedFor(urlEqualTo("/hook")));
    assertThat(received).hasSize(1);
    LoggedRequest request = received.getFirst();
    SignatureVerdict verdict =
        new BatonSignature(SECRET)
            .verify(
                new SignedRequest("POST", hookUrl(), request.getBody()), request::getHeader, NOW);
    assertThat(verdict).isEqualTo(SignatureVerdict.VALID);
    assertThat(
            new BatonSignature("another-secret")
                .verify(
                    new SignedRequest("POST", hookUrl(), request.getBody()),
                    request::getHeader,
                    NOW))
        .isEqualTo(SignatureVerdict.MISMATCH);
    JsonNode body = JSON.readTree(request.getBody());
    assertThat(body.get("eventId").asText()).isEqualTo("t-1/first-contact-due");
    assertThat(body.get("link").asText()).isEqualTo("https://baton.example.com/things/t-1");
    assertThat(body.get("recipients").get(0).asText()).isEqualTo("user:sam");
    Document delivery = onlyDelivery();
    assertThat(delivery.getString("recipient")).isEqualTo("webhook:crm");
    assertThat(delivery.getString("channel")).isEqualTo("webhook");
    assertThat(delivery.getString("status")).isEqualTo("SENT");
    assertThat(
            meters
                .counter(
                    "baton.notifications.sent",
                    "channel",
                    "webhook",
                    "event-type",
                    "first-contact-due")
                .count())
        .isEqualTo(1);
  }

  @Test
  void postsASlackMessageWithTheLinkSignedToo() throws Exception {
    answer(200);
    NotificationRelay relay = relay(WebhookFormat.SLACK, List.of("127.0.0.1"), 3);
    storeThingWith(notification("t-1/manager-review"));

    relay.sweep();

    LoggedRequest request = receiver.findAll(postRequestedFor(urlEqualTo("/hook"))).getFirst();
    JsonNode body = JSON.readTree(request.getBody());
    assertThat(body.size()).isEqualTo(1);
    assertThat(body.get("text").asText())
        .startsWith("*manager-review*")
        .contains("<https://baton.example.com/things/t-1|Open in Baton>");
    assertThat(
            new BatonSignature(SECRET)
                .verify(
                    new SignedRequest("POST", hookUrl(), request.getBody()),
                    request::getHeader,
                    NOW))
        .isEqualTo(SignatureVerdict.VALID);
  }

  @Test
  void triesAgainAfterA5xxAndATimeoutThenSends() {
    NotificationRelay relay = relay(WebhookFormat.JSON, List.of("127.0.0.1"), 5);
    storeThingWith(notification("t-1/first-contact-due"));
    answer(503);

    relay.sweep();

    Document afterError = onlyDelivery();
    assertThat(afterError.getString("status")).isEqualTo("PENDING");
    assertThat(afterError.getString("lastError")).contains("answered 503");

    receiver.resetAll();
    receiver.stubFor(
        post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));
    clock.advance(Duration.ofMinutes(1));
    relay.sweep();

    Document afterTimeout = onlyDelivery();
    assertThat(afterTimeout.getString("status")).isEqualTo("PENDING");
    assertThat(afterTimeout.getString("lastError")).contains("not reached").contains("Timeout");

    receiver.resetAll();
    answer(200);
    clock.advance(Duration.ofMinutes(2));
    relay.sweep();

    Document sent = onlyDelivery();
    assertThat(sent.getString("status")).isEqualTo("SENT");
    assertThat(sent.getInteger("attempts")).isEqualTo(3);
    assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hook")))).hasSize(1);
  }

  @Test
  void keepsADeadLetterAfterTheLastTryAndSendsItAgainWhenAnAdministratorAsks() {
    NotificationRelay relay = relay(WebhookFormat.JSON, List.of("127.0.0.1"), 2);
    NotificationLogController log = new NotificationLogController(mongo, clock);
    storeThingWith(notification("t-1/first-contact-due"));
    answer(500);

    relay.sweep();
    clock.advance(Duration.ofMinutes(1));
    relay.sweep();

    Document dead = onlyDelivery();
    assertThat(dead.getString("status")).isEqualTo("DEAD");
    assertThat(dead.getString("lastError")).contains("answered 500");
    assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hook")))).hasSize(2);
    assertThat(
            meters
                .counter(
                    "baton.notifications.failed",
                    "channel",
                    "webhook",
                    "event-type",
                    "first-contact-due")
                .count())
        .isEqualTo(1);

    String id = NotificationLogController.publicId(dead.getString("_id"));
    signIn("sam", "sales");
    assertThatThrownBy(() -> log.resend(id, null))
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            e -> assertThat(e.getStatusCode().value()).isEqualTo(403));

    signIn("ada", "admin");
    receiver.resetAll();
    answer(200);
    assertThat(log.resend(id, null).status()).isEqualTo(DeliveryStatus.PENDING);
    relay.sweep();

    assertThat(onlyDelivery().getString("status")).isEqualTo("SENT");
    assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hook")))).hasSize(1);
  }

  @Test
  void aResentDeadLetterIsSentOnceAndOnlyADeadLetterIsResent() {
    NotificationRelay relay = relay(WebhookFormat.JSON, List.of("127.0.0.1"), 1);
    NotificationLogController log = new NotificationLogController(mongo, clock);
    storeThingWith(notification("t-1/first-contact-due"));
    answer(502);
    relay.sweep();
    String id = NotificationLogController.publicId(onlyDelivery().getString("_id"));
    signIn("ada", "admin");
    receiver.resetAll();
    answer(200);

    NotificationLogController.DeliveryResponse pending = log.resend(id, null);
    relay.sweep();

    assertThat(pending.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(pending.attempts()).isZero();
    assertThat(onlyDelivery().getString("status")).isEqualTo("SENT");
    assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hook")))).hasSize(1);
    assertThatThrownBy(() -> log.resend(id, null))
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
    assertThatThrownBy(() -> log.resend("bm8tc3VjaA", null)).hasMessageContaining("was not found");
  }

  @Test
  void aClientErrorIsADeadLetterAtOnce() {
    NotificationRelay relay = relay(WebhookFormat.JSON, List.of("127.0.0.1"), 5);
    storeThingWith(notification("t-1/first-contact-due"));
    answer(410);

    relay.sweep();

    Document dead = onlyDelivery();
    assertThat(dead.getString("status")).as(dead.getString("lastError")).isEqualTo("DEAD");
    assertThat(dead.getInteger("attempts")).isEqualTo(1);
    assertThat(dead.getString("lastError")).contains("answered 410").contains("not tried again");
  }

  @Test
  void tooManyRequestsIsTriedAgain() {
    NotificationRelay relay = relay(WebhookFormat.JSON, List.of("127.0.0.1"), 5);
    storeThingWith(notification("t-1/first-contact-due"));
    answer(429);

    relay.sweep();

    assertThat(onlyDelivery().getString("status")).isEqualTo("PENDING");
  }

  @Test
  void neverPostsAgainWhatACrashInterruptedBetweenClaimAndSend() {
    answer(200);
    NotificationRelay relay = relay(WebhookFormat.JSON, List.of("127.0.0.1"), 3);
    storeThingWith(notification("t-1/first-contact-due"));
    relay.outboxOf("things", id -> "t-1").publishPendingOf("t-1");
    mongo.updateFirst(
        new Query(),
        new Update().set("status", DeliveryStatus.SENDING).set("claimedAt", NOW).set("attempts", 1),
        "notifications");

    clock.advance(Duration.ofMinutes(6));
    relay.sweep();

    assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hook")))).isEmpty();
    Document delivery = onlyDelivery();
    assertThat(delivery.getString("status")).isEqualTo("DEAD");
    assertThat(delivery.getString("lastError")).contains("may have been sent");
  }

  @Test
  void aTargetOnALoopbackAddressThatIsNotAllowedIsADeadLetterNamingWhy() {
    answer(200);
    NotificationRelay relay = relay(WebhookFormat.JSON, List.of(), 5);
    storeThingWith(notification("t-1/first-contact-due"));

    relay.sweep();

    assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hook")))).isEmpty();
    Document dead = onlyDelivery();
    assertThat(dead.getString("status")).isEqualTo("DEAD");
    assertThat(dead.getString("lastError"))
        .contains("loopback")
        .contains("baton.notifications.webhooks.allowed-hosts");
  }

  private NotificationRelay relay(WebhookFormat format, List<String> allowedHosts, int tries) {
    NotificationProperties properties =
        new NotificationProperties(
            List.of("things"),
            List.of(),
            null,
            tries,
            Duration.ofSeconds(30),
            null,
            Duration.ofMinutes(5),
            "https://baton.example.com",
            null,
            null,
            List.of("first-contact-due", "manager-review"),
            new Webhooks(
                Map.of("crm", new Target(URI.create(hookUrl()), format, List.of(), SECRET)),
                allowedHosts,
                Duration.ofSeconds(2)));
    return new NotificationRelay(
        mongo,
        NotificationDirectory.none(),
        new NotificationSubscriptions(mongo),
        List.of(new WebhookChannel(properties, new WebhookAllowList(allowedHosts), clock)),
        properties,
        meters,
        clock);
  }

  private String hookUrl() {
    return "http://127.0.0.1:" + receiver.port() + "/hook";
  }

  private void answer(int status) {
    receiver.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(status)));
  }

  private static void signIn(String username, String role) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
  }

  private static Notification notification(String eventId) {
    return Notification.pending(
        eventId,
        eventId.substring(eventId.indexOf('/') + 1),
        List.of("user:sam"),
        Map.of("leadId", "t-1"),
        "/things/t-1",
        NOW);
  }

  private void storeThingWith(Notification notification) {
    mongo.save(new Document("_id", "t-1").append("notifications", List.of(notification)), "things");
  }

  private Document onlyDelivery() {
    assertThat(mongo.getCollection("notifications").countDocuments()).isEqualTo(1);
    return mongo.getCollection("notifications").find().first();
  }
}

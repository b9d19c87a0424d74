package io.baton.lead.adapter.out.notification;

import static io.baton.testsupport.TestMailServer.subjectOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.baton.lead.application.AssigningOwner;
import io.baton.lead.application.EscalatingLead;
import io.baton.lead.application.ReceivingLead;
import io.baton.lead.domain.LeadFixtures;
import io.baton.lead.domain.PlayDecision;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.TestMailServer;
import io.baton.testsupport.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The speed-to-lead notifications end to end: the escalation stores the lead with its notification,
 * the relay queues it in the delivery log and sends it over SMTP to a real mail server (GreenMail),
 * which the tests stop to make deliveries fail.
 */
@BatonServiceTest
class LeadNotificationsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MUTE = "{\"mode\":\"mute\"}";
  private static final String SUBSCRIBE = "{\"mode\":\"subscribe\"}";
  private static final Path USERS = usersFile();
  private static final String NEW_LEAD = "New lead for you";
  private static final TestMailServer smtp = TestMailServer.start();

  @Autowired private ReceivingLead receivingLead;
  @Autowired private AssigningOwner assigningOwner;
  @Autowired private EscalatingLead escalatingLead;
  @Autowired private MongoTemplate mongo;
  @Autowired private MeterRegistry meters;
  @Autowired private TestRestTemplate http;

  @DynamicPropertySource
  static void notifications(DynamicPropertyRegistry registry) {
    smtp.configure(registry, USERS);
    registry.add("baton.notifications.initial-backoff", () -> "PT0.5S");
    registry.add("baton.notifications.max-backoff", () -> "PT1S");
    registry.add("baton.notifications.max-attempts", () -> "3");
  }

  @AfterEach
  void smtpRunsAgainWithoutSubscriptions() {
    smtp.restart();
    mongo.remove(new Query(), "notification_subscriptions");
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @Test
  void firstContactDueSendsTheOwnerOneEmailWithTheLinkToTheLead() throws Exception {
    String leadId = anAssignedLead();
    String owner = ownerOf(leadId);

    escalatingLead.notifyOwner(leadId);

    List<MimeMessage> mails = awaitMails(leadId, 1);
    MimeMessage mail = mails.getFirst();
    assertThat(mail.getRecipients(Message.RecipientType.TO))
        .extracting(Object::toString)
        .containsExactly(owner + "@baton.test");
    assertThat(mail.getSubject()).startsWith("First contact is due").contains(leadId);
    String body = GreenMailUtil.getBody(mail);
    assertThat(body)
        .contains("https://console.baton.test/console/#/tasks")
        .contains("text/plain")
        .contains("text/html");
    awaitStatus(leadId + "/first-contact-due", owner, "SENT");
  }

  @Test
  void theSameEventEnqueuedTwiceIsSentOnce() throws Exception {
    String leadId = anAssignedLead();

    escalatingLead.notifyOwner(leadId);
    escalatingLead.notifyOwner(leadId);
    awaitMails(leadId, 1);
    Thread.sleep(500);

    assertThat(mailsAbout(leadId)).hasSize(1);
    assertThat(
            mongo
                .getCollection("notifications")
                .countDocuments(new Document("eventId", leadId + "/first-contact-due")))
        .isEqualTo(1);
  }

  @Test
  void theTeamAndTheManagersHearOfTheLaterEscalations() throws Exception {
    String leadId = anAssignedLead();

    returnToQueue(leadId);
    escalatingLead.escalateToManager(leadId);

    List<MimeMessage> mails = awaitMails(leadId, 3);
    assertThat(mails)
        .extracting(mail -> mail.getRecipients(Message.RecipientType.TO)[0].toString())
        .containsExactlyInAnyOrder("sam@baton.test", "rita@baton.test", "max@baton.test");
  }

  @Test
  void aDeliveryTheMailServerMissedIsTriedAgain() throws Exception {
    String leadId = anAssignedLead();
    String owner = ownerOf(leadId);
    smtp.stop();

    escalatingLead.notifyOwner(leadId);
    JsonNode failed =
        await(leadId + "/first-contact-due", owner, d -> d.path("lastError").isTextual());
    assertThat(failed.path("status").asText()).isEqualTo("pending");
    assertThat(failed.path("attempts").asInt()).isEqualTo(1);
    smtp.restart();

    awaitMails(leadId, 1);
    JsonNode sent = awaitStatus(leadId + "/first-contact-due", owner, "SENT");
    assertThat(sent.path("attempts").asInt()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aDeliveryThatFailsEveryTryIsADeadLetter() throws Exception {
    String leadId = anAssignedLead();
    String owner = ownerOf(leadId);
    waitUntil(() -> assignmentMailsAbout(leadId).size() == 1);
    double deadBefore = failedCount();
    smtp.stop();

    escalatingLead.notifyOwner(leadId);

    JsonNode dead = awaitStatus(leadId + "/first-contact-due", owner, "DEAD");
    assertThat(dead.path("attempts").asInt()).isEqualTo(3);
    assertThat(dead.path("lastError").asText()).isNotBlank();
    assertThat(failedCount()).isEqualTo(deadBefore + 1);
    smtp.restart();
    Thread.sleep(500);
    assertThat(mailsAbout(leadId)).isEmpty();

    String resend = "/api/notifications/" + dead.path("id").asText() + "/resend";
    assertThat(call(HttpMethod.POST, resend, "rita", "sales", null).getStatusCode().value())
        .isEqualTo(403);
    ResponseEntity<String> resent =
        call(HttpMethod.POST, resend, "ada", "admin", "{\"note\":\"the SMTP server is back\"}");
    assertThat(resent.getStatusCode().value()).isEqualTo(200);
    assertThat(JSON.readTree(resent.getBody()).path("attempts").asInt()).isZero();
    awaitMails(leadId, 1);
    awaitStatus(leadId + "/first-contact-due", owner, "SENT");
    assertThat(
            mongo
                .getCollection("notifications")
                .find(new Document("eventId", leadId + "/first-contact-due"))
                .first())
        .containsEntry("resentBy", "ada")
        .containsEntry("resendNote", "the SMTP server is back");
    ResponseEntity<String> notDead = call(HttpMethod.POST, resend, "ada", "admin", null);
    assertThat(notDead.getStatusCode().value()).isEqualTo(409);
    assertThat(notDead.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(
            call(HttpMethod.POST, "/api/notifications/bm8tc3VjaA/resend", "ada", "admin", null)
                .getStatusCode()
                .value())
        .isEqualTo(404);
  }

  @Test
  void theFirstOwnerHearsOfTheirNewLead() throws Exception {
    String leadId = anAssignedLead();
    String owner = ownerOf(leadId);

    waitUntil(() -> assignmentMailsAbout(leadId).size() == 1);

    MimeMessage mail = assignmentMailsAbout(leadId).getFirst();
    assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString())
        .isEqualTo(owner + "@baton.test");
    assertThat(GreenMailUtil.getBody(mail)).contains("https://console.baton.test/console/#/tasks");
  }

  @Test
  void aSellerCannotReadOrChangeAnotherSellersSubscriptions() throws Exception {
    String rita = "/api/notifications/subscriptions/manager-review/user:rita";
    assertThat(call(HttpMethod.PUT, rita, "rita", "sales", MUTE).getStatusCode().value())
        .isEqualTo(200);

    assertThat(call(HttpMethod.PUT, rita, "sam", "sales", SUBSCRIBE).getStatusCode().value())
        .isEqualTo(403);
    assertThat(call(HttpMethod.DELETE, rita, "sam", "sales", null).getStatusCode().value())
        .isEqualTo(403);
    ResponseEntity<String> readRitas =
        call(
            HttpMethod.GET,
            "/api/notifications/subscriptions?subscriber=user:rita",
            "sam",
            "sales",
            null);
    assertThat(readRitas.getStatusCode().value()).isEqualTo(403);
    assertThat(readRitas.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(
            call(
                    HttpMethod.PUT,
                    "/api/notifications/subscriptions/manager-review/team:sales-priority",
                    "sam",
                    "sales",
                    SUBSCRIBE)
                .getStatusCode()
                .value())
        .isEqualTo(403);
    JsonNode samsOwn =
        JSON.readTree(
            call(HttpMethod.GET, "/api/notifications/subscriptions", "sam", "sales", null)
                .getBody());
    assertThat(samsOwn).isEmpty();
    JsonNode ritasOwn =
        JSON.readTree(
            call(HttpMethod.GET, "/api/notifications/subscriptions", "rita", "sales", null)
                .getBody());
    assertThat(ritasOwn).hasSize(1);
    assertThat(ritasOwn.get(0).path("mode").asText()).isEqualTo("mute");
    assertThat(ritasOwn.get(0).path("updatedBy").asText()).isEqualTo("rita");
    JsonNode all =
        JSON.readTree(
            call(HttpMethod.GET, "/api/notifications/subscriptions", "ada", "admin", null)
                .getBody());
    assertThat(all).hasSize(1);
  }

  @Test
  void aSubscriptionNamesTheWrongFieldOfItsPath() throws Exception {
    ResponseEntity<String> unknownType =
        call(
            HttpMethod.PUT,
            "/api/notifications/subscriptions/lead-won/user:sam",
            "sam",
            "sales",
            SUBSCRIBE);
    ResponseEntity<String> badSubscriber =
        call(
            HttpMethod.PUT,
            "/api/notifications/subscriptions/manager-review/group:sales",
            "ada",
            "admin",
            SUBSCRIBE);

    assertThat(unknownType.getStatusCode().value()).isEqualTo(400);
    assertThat(JSON.readTree(unknownType.getBody()).path("errors").get(0).path("field").asText())
        .isEqualTo("eventType");
    assertThat(badSubscriber.getStatusCode().value()).isEqualTo(400);
    assertThat(JSON.readTree(badSubscriber.getBody()).path("errors").get(0).path("field").asText())
        .isEqualTo("subscriber");
  }

  @Test
  void theEventTypesNameNoWebhookTargetsWhenNoneIsConfigured() throws Exception {
    JsonNode types =
        JSON.readTree(
            call(HttpMethod.GET, "/api/notifications/event-types", "sam", "sales", null).getBody());

    assertThat(types)
        .extracting(type -> type.path("eventType").asText())
        .containsExactly(
            "lead-assigned", "first-contact-due", "lead-returned-to-queue", "manager-review");
    assertThat(types.get(0).path("webhooks")).isEmpty();
  }

  @Test
  void aSellerWhoMutedAnEventTypeGetsNoEmailOfIt() throws Exception {
    assertThat(
            call(
                    HttpMethod.PUT,
                    "/api/notifications/subscriptions/lead-returned-to-queue/user:rita",
                    "rita",
                    "sales",
                    MUTE)
                .getStatusCode()
                .value())
        .isEqualTo(200);
    String leadId = anAssignedLead();

    returnToQueue(leadId);

    awaitStatus(leadId + "/lead-returned-to-queue", "sam", "SENT");
    assertThat(mailsAbout(leadId))
        .extracting(mail -> mail.getRecipients(Message.RecipientType.TO)[0].toString())
        .containsExactly("sam@baton.test");
    assertThat(delivery(leadId + "/lead-returned-to-queue", "rita")).isNull();
  }

  @Test
  void aManagerWhoSubscribedGetsTheEmailTooAndAnAdministratorSubscribesATeam() throws Exception {
    assertThat(
            call(
                    HttpMethod.PUT,
                    "/api/notifications/subscriptions/first-contact-due/user:max",
                    "max",
                    "sales",
                    SUBSCRIBE)
                .getStatusCode()
                .value())
        .isEqualTo(200);
    String leadId = anAssignedLead();
    String owner = ownerOf(leadId);

    escalatingLead.notifyOwner(leadId);

    List<MimeMessage> mails = awaitMails(leadId, 2);
    assertThat(mails)
        .extracting(mail -> mail.getRecipients(Message.RecipientType.TO)[0].toString())
        .containsExactlyInAnyOrder(owner + "@baton.test", "max@baton.test");
    assertThat(
            call(
                    HttpMethod.PUT,
                    "/api/notifications/subscriptions/first-contact-due/team:sales-managers",
                    "ada",
                    "admin",
                    SUBSCRIBE)
                .getStatusCode()
                .value())
        .isEqualTo(200);
  }

  private ResponseEntity<String> call(
      HttpMethod method, String path, String username, String role, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(TestTokens.of(username, role));
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  @Test
  void aSellerSeesOnlyTheirOwnNotifications() throws Exception {
    String leadId = anAssignedLead();
    returnToQueue(leadId);
    awaitMails(leadId, 2);

    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(TestTokens.of("rita", "sales"));
    JsonNode own =
        JSON.readTree(
            http.exchange(
                    "/api/notifications?eventId=" + leadId + "/lead-returned-to-queue",
                    HttpMethod.GET,
                    new HttpEntity<>(headers),
                    String.class)
                .getBody());

    assertThat(own).hasSize(1);
    assertThat(own.get(0).path("recipient").asText()).isEqualTo("rita");
  }

  private String anAssignedLead() {
    String leadId =
        receivingLead
            .receive(
                LeadFixtures.aSubmission()
                    .withEmail("dana-" + UUID.randomUUID() + "@acme.example")
                    .build())
            .lead()
            .leadId();
    assigningOwner.assign(leadId, priorityPlay(), null);
    return leadId;
  }

  /**
   * The lead goes back to the queue; moving its first-contact task then fails, as this test has no
   * engine, after the lead and its notification were stored.
   */
  private void returnToQueue(String leadId) {
    try {
      escalatingLead.returnToQueue(leadId, 1L);
    } catch (RuntimeException engineUnreachable) {
      assertThat(ownerOf(leadId)).isNull();
    }
  }

  private String ownerOf(String leadId) {
    return mongo
        .getCollection("leads")
        .find(new Document("_id", leadId))
        .first()
        .getString("owner");
  }

  private double failedCount() {
    return meters.find("baton.notifications.failed").counters().stream()
        .mapToDouble(c -> c.count())
        .sum();
  }

  /** The escalations' e-mails about the lead. */
  private List<MimeMessage> mailsAbout(String leadId) throws Exception {
    return smtp.withSubjectContaining(leadId).stream()
        .filter(mail -> !subjectOf(mail).startsWith(NEW_LEAD))
        .toList();
  }

  private List<MimeMessage> assignmentMailsAbout(String leadId) {
    return smtp.withSubjectContaining(leadId).stream()
        .filter(mail -> subjectOf(mail).startsWith(NEW_LEAD))
        .toList();
  }

  private List<MimeMessage> awaitMails(String leadId, int count) throws Exception {
    waitUntil(() -> mailsAboutQuietly(leadId).size() >= count);
    return mailsAbout(leadId);
  }

  private List<MimeMessage> mailsAboutQuietly(String leadId) {
    try {
      return mailsAbout(leadId);
    } catch (Exception e) {
      return List.of();
    }
  }

  private JsonNode awaitStatus(String eventId, String recipient, String status) throws Exception {
    return await(eventId, recipient, d -> d.path("status").asText().equalsIgnoreCase(status));
  }

  private JsonNode await(String eventId, String recipient, Predicate<JsonNode> condition)
      throws Exception {
    JsonNode[] found = new JsonNode[1];
    waitUntil(
        () -> {
          found[0] = delivery(eventId, recipient);
          return found[0] != null && condition.test(found[0]);
        });
    return found[0];
  }

  private JsonNode delivery(String eventId, String recipient) {
    try {
      JsonNode log =
          JSON.readTree(
              http.getForEntity(
                      "/api/notifications?eventId=" + eventId + "&recipient=" + recipient,
                      String.class)
                  .getBody());
      return log.isEmpty() ? null : log.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Not within 20 s");
      }
      Thread.sleep(50);
    }
  }

  private static PlayDecision priorityPlay() {
    return new PlayDecision(
        "lead-play",
        Map.of("sourceChannel", "paid-search", "companySize", 5000, "interest", "demo-request"),
        "enterprise-discovery",
        "priority",
        "Reference what they asked for",
        "Book a discovery call",
        "An enterprise company asked for a demo",
        Instant.now());
  }

  private static Path usersFile() {
    return TestMailServer.usersFile(
        """
          users:
            - username: sam
              email: sam@baton.test
              roles: [sales]
              groups: [sales, sales-priority]
            - username: rita
              email: rita@baton.test
              roles: [sales]
              groups: [sales, sales-priority]
            - username: max
              email: max@baton.test
              roles: [sales]
              groups: [sales, sales-managers]
          """);
  }
}

package io.baton.retention.shared.adapter.out.notification;

import static io.baton.retention.RetentionApi.newId;
import static io.baton.testsupport.TestMailServer.recipientOf;
import static io.baton.testsupport.TestMailServer.subjectOf;
import static io.baton.testsupport.TestMailServer.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.baton.retention.RetentionApi;
import io.baton.retention.saveplay.application.EscalatingSavePlay;
import io.baton.retention.saveplay.application.RecordingOutcome;
import io.baton.retention.saveplay.application.RequestSavePlay;
import io.baton.retention.saveplay.application.TriggeringSavePlay;
import io.baton.retention.saveplay.domain.Outcome;
import io.baton.retention.saveplay.domain.OutcomeReport;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.TestMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Retention's notifications end to end: a customer turning red, and a save play's start, sponsor
 * escalation and outcome are stored with their notification, which the relay queues in the delivery
 * log and sends over SMTP to a real mail server (GreenMail): to the account manager, the CS leaders
 * and, once engaged, the executive sponsors.
 */
@BatonServiceTest
class RetentionNotificationsIT {

  private static final Path USERS = usersFile();
  private static final TestMailServer smtp = TestMailServer.start();

  @Autowired private TestRestTemplate http;
  @Autowired private TriggeringSavePlay triggeringSavePlay;
  @Autowired private EscalatingSavePlay escalatingSavePlay;
  @Autowired private RecordingOutcome recordingOutcome;
  @Autowired private MongoTemplate mongo;
  private RetentionApi api;

  @DynamicPropertySource
  static void notifications(DynamicPropertyRegistry registry) {
    smtp.configure(registry, USERS);
  }

  @BeforeEach
  void setUp() {
    api = new RetentionApi(http);
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @Test
  void aCustomerTurningRedTellsItsAccountManagerAndTheCsLeaders() throws Exception {
    String customerId = aCustomerTurnedRed();

    Map<String, MimeMessage> mails = awaitMails("Customer turned red", customerId, 2);

    assertThat(mails).containsOnlyKeys("amy@baton.test", "cleo@baton.test");
    MimeMessage mail = mails.get("amy@baton.test");
    assertThat(GreenMailUtil.getBody(mail)).contains("text/plain").contains("text/html");
    assertThat(textOf(mail))
        .contains("https://console.baton.test/console/#/journey/" + customerId)
        .contains("href=\"https://console.baton.test/console/#/journey/" + customerId + "\"");
    awaitSent(
        mongo
            .getCollection("customers")
            .find(new Document("_id", customerId))
            .first()
            .getList("notifications", Document.class)
            .getFirst()
            .getString("eventId"),
        2);
  }

  @Test
  void aSavePlayStartTellsTheAccountManagerAndTheCsLeadersWithTheLinkToTheSavePlay()
      throws Exception {
    String customerId = api.active(newId("deal"), Map.of());

    startedFor(customerId);

    Map<String, MimeMessage> mails = awaitMails("Save play started", customerId, 2);
    assertThat(mails).containsOnlyKeys("amy@baton.test", "cleo@baton.test");
    assertThat(textOf(mails.get("cleo@baton.test")))
        .contains("https://console.baton.test/console/#/save-play/" + customerId);
  }

  @Test
  void anEngagedSponsorHearsOfTheSavePlayAndOfItsOutcome() throws Exception {
    String customerId = api.active(newId("deal"), Map.of());
    String interventionId = startedFor(customerId);

    escalatingSavePlay.engageSponsors(interventionId, "executive-sponsors", true);
    recordingOutcome.record(
        interventionId, new OutcomeReport(Outcome.SAVED, null, "amy", "save-call", "Renewed"));

    Map<String, MimeMessage> engaged = awaitMails("Executive sponsor engaged", customerId, 3);
    assertThat(engaged).containsOnlyKeys("amy@baton.test", "cleo@baton.test", "vic@baton.test");
    assertThat(textOf(engaged.get("vic@baton.test")))
        .contains("ARR above the sponsor threshold")
        .contains("https://console.baton.test/console/#/save-play/" + customerId);
    Map<String, MimeMessage> ended = awaitMails("Save play ended saved", customerId, 3);
    assertThat(ended).containsOnlyKeys("amy@baton.test", "cleo@baton.test", "vic@baton.test");
    assertThat(textOf(ended.get("amy@baton.test"))).contains("Renewed");
  }

  @Test
  void eachEventDecidedTwiceIsSentOnce() throws Exception {
    String customerId = api.active(newId("deal"), Map.of());
    String interventionId = startedFor(customerId);
    String again = startedFor(customerId);
    escalatingSavePlay.engageSponsors(interventionId, "executive-sponsors", false);
    escalatingSavePlay.engageSponsors(interventionId, "executive-sponsors", false);
    OutcomeReport churned = new OutcomeReport(Outcome.CHURNED, null, "amy", "save-call", "Gone");
    recordingOutcome.record(interventionId, churned);
    recordingOutcome.record(interventionId, churned);

    assertThat(again).isEqualTo(interventionId);
    awaitSent(interventionId + "/save-play-started", 2);
    awaitSent(interventionId + "/executive-sponsor-engaged/executive-sponsors", 3);
    awaitSent(interventionId + "/save-play-outcome", 3);
    assertThat(mails("Save play started", customerId)).hasSize(2);
    assertThat(mails("Executive sponsor engaged", customerId)).hasSize(3);
    assertThat(mails("Save play ended", customerId)).hasSize(3);
    Document intervention =
        mongo.getCollection("interventions").find(new Document("_id", interventionId)).first();
    assertThat(intervention.getList("notifications", Document.class)).hasSize(3);
  }

  /** A registered customer whose signals turn its health red (which starts a save play too). */
  private String aCustomerTurnedRed() {
    String customerId = api.registered(newId("deal"), Map.of());
    api.signals(
        customerId,
        "champion-left",
        "champion-left",
        "payment-late",
        "payment-late",
        "support-ticket-escalated",
        "support-ticket-escalated",
        "support-ticket-escalated",
        "support-ticket-escalated",
        "product-usage",
        "support-ticket-escalated");
    assertThat(api.json("/api/customers/" + customerId).path("health").path("band").asText())
        .isEqualTo("red");
    return customerId;
  }

  private String startedFor(String customerId) {
    return triggeringSavePlay
        .requestByAgent(new RequestSavePlay(customerId, "Unhappy", "T-9", "sam", "corr-1", null))
        .intervention()
        .interventionId();
  }

  /** Waits until the event was sent to {@code people} people, and checks it went to nobody else. */
  private void awaitSent(String eventId, int people) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                mongo
                        .getCollection("notifications")
                        .countDocuments(new Document("eventId", eventId).append("status", "SENT"))
                    == people);
    assertThat(
            mongo.getCollection("notifications").countDocuments(new Document("eventId", eventId)))
        .isEqualTo(people);
  }

  private static List<MimeMessage> mails(String subject, String about) {
    return smtp.withSubjectContaining(about).stream()
        .filter(mail -> subjectOf(mail).startsWith(subject))
        .toList();
  }

  /** The e-mails of one kind about one customer, once the expected number arrived, by address. */
  private static Map<String, MimeMessage> awaitMails(String subject, String about, int count)
      throws MessagingException {
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> mails(subject, about).size() >= count);
    Map<String, MimeMessage> byAddress = new TreeMap<>();
    for (MimeMessage mail : mails(subject, about)) {
      byAddress.put(recipientOf(mail), mail);
    }
    assertThat(mails(subject, about)).hasSize(byAddress.size());
    return byAddress;
  }

  private static Path usersFile() {
    return TestMailServer.usersFile(
        """
          users:
            - username: cleo
              email: cleo@baton.test
              roles: [cs-leader]
              groups: [cs-leaders, executive-sponsors]
            - username: vic
              email: vic@baton.test
              roles: [cs-leader]
              groups: [executive-sponsors]
            - username: amy
              email: amy@baton.test
              roles: [account-manager]
              groups: [account-managers]
          """);
  }
}

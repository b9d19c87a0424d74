package io.baton.handoff.adapter.out.notification;

import static io.baton.testsupport.TestMailServer.recipientOf;
import static io.baton.testsupport.TestMailServer.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.baton.handoff.application.AcceptingHandoff;
import io.baton.handoff.application.EscalatingOverdueHandoff;
import io.baton.handoff.application.ReturningHandoff;
import io.baton.handoff.domain.Brief;
import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.Handoffs;
import io.baton.handoff.domain.WonDeal;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The handoff's notifications end to end: the use case stores the handoff with its notification,
 * the relay queues it in the delivery log and sends it over SMTP to a real mail server (GreenMail).
 */
@BatonServiceTest
class HandoffNotificationsIT {

  private static final Path USERS = usersFile();
  private static final TestMailServer smtp = TestMailServer.start();

  @Autowired private Handoffs handoffs;
  @Autowired private EscalatingOverdueHandoff escalating;
  @Autowired private ReturningHandoff returning;
  @Autowired private AcceptingHandoff accepting;
  @Autowired private MongoTemplate mongo;

  @DynamicPropertySource
  static void notifications(DynamicPropertyRegistry registry) {
    smtp.configure(registry, USERS);
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @Test
  void anOverdueBriefSendsTheSalesOwnerOneEmailLinkingToTheTaskInbox() throws Exception {
    String dealId = aHandoffAwaitingTheBrief();

    escalating.recordOverdue(dealId, "brief", 0);

    MimeMessage mail = smtp.theOnlyMailAbout(dealId);
    assertThat(recipientOf(mail)).isEqualTo("sam@baton.test");
    assertThat(mail.getSubject()).startsWith("The handoff brief is overdue").contains("Acme");
    assertThat(GreenMailUtil.getBody(mail)).contains("text/plain").contains("text/html");
    assertThat(textOf(mail))
        .contains("https://console.baton.test/console/#/tasks")
        .contains("href=\"https://console.baton.test/console/#/tasks\"");
  }

  @Test
  void aReturnedHandoffSendsTheSalesOwnerTheQuestions() throws Exception {
    String dealId = aHandoffAwaitingAcceptance();
    accepting.recordDecider(dealId, "amy");

    returning.returnWithQuestions(dealId, "Who signs off the go-live?", 0);

    MimeMessage mail = smtp.theOnlyMailAbout(dealId);
    assertThat(recipientOf(mail)).isEqualTo("sam@baton.test");
    assertThat(mail.getSubject()).startsWith("The handoff came back with questions");
    assertThat(textOf(mail))
        .contains("Who signs off the go-live?")
        .contains("https://console.baton.test/console/#/tasks");
  }

  @Test
  void anAcceptedHandoffSendsTheSalesOwnerTheLinkToTheJourney() throws Exception {
    String dealId = aHandoffAwaitingAcceptance();
    accepting.recordDecider(dealId, "amy");

    accepting.accept(dealId, "Clear brief");

    MimeMessage mail = smtp.theOnlyMailAbout(dealId);
    assertThat(recipientOf(mail)).isEqualTo("sam@baton.test");
    assertThat(mail.getSubject()).startsWith("The handoff was accepted");
    assertThat(textOf(mail))
        .contains("amy")
        .contains("https://console.baton.test/console/#/journey/" + dealId);
  }

  @Test
  void eachEventDecidedTwiceIsSentOnce() throws Exception {
    String dealId = aHandoffAwaitingAcceptance();
    escalating.recordOverdue(dealId, "brief", 0);
    escalating.recordOverdue(dealId, "brief", 0);
    accepting.recordDecider(dealId, "amy");
    returning.returnWithQuestions(dealId, "Which region?", 0);
    returning.returnWithQuestions(dealId, "Which region?", 0);
    accepting.accept(dealId, null);
    accepting.accept(dealId, null);

    awaitSent(dealId + "/handoff-accepted");
    awaitSent(dealId + "/handoff-returned/0");
    awaitSent(dealId + "/brief-overdue/0");

    assertThat(smtp.withSubjectContaining(dealId)).hasSize(3);
    assertThat(mongo.getCollection("notifications").countDocuments(eventsOf(dealId))).isEqualTo(3);
    Document handoff = mongo.getCollection("handoffs").find(new Document("_id", dealId)).first();
    assertThat(handoff.getList("notifications", Document.class)).hasSize(3);
  }

  private String aHandoffAwaitingTheBrief() {
    Instant now = Instant.now();
    String dealId = "D-" + UUID.randomUUID();
    handoffs.add(
        Handoff.openedByProcess(
            new WonDeal(
                dealId, null, "Acme " + dealId, "sam", new BigDecimal("48000"), LocalDate.now()),
            1L,
            now.plus(Duration.ofDays(1)),
            now));
    return dealId;
  }

  private String aHandoffAwaitingAcceptance() {
    String dealId = aHandoffAwaitingTheBrief();
    Handoff handoff = handoffs.find(dealId).orElseThrow();
    Instant now = Instant.now();
    handoff.completeBrief(Brief.empty(), 0, now.plus(Duration.ofDays(2)), now);
    handoffs.update(handoff);
    return dealId;
  }

  private void awaitSent(String eventId) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                mongo
                        .getCollection("notifications")
                        .countDocuments(new Document("eventId", eventId).append("status", "SENT"))
                    == 1);
  }

  private static Document eventsOf(String dealId) {
    return new Document("eventId", new Document("$regex", "^" + dealId + "/"));
  }

  private static Path usersFile() {
    return TestMailServer.usersFile(
        """
          users:
            - username: sam
              email: sam@baton.test
              roles: [sales]
              groups: [sales]
            - username: amy
              email: amy@baton.test
              roles: [account-manager]
              groups: [account-managers]
          """);
  }
}

package io.baton.onboarding.adapter.out.notification;

import static io.baton.onboarding.domain.PlanFixtures.anAcceptedHandoff;
import static io.baton.testsupport.TestMailServer.recipientOf;
import static io.baton.testsupport.TestMailServer.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.baton.onboarding.application.FlagPromiseMissed;
import io.baton.onboarding.application.MarkingCheckpointBehind;
import io.baton.onboarding.application.ReportBlocker;
import io.baton.onboarding.application.ReportingBlocker;
import io.baton.onboarding.application.ResolvingPromise;
import io.baton.onboarding.application.StartingOnboarding;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
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
 * The onboarding's notifications end to end: the use case stores the plan with its notification,
 * the relay queues it in the delivery log and sends it over SMTP to a real mail server (GreenMail),
 * to the account manager who owns the onboarding.
 */
@BatonServiceTest
class OnboardingNotificationsIT {

  private static final Path USERS = usersFile();
  private static final TestMailServer smtp = TestMailServer.start();

  @Autowired private StartingOnboarding startingOnboarding;
  @Autowired private MarkingCheckpointBehind markingCheckpointBehind;
  @Autowired private ReportingBlocker reportingBlocker;
  @Autowired private ResolvingPromise resolvingPromise;
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
  void aSlippedCheckpointSendsTheAccountManagerOneEmailLinkingToTheJourney() throws Exception {
    String dealId = aPlanManagedBy("alex");

    markingCheckpointBehind.markBehind(dealId, "kickoff");

    MimeMessage mail = smtp.theOnlyMailAbout(dealId);
    assertThat(recipientOf(mail)).isEqualTo("alex@baton.test");
    assertThat(mail.getSubject()).startsWith("Onboarding checkpoint behind: Kickoff");
    assertThat(GreenMailUtil.getBody(mail)).contains("text/plain").contains("text/html");
    assertThat(textOf(mail))
        .contains("https://console.baton.test/console/#/journey/" + dealId)
        .contains("href=\"https://console.baton.test/console/#/journey/" + dealId + "\"");
  }

  @Test
  void aBlockerSendsTheAccountManagerWhatHoldsTheCheckpointUp() throws Exception {
    String dealId = aPlanManagedBy("amy");

    reportingBlocker.report(
        new ReportBlocker(dealId, "technical-setup", "No SSO admin on their side", "sue"));

    MimeMessage mail = smtp.theOnlyMailAbout(dealId);
    assertThat(recipientOf(mail)).isEqualTo("amy@baton.test");
    assertThat(mail.getSubject()).startsWith("Onboarding blocked: Technical setup");
    assertThat(textOf(mail))
        .contains("No SSO admin on their side")
        .contains("https://console.baton.test/console/#/journey/" + dealId);
  }

  @Test
  void aMissedPromiseSendsTheAccountManagerThePromiseAndTheReason() throws Exception {
    String dealId = aPlanManagedBy("amy");

    resolvingPromise.flagMissed(
        new FlagPromiseMissed(dealId, "promise-1", "Not in this release", "amy"));

    MimeMessage mail = smtp.theOnlyMailAbout(dealId);
    assertThat(recipientOf(mail)).isEqualTo("amy@baton.test");
    assertThat(mail.getSubject()).startsWith("Promise missed");
    assertThat(textOf(mail))
        .contains("SSO in week 2")
        .contains("Not in this release")
        .contains("https://console.baton.test/console/#/journey/" + dealId);
  }

  @Test
  void eachEventDecidedTwiceIsSentOnce() throws Exception {
    String dealId = aPlanManagedBy("amy");
    markingCheckpointBehind.markBehind(dealId, "kickoff");
    markingCheckpointBehind.markBehind(dealId, "kickoff");
    ReportBlocker blocker = new ReportBlocker(dealId, "training", "Trainer ill", "amy");
    reportingBlocker.report(blocker);
    reportingBlocker.report(blocker);
    FlagPromiseMissed missed = new FlagPromiseMissed(dealId, "promise-1", "Too late", "amy");
    resolvingPromise.flagMissed(missed);
    resolvingPromise.flagMissed(missed);

    awaitSent(dealId + "/checkpoint-slipped/kickoff");
    awaitSent(dealId + "/blocker-reported/blocker-1");
    awaitSent(dealId + "/promise-missed/promise-1");

    assertThat(smtp.withSubjectContaining(dealId)).hasSize(3);
    assertThat(mongo.getCollection("notifications").countDocuments(eventsOf(dealId))).isEqualTo(3);
    Document plan = mongo.getCollection("onboardings").find(new Document("_id", dealId)).first();
    assertThat(plan.getList("notifications", Document.class)).hasSize(3);
  }

  private String aPlanManagedBy(String accountManager) {
    String dealId = "D-" + UUID.randomUUID();
    startingOnboarding.start(
        anAcceptedHandoff(dealId)
            .managedBy(accountManager)
            .withPromise("SSO in week 2", "sam", LocalDate.now().plusDays(14))
            .build(),
        "notifications-test");
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
            - username: amy
              email: amy@baton.test
              roles: [account-manager]
              groups: [account-managers]
            - username: alex
              email: alex@baton.test
              roles: [account-manager]
              groups: [account-managers]
          """);
  }
}

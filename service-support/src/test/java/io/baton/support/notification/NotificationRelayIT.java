package io.baton.support.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.baton.testsupport.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The relay against the MongoDB wire server, with a channel that records what it sends: what a
 * crash leaves behind is met by the next sweep, and nothing goes out twice.
 */
class NotificationRelayIT {

  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

  private final List<String> sent = new CopyOnWriteArrayList<>();
  private final MutableClock clock = new MutableClock(NOW);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private MongoServer mongoServer;
  private MongoTemplate mongo;
  private NotificationRelay relay;

  @BeforeEach
  void start() {
    mongoServer = new MongoServer(new MemoryBackend());
    mongoServer.bind("127.0.0.1", 0);
    InetSocketAddress address = mongoServer.getLocalAddress();
    mongo =
        new MongoTemplate(
            MongoClients.create("mongodb://localhost:" + address.getPort()), "notification-test");
    NotificationChannel recording =
        new NotificationChannel() {
          @Override
          public String name() {
            return "email";
          }

          @Override
          public void send(Notification notification, Person to) {
            sent.add(notification.eventId() + " to " + to.email());
          }
        };
    NotificationDirectory directory =
        recipient ->
            switch (recipient.toString()) {
              case "user:sam" -> List.of(new Person("sam", "sam@baton.test"));
              case "team:sales-managers" ->
                  List.of(new Person("max", "max@baton.test"), new Person("mo", "mo@baton.test"));
              default -> List.of();
            };
    relay =
        new NotificationRelay(
            mongo,
            directory,
            new NotificationSubscriptions(mongo),
            List.of(recording),
            new NotificationProperties(
                List.of("things"),
                null,
                null,
                3,
                null,
                null,
                Duration.ofMinutes(5),
                null,
                null,
                null,
                null,
                null),
            meters,
            clock);
  }

  @AfterEach
  void stop() {
    mongoServer.shutdownNow();
  }

  @Test
  void sendsToEveryPersonOfATeamOnceAndMarksTheNotificationQueued() {
    storeThingWith(notification("t-1/manager-review", "team:sales-managers"));

    relay.sweep();
    relay.sweep();

    assertThat(sent)
        .containsExactlyInAnyOrder(
            "t-1/manager-review to max@baton.test", "t-1/manager-review to mo@baton.test");
    assertThat(notificationsOfThing().getFirst().get("queuedAt")).isNotNull();
    assertThat(
            meters
                .counter(
                    "baton.notifications.sent", "channel", "email", "event-type", "manager-review")
                .count())
        .isEqualTo(2);
  }

  @Test
  void queuesNothingTwiceWhenACrashCameBeforeTheNotificationWasMarkedQueued() {
    storeThingWith(notification("t-1/first-contact-due", "user:sam"));
    relay.sweep();
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is("t-1")),
        new Update().unset("notifications.0.queuedAt"),
        "things");

    relay.sweep();

    assertThat(sent).containsExactly("t-1/first-contact-due to sam@baton.test");
    assertThat(mongo.getCollection("notifications").countDocuments()).isEqualTo(1);
  }

  @Test
  void neverSendsAgainWhatACrashInterruptedWhileSending() {
    storeThingWith(notification("t-1/first-contact-due", "user:sam"));
    relay.outboxOf("things", id -> "t-1").publishPendingOf("t-1");
    mongo.updateFirst(
        new Query(),
        new Update().set("status", DeliveryStatus.SENDING).set("claimedAt", NOW).set("attempts", 1),
        "notifications");

    clock.advance(Duration.ofMinutes(6));
    relay.sweep();

    assertThat(sent).isEmpty();
    Document delivery = mongo.getCollection("notifications").find().first();
    assertThat(delivery.getString("status")).isEqualTo("DEAD");
    assertThat(delivery.getString("lastError")).contains("may have been sent");
  }

  @Test
  void keepsADeadLetterForARecipientNobodyIsFoundFor() {
    storeThingWith(notification("t-1/first-contact-due", "user:ghost"));

    relay.sweep();

    assertThat(sent).isEmpty();
    Document delivery = mongo.getCollection("notifications").find().first();
    assertThat(delivery.getString("recipient")).isEqualTo("user:ghost");
    assertThat(delivery.getString("status")).isEqualTo("DEAD");
    assertThat(delivery.getString("lastError")).contains("Nobody found for user:ghost");
  }

  @Test
  void aChannelTheServiceCannotSendOverFailsEachTryIntoTheLog() {
    NotificationRelay withoutSender =
        new NotificationRelay(
            mongo,
            recipient -> List.of(new Person("sam", "sam@baton.test")),
            new NotificationSubscriptions(mongo),
            List.of(),
            new NotificationProperties(
                List.of("things"), null, null, 1, null, null, null, null, null, null, null, null),
            meters,
            clock);
    storeThingWith(notification("t-1/first-contact-due", "user:sam"));

    withoutSender.sweep();

    Document delivery = mongo.getCollection("notifications").find().first();
    assertThat(delivery.getString("channel")).isEqualTo("email");
    assertThat(delivery.getString("status")).isEqualTo("DEAD");
    assertThat(delivery.getString("lastError")).isEqualTo("No channel email");
  }

  private static Notification notification(String eventId, String recipient) {
    return Notification.pending(
        eventId,
        eventId.substring(eventId.indexOf('/') + 1),
        List.of(recipient),
        Map.of("leadId", "t-1"),
        "/things/t-1",
        NOW);
  }

  private void storeThingWith(Notification notification) {
    mongo.save(new Document("_id", "t-1").append("notifications", List.of(notification)), "things");
  }

  private List<Document> notificationsOfThing() {
    return mongo
        .getCollection("things")
        .find(new Document("_id", "t-1"))
        .first()
        .getList("notifications", Document.class);
  }
}

package io.baton.support.notification;

import io.baton.support.outbox.Outbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Delivers the {@link Notification}s kept in the {@code notifications} array of the documents of
 * the given collections, in two steps, each safe to repeat after a crash:
 *
 * <ol>
 *   <li><b>Queue</b>: each pending notification becomes one {@link Delivery} per person and channel
 *       in the delivery log (the {@code notifications} collection), whose id is the event id, the
 *       person and the channel; then it is marked queued in its document. Queuing again finds the
 *       deliveries there and adds none. The people are the notification's recipients and the
 *       subscribers of its event type, less those who muted it ({@link NotificationSubscriptions});
 *       each webhook target that receives the event type gets one delivery too, as {@code
 *       webhook:<name>}.
 *   <li><b>Deliver</b>: a due delivery is claimed (atomically, so one relay of many sends it),
 *       sent, then marked sent. A failed try is tried again after a backoff that doubles, up to
 *       {@code maxAttempts} tries in all, then kept as a dead letter with its last error (at once,
 *       when the channel says no try can succeed: {@link UndeliverableException}). A claim older
 *       than {@code claimTimeout} was cut off by a crash while sending: it is a dead letter too,
 *       never sent again, since the message may have gone out.
 * </ol>
 */
public class NotificationRelay {

  /** The array of an aggregate's document that keeps its notifications. */
  public static final String FIELD = "notifications";

  /** The delivery log's collection. */
  public static final String LOG = "notifications";

  static final String SENT_METRIC = "baton.notifications.sent";
  static final String FAILED_METRIC = "baton.notifications.failed";
  private static final int DELIVERIES_PER_SWEEP = 100;
  private static final Logger log = LoggerFactory.getLogger(NotificationRelay.class);

  private final MongoTemplate mongoTemplate;
  private final NotificationDirectory directory;
  private final NotificationSubscriptions subscriptions;
  private final Map<String, NotificationChannel> channels;
  private final NotificationProperties properties;
  private final MeterRegistry meters;
  private final Clock clock;

  public NotificationRelay(
      MongoTemplate mongoTemplate,
      NotificationDirectory directory,
      NotificationSubscriptions subscriptions,
      List<NotificationChannel> channels,
      NotificationProperties properties,
      MeterRegistry meters,
      Clock clock) {
    this.mongoTemplate = mongoTemplate;
    this.directory = directory;
    this.subscriptions = subscriptions;
    this.channels =
        channels.stream().collect(Collectors.toUnmodifiableMap(NotificationChannel::name, c -> c));
    this.properties = properties;
    this.meters = meters;
    this.clock = clock;
  }

  /**
   * The notifications of the aggregates kept in {@code collection}, one document each, found by the
   * id {@code documentId} gives: what a stored aggregate holds pending is queued at once; what
   * cannot be queued now the sweep queues later.
   */
  public <A> Outbox<A> outboxOf(String collection, Function<? super A, ?> documentId) {
    return stored -> {
      try {
        queue(collection, Query.query(Criteria.where("_id").is(documentId.apply(stored))));
      } catch (RuntimeException e) {
        log.warn("Notifications of {} queued at the next sweep: {}", collection, e.getMessage());
      }
    };
  }

  /** Queues what every collection holds pending, then delivers what is due; run on a schedule. */
  public void sweep() {
    try {
      for (String collection : properties.collections()) {
        queue(collection, new Query());
      }
      interruptStaleClaims();
      deliverDue();
    } catch (RuntimeException e) {
      log.warn("Notification sweep stopped, goes on at the next one: {}", e.getMessage());
    }
  }

  private void queue(String collection, Query documents) {
    Query pending =
        documents.addCriteria(Criteria.where(FIELD).elemMatch(Criteria.where("queuedAt").is(null)));
    for (Document document : mongoTemplate.find(pending, Document.class, collection)) {
      for (Document notification : document.getList(FIELD, Document.class)) {
        if (notification.get("queuedAt") == null) {
          queue(notification);
          markQueued(collection, document.get("_id"), notification.getString("eventId"));
        }
      }
    }
  }

  private void queue(Document notification) {
    Instant now = clock.instant();
    String eventType = notification.getString("eventType");
    Set<String> muted = new HashSet<>();
    Set<String> recipients = new LinkedHashSet<>(notification.getList("recipients", String.class));
    for (Subscription subscription : subscriptions.of(eventType)) {
      if (subscription.mode() == SubscriptionMode.MUTE) {
        muted.add(subscription.subscriber());
      } else {
        recipients.add(subscription.subscriber());
      }
    }
    recipients.removeAll(muted);
    for (String recipient : recipients) {
      List<Person> people = directory.peopleOf(Recipient.parse(recipient));
      for (String channel : properties.channels()) {
        if (people.isEmpty()) {
          String error = "Nobody found for " + recipient + " in the directory";
          insertOnce(delivery(notification, recipient, null, channel, now).dead(error))
              .ifPresent(dead -> deadLetter(dead, error));
        }
        for (Person person : people) {
          if (!muted.contains(Recipient.user(person.username()))) {
            insertOnce(delivery(notification, person.username(), person.email(), channel, now));
          }
        }
      }
    }
    for (String target : properties.webhooks().targetsOf(eventType)) {
      insertOnce(
          delivery(
              notification,
              WebhookChannel.RECIPIENT_PREFIX + target,
              null,
              WebhookChannel.NAME,
              now));
    }
  }

  @SuppressWarnings("unchecked")
  private static Delivery delivery(
      Document notification, String recipient, String address, String channel, Instant now) {
    String eventId = notification.getString("eventId");
    Object subject = notification.get("subject");
    return new Delivery(
        Delivery.idOf(eventId, recipient, channel),
        eventId,
        notification.getString("eventType"),
        recipient,
        address,
        channel,
        subject == null ? Map.of() : Map.copyOf((Map<String, String>) subject),
        notification.getString("link"),
        DeliveryStatus.PENDING,
        0,
        null,
        now,
        now,
        null,
        null,
        notification.getList("recipients", String.class));
  }

  /** Adds the delivery to the log, unless the log has it already (queued before a crash). */
  private Optional<Delivery> insertOnce(Delivery delivery) {
    try {
      return Optional.of(mongoTemplate.insert(delivery, LOG));
    } catch (DuplicateKeyException e) {
      return Optional.empty();
    }
  }

  private void markQueued(String collection, Object documentId, String eventId) {
    mongoTemplate.updateFirst(
        Query.query(Criteria.where("_id").is(documentId).and(FIELD + ".eventId").is(eventId)),
        new Update().set(FIELD + ".$.queuedAt", clock.instant()),
        collection);
  }

  private void interruptStaleClaims() {
    Query stale =
        Query.query(
            Criteria.where("status")
                .is(DeliveryStatus.SENDING)
                .and("claimedAt")
                .lt(clock.instant().minus(properties.claimTimeout())));
    for (Delivery delivery : mongoTemplate.find(stale, Delivery.class, LOG)) {
      fail(delivery, "Interrupted while sending; not tried again, as it may have been sent", true);
    }
  }

  private void deliverDue() {
    for (int i = 0; i < DELIVERIES_PER_SWEEP; i++) {
      Delivery claimed = claimNextDue();
      if (claimed == null) {
        return;
      }
      deliver(claimed);
    }
  }

  private Delivery claimNextDue() {
    Instant now = clock.instant();
    Query due =
        Query.query(
                Criteria.where("status").is(DeliveryStatus.PENDING).and("nextAttemptAt").lte(now))
            .with(Sort.by("nextAttemptAt"));
    return mongoTemplate.findAndModify(
        due,
        new Update().set("status", DeliveryStatus.SENDING).set("claimedAt", now).inc("attempts", 1),
        FindAndModifyOptions.options().returnNew(true),
        Delivery.class,
        LOG);
  }

  private void deliver(Delivery delivery) {
    NotificationChannel channel = channels.get(delivery.channel());
    try {
      if (channel == null) {
        throw new IllegalStateException("No channel " + delivery.channel());
      }
      channel.send(delivery.notification(), new Person(delivery.recipient(), delivery.address()));
    } catch (UndeliverableException e) {
      fail(delivery, e.getMessage(), true);
      return;
    } catch (RuntimeException e) {
      fail(delivery, e.getMessage(), delivery.attempts() >= properties.maxAttempts());
      return;
    }
    mongoTemplate.updateFirst(
        claimOf(delivery),
        new Update().set("status", DeliveryStatus.SENT).set("sentAt", clock.instant()),
        LOG);
    counter(SENT_METRIC, delivery).increment();
  }

  private void fail(Delivery delivery, String error, boolean dead) {
    Update update = new Update().set("lastError", error);
    if (dead) {
      update.set("status", DeliveryStatus.DEAD);
      deadLetter(delivery, error);
    } else {
      update
          .set("status", DeliveryStatus.PENDING)
          .set("nextAttemptAt", clock.instant().plus(properties.backoffAfter(delivery.attempts())));
    }
    mongoTemplate.updateFirst(claimOf(delivery), update, LOG);
  }

  private void deadLetter(Delivery delivery, String error) {
    log.warn(
        "Notification {} to {} over {} is a dead letter after {} tries: {}",
        delivery.eventId(),
        delivery.recipient(),
        delivery.channel(),
        delivery.attempts(),
        error);
    counter(FAILED_METRIC, delivery).increment();
  }

  /** The delivery as this relay left it, so a stale update never overwrites a later one. */
  private static Query claimOf(Delivery delivery) {
    return Query.query(
        Criteria.where("_id")
            .is(delivery.id())
            .and("status")
            .is(delivery.status())
            .and("attempts")
            .is(delivery.attempts()));
  }

  private Counter counter(String name, Delivery delivery) {
    return Counter.builder(name)
        .tag("channel", delivery.channel())
        .tag("event-type", delivery.eventType())
        .register(meters);
  }
}

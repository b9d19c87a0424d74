package io.baton.support.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The subscriptions of this service's event types, in its {@code notification_subscriptions}
 * collection: one per event type and subscriber.
 */
public class NotificationSubscriptions {

  /** The subscriptions' collection. */
  public static final String COLLECTION = "notification_subscriptions";

  private final MongoTemplate mongoTemplate;

  public NotificationSubscriptions(MongoTemplate mongoTemplate) {
    this.mongoTemplate = mongoTemplate;
  }

  /** Every subscription to {@code eventType}. */
  public List<Subscription> of(String eventType) {
    return mongoTemplate.find(
        Query.query(Criteria.where("eventType").is(eventType)), Subscription.class, COLLECTION);
  }

  /** The subscriptions of one subscriber, or of everyone when {@code subscriber} is null. */
  public List<Subscription> list(String subscriber) {
    Query query =
        subscriber == null ? new Query() : Query.query(Criteria.where("subscriber").is(subscriber));
    return mongoTemplate.find(
        query.with(Sort.by("subscriber", "eventType")), Subscription.class, COLLECTION);
  }

  public Subscription put(
      String eventType, String subscriber, SubscriptionMode mode, String by, Instant at) {
    return mongoTemplate.save(
        new Subscription(
            Subscription.idOf(eventType, subscriber), eventType, subscriber, mode, by, at),
        COLLECTION);
  }

  /** Removes the subscription; the removed one, empty when there was none. */
  public Optional<Subscription> remove(String eventType, String subscriber) {
    return Optional.ofNullable(
        mongoTemplate.findAndRemove(
            Query.query(Criteria.where("_id").is(Subscription.idOf(eventType, subscriber))),
            Subscription.class,
            COLLECTION));
  }
}

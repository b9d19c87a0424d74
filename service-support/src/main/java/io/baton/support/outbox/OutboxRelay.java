package io.baton.support.outbox;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the pending {@link OutboxMessage}s kept in the {@code outbox} array of the documents of
 * the given collections, and marks each one published once the engine acknowledged it. A crash
 * between the two only republishes a message with the same id, which the engine ignores.
 *
 * <p>Every replica of a service runs a relay over the same documents, so a relay first claims a
 * document's outbox (an atomic update of its {@code outboxClaim}, which succeeds only while nobody
 * else's claim holds it), publishes its pending messages in order, and releases the claim; the
 * claim of a relay that crashed runs out after {@code claimLease}. A save of the aggregate while a
 * relay publishes writes the claim away, so another relay may publish the same message: the engine
 * ignores it by its id, as after a crash. Marking a message published also counts up the document's
 * version, so an aggregate read before and saved after cannot write the message back as pending:
 * its save meets a version conflict, and the change is made again on the fresh aggregate.
 *
 * <p>While the engine refuses (backpressure, {@code RESOURCE_EXHAUSTED}) or cannot be reached, the
 * relay stops at the first message it could not publish and publishes nothing until a backoff has
 * passed: the sweep interval, doubling with every failed attempt up to {@code maxBackoff}. What
 * waits stays pending in its document; the first success ends the backoff.
 */
public class OutboxRelay {

  static final String FIELD = "outbox";
  static final String CLAIM = "outboxClaim";
  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  /** The engine's answers that concern every message: backpressure, and no engine to answer. */
  private static final Set<Status.Code> ENGINE_UNAVAILABLE =
      Set.of(
          Status.Code.RESOURCE_EXHAUSTED, Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED);

  private final MongoTemplate mongoTemplate;
  private final CamundaClient camundaClient;
  private final List<String> collections;
  private final Duration messageTimeToLive;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration claimLease;
  private final Clock clock;
  private final String relayId = ProcessHandle.current().pid() + "-" + UUID.randomUUID();
  private Duration backoff = Duration.ZERO;
  private Instant resumeAt = Instant.MIN;

  public OutboxRelay(
      MongoTemplate mongoTemplate,
      CamundaClient camundaClient,
      OutboxProperties properties,
      Clock clock) {
    this.mongoTemplate = mongoTemplate;
    this.camundaClient = camundaClient;
    this.collections = properties.collections();
    this.messageTimeToLive = properties.messageTimeToLive();
    this.initialBackoff = properties.sweepInterval();
    this.maxBackoff = properties.maxBackoff();
    this.claimLease = properties.claimLease();
    this.clock = clock;
  }

  /**
   * The outbox of the aggregates kept in {@code collection}, one document each, found by the id
   * {@code documentId} gives: what a stored aggregate holds pending is published at once.
   */
  public <A> Outbox<A> outboxOf(String collection, Function<? super A, ?> documentId) {
    return stored -> publishPendingOf(collection, documentId.apply(stored));
  }

  /** Publishes what one document holds pending; called right after the document was saved. */
  private void publishPendingOf(String collection, Object documentId) {
    if (backingOff()) {
      return;
    }
    Query query = pendingQuery().addCriteria(Criteria.where("_id").is(documentId));
    for (Document document : mongoTemplate.find(query, Document.class, collection)) {
      if (!publish(collection, document)) {
        return;
      }
    }
  }

  /** Publishes everything still pending in every collection; run on a schedule. */
  public void publishAllPending() {
    if (backingOff()) {
      return;
    }
    for (String collection : collections) {
      for (Document document : mongoTemplate.find(pendingQuery(), Document.class, collection)) {
        if (!publish(collection, document)) {
          return;
        }
      }
    }
  }

  private static Query pendingQuery() {
    return new Query(Criteria.where(FIELD).elemMatch(Criteria.where("publishedAt").is(null)));
  }

  /**
   * Publishes the document's pending messages in order, under this relay's claim on the document.
   * False when the engine refused for its own sake or could not be reached: the pass stops there. A
   * message refused for itself waits with the later messages of its document, as does a document
   * another relay has claimed, and the pass goes on with the next document.
   */
  private boolean publish(String collection, Document document) {
    Object documentId = document.get("_id");
    if (!claim(collection, documentId)) {
      return true;
    }
    try {
      return publishClaimed(collection, document);
    } finally {
      release(collection, documentId);
    }
  }

  private boolean publishClaimed(String collection, Document document) {
    for (Document message : document.getList(FIELD, Document.class)) {
      if (message.get("publishedAt") != null) {
        continue;
      }
      String messageId = message.getString("messageId");
      try {
        camundaClient
            .newPublishMessageCommand()
            .messageName(message.getString("messageName"))
            .correlationKey(message.getString("correlationKey"))
            .messageId(messageId)
            .timeToLive(messageTimeToLive)
            .variables(message.get("variables", Document.class))
            .send()
            .join();
      } catch (ClientStatusException e) {
        if (ENGINE_UNAVAILABLE.contains(e.getStatusCode())) {
          return failed(messageId, e);
        }
        if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
          log.warn(
              "Message {} refused, kept pending with the later ones of its document: {}",
              messageId,
              e.getMessage());
          return true;
        }
      } catch (RuntimeException e) {
        return failed(messageId, e);
      }
      markPublished(collection, document.get("_id"), messageId);
      succeeded();
    }
    return true;
  }

  private synchronized boolean backingOff() {
    return clock.instant().isBefore(resumeAt);
  }

  private synchronized boolean failed(String messageId, RuntimeException e) {
    backoff = backoff.isZero() ? initialBackoff : min(backoff.multipliedBy(2), maxBackoff);
    resumeAt = clock.instant().plus(backoff);
    log.warn(
        "Message {} not published yet, next try in {}: {}", messageId, backoff, e.getMessage());
    return false;
  }

  private synchronized void succeeded() {
    backoff = Duration.ZERO;
    resumeAt = Instant.MIN;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * Claims the document's outbox for this relay until the lease runs out; false when another
   * relay's claim still holds it.
   */
  private boolean claim(String collection, Object documentId) {
    Instant now = clock.instant();
    Query unclaimed =
        Query.query(
            Criteria.where("_id")
                .is(documentId)
                .orOperator(
                    Criteria.where(CLAIM).exists(false),
                    Criteria.where(CLAIM + ".until").lte(now)));
    Update claim =
        new Update().set(CLAIM, new Document("by", relayId).append("until", now.plus(claimLease)));
    return mongoTemplate.updateFirst(unclaimed, claim, collection).getModifiedCount() == 1;
  }

  /** Gives up this relay's claim, for any relay to go on with what is still pending. */
  private void release(String collection, Object documentId) {
    mongoTemplate.updateFirst(
        Query.query(Criteria.where("_id").is(documentId).and(CLAIM + ".by").is(relayId)),
        new Update().unset(CLAIM),
        collection);
  }

  private void markPublished(String collection, Object documentId, String messageId) {
    mongoTemplate.updateFirst(
        Query.query(Criteria.where("_id").is(documentId).and(FIELD + ".messageId").is(messageId)),
        new Update().set(FIELD + ".$.publishedAt", clock.instant()).inc("version", 1),
        collection);
  }
}

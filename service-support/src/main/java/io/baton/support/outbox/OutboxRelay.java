package io.baton.support.outbox;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the pending {@link OutboxMessage}s kept in the {@code outbox} array of the documents
 * of the given collections, and marks each one published once the engine acknowledged it. A
 * crash between the two only republishes a message with the same id, which the engine ignores.
 */
public class OutboxRelay {

  static final String FIELD = "outbox";
  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  private final MongoTemplate mongoTemplate;
  private final CamundaClient camundaClient;
  private final List<String> collections;
  private final Duration messageTimeToLive;
  private final Clock clock;

  public OutboxRelay(
      MongoTemplate mongoTemplate,
      CamundaClient camundaClient,
      List<String> collections,
      Duration messageTimeToLive,
      Clock clock) {
    this.mongoTemplate = mongoTemplate;
    this.camundaClient = camundaClient;
    this.collections = List.copyOf(collections);
    this.messageTimeToLive = messageTimeToLive;
    this.clock = clock;
  }

  /** Publishes what one document holds pending; called right after the document was saved. */
  public void publishPendingOf(String collection, Object documentId) {
    Query query = pendingQuery().addCriteria(Criteria.where("_id").is(documentId));
    mongoTemplate.find(query, Document.class, collection).forEach(doc -> publish(collection, doc));
  }

  /** Publishes everything still pending in every collection; run on a schedule. */
  public void publishAllPending() {
    for (String collection : collections) {
      mongoTemplate.find(pendingQuery(), Document.class, collection)
          .forEach(doc -> publish(collection, doc));
    }
  }

  private static Query pendingQuery() {
    return new Query(Criteria.where(FIELD).elemMatch(Criteria.where("publishedAt").is(null)));
  }

  private void publish(String collection, Document document) {
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
        markPublished(collection, document.get("_id"), messageId);
      } catch (ClientStatusException e) {
        if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
          log.warn("Message {} not published yet, will retry: {}", messageId, e.getMessage());
          return;
        }
        markPublished(collection, document.get("_id"), messageId);
      } catch (RuntimeException e) {
        log.warn("Message {} not published yet, will retry: {}", messageId, e.getMessage());
        return;
      }
    }
  }

  private void markPublished(String collection, Object documentId, String messageId) {
    mongoTemplate.updateFirst(
        Query.query(Criteria.where("_id").is(documentId).and(FIELD + ".messageId").is(messageId)),
        new Update().set(FIELD + ".$.publishedAt", clock.instant()),
        collection);
  }
}

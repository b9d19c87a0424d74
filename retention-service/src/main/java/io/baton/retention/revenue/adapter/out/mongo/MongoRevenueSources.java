package io.baton.retention.revenue.adapter.out.mongo;

import io.baton.retention.customer.adapter.out.mongo.CustomerDocument;
import io.baton.retention.revenue.application.RevenueSources;
import io.baton.retention.revenue.domain.CustomerDetail;
import io.baton.retention.revenue.domain.CustomerFacts;
import io.baton.retention.revenue.domain.SavePlayFacts;
import io.baton.retention.saveplay.adapter.out.mongo.InterventionDocument;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The revenue read model's facts streamed from the customers and interventions collections, a few
 * fields of each document ({@link RevenueParts}), in batches; the changed ones found by their
 * indexed {@code updatedAt}.
 */
@Repository
class MongoRevenueSources implements RevenueSources {

  private static final int BATCH = 1000;

  private final MongoTemplate mongoTemplate;

  MongoRevenueSources(MongoTemplate mongoTemplate) {
    this.mongoTemplate = mongoTemplate;
  }

  @Override
  public long customers(Instant since, Consumer<CustomerFacts> facts) {
    Query query = new Query(since == null ? new Criteria() : changedSince(since));
    query.fields().include(RevenueParts.CUSTOMER_FACTS);
    query.cursorBatchSize(BATCH);
    try (Stream<RevenueParts.CustomerPart> parts =
        mongoTemplate.stream(query, RevenueParts.CustomerPart.class, CustomerDocument.COLLECTION)) {
      return each(parts.map(RevenueParts.CustomerPart::toFacts), facts);
    }
  }

  @Override
  public long savePlays(Instant since, Consumer<SavePlayFacts> facts) {
    Criteria ended = Criteria.where("outcome").ne(null);
    Query query =
        new Query(since == null ? ended : new Criteria().andOperator(ended, changedSince(since)));
    query.fields().include(RevenueParts.SAVE_PLAY_FACTS);
    query.cursorBatchSize(BATCH);
    try (Stream<RevenueParts.InterventionPart> parts =
        mongoTemplate.stream(
            query, RevenueParts.InterventionPart.class, InterventionDocument.COLLECTION)) {
      return each(parts.map(RevenueParts.InterventionPart::toFacts), facts);
    }
  }

  @Override
  public List<CustomerDetail> details(List<String> customerIds) {
    if (customerIds.isEmpty()) {
      return List.of();
    }
    Query query = new Query(Criteria.where("_id").in(customerIds));
    query.fields().include(RevenueParts.CUSTOMER_DETAIL);
    return mongoTemplate
        .find(query, RevenueParts.DetailPart.class, CustomerDocument.COLLECTION)
        .stream()
        .map(RevenueParts.DetailPart::toDetail)
        .toList();
  }

  private static <T> long each(Stream<T> stream, Consumer<T> consumer) {
    long count = 0;
    for (Iterator<T> items = stream.iterator(); items.hasNext(); count++) {
      consumer.accept(items.next());
    }
    return count;
  }

  private static Criteria changedSince(Instant since) {
    return Criteria.where("updatedAt").gte(since);
  }
}

package io.baton.retention.health.adapter.out.mongo;

import io.baton.retention.health.domain.Signal;
import io.baton.retention.health.domain.Signals;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Signals in MongoDB, keyed by signal id. */
@Repository
class MongoSignals implements Signals {

  private final MongoTemplate mongoTemplate;

  MongoSignals(MongoTemplate mongoTemplate) {
    this.mongoTemplate = mongoTemplate;
  }

  @Override
  public boolean add(Signal signal) {
    try {
      mongoTemplate.insert(SignalDocument.of(signal));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  @Override
  public Optional<Signal> find(String signalId) {
    return Optional.ofNullable(mongoTemplate.findById(signalId, SignalDocument.class))
        .map(SignalDocument::toSignal);
  }

  @Override
  public void markApplied(String signalId, Instant at) {
    mongoTemplate.updateFirst(
        Query.query(Criteria.where("_id").is(signalId).and("appliedAt").is(null)),
        new Update().set("appliedAt", at),
        SignalDocument.class);
  }

  @Override
  public List<Signal> unapplied(Instant receivedBefore, int limit) {
    Query query =
        new Query(Criteria.where("appliedAt").is(null).and("receivedAt").lt(receivedBefore))
            .with(Sort.by("receivedAt"))
            .limit(limit);
    return mongoTemplate.find(query, SignalDocument.class).stream()
        .map(SignalDocument::toSignal)
        .toList();
  }
}

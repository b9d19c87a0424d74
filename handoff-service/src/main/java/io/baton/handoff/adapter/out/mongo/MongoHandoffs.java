package io.baton.handoff.adapter.out.mongo;

import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.Handoffs;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Handoffs in MongoDB, one document per deal, changed under optimistic locking. */
@Repository
class MongoHandoffs implements Handoffs {

  private final MongoTemplate mongoTemplate;

  MongoHandoffs(MongoTemplate mongoTemplate) {
    this.mongoTemplate = mongoTemplate;
  }

  @Override
  public Optional<Handoff> find(String dealId) {
    return Optional.ofNullable(mongoTemplate.findById(dealId, HandoffDocument.class))
        .map(HandoffDocument::toHandoff);
  }

  @Override
  public List<Handoff> recent(int limit) {
    Query query = new Query().with(Sort.by(Sort.Direction.DESC, "wonAt")).limit(limit);
    return mongoTemplate.find(query, HandoffDocument.class).stream()
        .map(HandoffDocument::toHandoff)
        .toList();
  }

  @Override
  public Optional<Handoff> add(Handoff handoff) {
    try {
      return Optional.of(mongoTemplate.insert(HandoffDocument.of(handoff)).toHandoff());
    } catch (DuplicateKeyException e) {
      return Optional.empty();
    }
  }

  @Override
  public Handoff update(Handoff handoff) {
    return mongoTemplate.save(HandoffDocument.of(handoff)).toHandoff();
  }
}

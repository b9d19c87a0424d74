package io.baton.handoff.adapter.out.mongo;

import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.HandoffStatus;
import io.baton.handoff.domain.Handoffs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
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
  public List<Handoff> search(HandoffStatus status, String owner, Instant overdueAt, int limit) {
    List<Criteria> criteria = new ArrayList<>();
    if (status != null) {
      criteria.add(Criteria.where("status").is(status));
    }
    if (owner != null) {
      criteria.add(
          new Criteria()
              .orOperator(
                  Criteria.where("salesOwner").is(owner),
                  Criteria.where("accountManager").is(owner)));
    }
    if (overdueAt != null) {
      criteria.add(overdue(overdueAt));
    }
    Query query =
        (criteria.isEmpty() ? new Query() : new Query(new Criteria().andOperator(criteria)))
            .with(Sort.by(Sort.Direction.DESC, "wonAt"))
            .limit(limit);
    return mongoTemplate.find(query, HandoffDocument.class).stream()
        .map(HandoffDocument::toHandoff)
        .toList();
  }

  @Override
  public long countOverdue(Instant now) {
    return mongoTemplate.count(new Query(overdue(now)), HandoffDocument.class);
  }

  private static Criteria overdue(Instant now) {
    return new Criteria()
        .orOperator(
            Criteria.where("status").is(HandoffStatus.AWAITING_BRIEF).and("briefDueAt").lt(now),
            Criteria.where("status")
                .is(HandoffStatus.AWAITING_ACCEPTANCE)
                .and("acceptanceDueAt")
                .lt(now));
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

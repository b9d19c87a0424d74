package io.baton.retention.saveplay.adapter.out.mongo;

import io.baton.retention.saveplay.domain.Intervention;
import io.baton.retention.saveplay.domain.InterventionStatus;
import io.baton.retention.saveplay.domain.Interventions;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Interventions in MongoDB, one document each, changed under optimistic locking. */
@Repository
class MongoInterventions implements Interventions {

  private final MongoTemplate mongoTemplate;
  private final Clock clock;

  MongoInterventions(MongoTemplate mongoTemplate, Clock clock) {
    this.mongoTemplate = mongoTemplate;
    this.clock = clock;
  }

  @Override
  public Optional<Intervention> find(String interventionId) {
    return Optional.ofNullable(mongoTemplate.findById(interventionId, InterventionDocument.class))
        .map(InterventionDocument::toIntervention);
  }

  @Override
  public Optional<Intervention> findActive(String customerId) {
    return findOne(Criteria.where("activeCustomerId").is(customerId));
  }

  @Override
  public Optional<Intervention> findByTrigger(String triggerId) {
    return findOne(Criteria.where("triggers.triggerId").is(triggerId));
  }

  private Optional<Intervention> findOne(Criteria criteria) {
    return Optional.ofNullable(
            mongoTemplate.findOne(new Query(criteria), InterventionDocument.class))
        .map(InterventionDocument::toIntervention);
  }

  @Override
  public List<Intervention> search(
      InterventionStatus status, Collection<String> customerIds, int limit) {
    Criteria criteria = new Criteria();
    if (status != null) {
      criteria = criteria.and("status").is(status.name());
    }
    if (customerIds != null) {
      criteria = criteria.and("customerId").in(customerIds);
    }
    Query query =
        new Query(criteria)
            .with(Sort.by(Sort.Order.desc("startedAt"), Sort.Order.asc("_id")))
            .limit(limit);
    return mongoTemplate.find(query, InterventionDocument.class).stream()
        .map(InterventionDocument::toIntervention)
        .toList();
  }

  @Override
  public Optional<Intervention> add(Intervention intervention) {
    try {
      return Optional.of(
          mongoTemplate
              .insert(InterventionDocument.of(intervention, clock.instant()))
              .toIntervention());
    } catch (DuplicateKeyException e) {
      return Optional.empty();
    }
  }

  @Override
  public Intervention update(Intervention intervention) {
    return mongoTemplate
        .save(InterventionDocument.of(intervention, clock.instant()))
        .toIntervention();
  }
}

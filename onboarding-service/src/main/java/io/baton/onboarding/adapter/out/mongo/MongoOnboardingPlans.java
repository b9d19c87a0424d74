package io.baton.onboarding.adapter.out.mongo;

import io.baton.onboarding.domain.CheckpointStatus;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.OnboardingPlans;
import io.baton.onboarding.domain.PlanFilter;
import io.baton.onboarding.domain.PlanStatus;
import io.baton.onboarding.domain.TimeToValueFilter;
import io.baton.onboarding.domain.TimeToValueSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Onboarding plans in MongoDB, one document per deal, changed under optimistic locking. */
@Repository
class MongoOnboardingPlans implements OnboardingPlans {

  private final MongoTemplate mongoTemplate;

  MongoOnboardingPlans(MongoTemplate mongoTemplate) {
    this.mongoTemplate = mongoTemplate;
  }

  @Override
  public Optional<OnboardingPlan> find(String dealId) {
    return Optional.ofNullable(mongoTemplate.findById(dealId, OnboardingPlanDocument.class))
        .map(OnboardingPlanDocument::toPlan);
  }

  @Override
  public List<OnboardingPlan> search(PlanFilter filter, int limit) {
    List<Criteria> criteria = new ArrayList<>();
    if (filter.status() != null) {
      criteria.add(Criteria.where("status").is(filter.status()));
    }
    if (filter.accountManager() != null) {
      criteria.add(Criteria.where("accountManager").is(filter.accountManager()));
    }
    if (filter.segment() != null) {
      criteria.add(Criteria.where("segment").is(filter.segment()));
    }
    if (filter.overdueAt() != null) {
      criteria.add(
          Criteria.where("checkpoints")
              .elemMatch(
                  Criteria.where("status")
                      .ne(CheckpointStatus.DONE)
                      .and("dueAt")
                      .lt(filter.overdueAt())));
    }
    Query query =
        (criteria.isEmpty() ? new Query() : new Query(new Criteria().andOperator(criteria)))
            .with(Sort.by(Sort.Direction.DESC, "startedAt"))
            .limit(limit);
    return mongoTemplate.find(query, OnboardingPlanDocument.class).stream()
        .map(OnboardingPlanDocument::toPlan)
        .toList();
  }

  @Override
  public List<String> dealIdsAfter(String afterDealId, int limit) {
    Query query =
        (afterDealId == null ? new Query() : new Query(Criteria.where("_id").gt(afterDealId)))
            .with(Sort.by(Sort.Direction.ASC, "_id"))
            .limit(limit);
    query.fields().include("_id");
    return mongoTemplate.find(query, Document.class, OnboardingPlanDocument.COLLECTION).stream()
        .map(document -> document.getString("_id"))
        .toList();
  }

  @Override
  public long countBehind() {
    return mongoTemplate.count(
        new Query(Criteria.where("status").is(PlanStatus.BEHIND)), OnboardingPlanDocument.class);
  }

  @Override
  public List<TimeToValueSample> timeToValueSamples(TimeToValueFilter filter) {
    Criteria criteria = Criteria.where("contractDate").exists(true);
    if (filter.from() != null) {
      criteria = criteria.gte(filter.from());
    }
    if (filter.to() != null) {
      criteria = criteria.lte(filter.to());
    }
    if (filter.segment() != null) {
      criteria = criteria.and("segment").is(filter.segment());
    }
    if (filter.accountManager() != null) {
      criteria = criteria.and("accountManager").is(filter.accountManager());
    }
    Query query = new Query(criteria);
    query.fields().include("contractDate", "segment", "timeToValueDays");
    return mongoTemplate.find(query, TimeToValueSample.class, OnboardingPlanDocument.COLLECTION);
  }

  @Override
  public Optional<OnboardingPlan> add(OnboardingPlan plan) {
    try {
      return Optional.of(mongoTemplate.insert(OnboardingPlanDocument.of(plan)).toPlan());
    } catch (DuplicateKeyException e) {
      return Optional.empty();
    }
  }

  @Override
  public OnboardingPlan update(OnboardingPlan plan) {
    return mongoTemplate.save(OnboardingPlanDocument.of(plan)).toPlan();
  }
}

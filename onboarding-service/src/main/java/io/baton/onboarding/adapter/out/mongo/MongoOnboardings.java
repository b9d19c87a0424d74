package io.baton.onboarding.adapter.out.mongo;

import io.baton.onboarding.domain.Onboarding;
import io.baton.onboarding.domain.Onboardings;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Onboardings in MongoDB, one document per deal. */
@Repository
class MongoOnboardings implements Onboardings {

  private final MongoTemplate mongoTemplate;

  MongoOnboardings(MongoTemplate mongoTemplate) {
    this.mongoTemplate = mongoTemplate;
  }

  @Override
  public Optional<Onboarding> find(String dealId) {
    return Optional.ofNullable(mongoTemplate.findById(dealId, OnboardingDocument.class))
        .map(OnboardingDocument::toOnboarding);
  }

  @Override
  public List<Onboarding> recent(int limit) {
    Query query = new Query().with(Sort.by(Sort.Direction.DESC, "startedAt")).limit(limit);
    return mongoTemplate.find(query, OnboardingDocument.class).stream()
        .map(OnboardingDocument::toOnboarding)
        .toList();
  }

  @Override
  public Optional<Onboarding> add(Onboarding onboarding) {
    try {
      return Optional.of(mongoTemplate.insert(OnboardingDocument.of(onboarding)).toOnboarding());
    } catch (DuplicateKeyException e) {
      return Optional.empty();
    }
  }
}

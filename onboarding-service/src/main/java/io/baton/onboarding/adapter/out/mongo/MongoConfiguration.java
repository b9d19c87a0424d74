package io.baton.onboarding.adapter.out.mongo;

import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.support.outbox.Outbox;
import io.baton.support.outbox.OutboxRelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox of each aggregate kept here, published by the relay from the aggregate's collection.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

  @Bean
  Outbox<OnboardingPlan> onboardingPlanOutbox(OutboxRelay relay) {
    return relay.outboxOf(OnboardingPlanDocument.COLLECTION, OnboardingPlan::dealId);
  }
}

package io.baton.onboarding.adapter.out.mongo;

import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.support.notification.NotificationRelay;
import io.baton.support.outbox.Outbox;
import io.baton.support.outbox.OutboxRelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox of each aggregate kept here, published by the relay from the aggregate's collection,
 * and its notifications, queued by the notification relay from the same collection.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

  @Bean
  Outbox<OnboardingPlan> onboardingPlanOutbox(OutboxRelay relay, NotificationRelay notifications) {
    return relay
        .outboxOf(OnboardingPlanDocument.COLLECTION, OnboardingPlan::dealId)
        .and(notifications.outboxOf(OnboardingPlanDocument.COLLECTION, OnboardingPlan::dealId));
  }
}

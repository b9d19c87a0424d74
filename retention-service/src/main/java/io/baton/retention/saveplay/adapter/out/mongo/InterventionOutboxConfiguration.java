package io.baton.retention.saveplay.adapter.out.mongo;

import io.baton.retention.saveplay.domain.Intervention;
import io.baton.support.notification.NotificationRelay;
import io.baton.support.outbox.Outbox;
import io.baton.support.outbox.OutboxRelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox of each intervention is published by the relay from the interventions' collection; its
 * notifications are queued by the notification relay from the same collection.
 */
@Configuration(proxyBeanMethods = false)
class InterventionOutboxConfiguration {

  @Bean
  Outbox<Intervention> interventionOutbox(OutboxRelay relay, NotificationRelay notifications) {
    return relay
        .outboxOf(InterventionDocument.COLLECTION, Intervention::interventionId)
        .and(notifications.outboxOf(InterventionDocument.COLLECTION, Intervention::interventionId));
  }
}

package io.baton.handoff.adapter.out.mongo;

import io.baton.handoff.domain.Handoff;
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
  Outbox<Handoff> handoffOutbox(OutboxRelay relay, NotificationRelay notifications) {
    return relay
        .outboxOf(HandoffDocument.COLLECTION, Handoff::dealId)
        .and(notifications.outboxOf(HandoffDocument.COLLECTION, Handoff::dealId));
  }
}

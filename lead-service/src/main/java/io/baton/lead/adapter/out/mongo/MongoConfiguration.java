package io.baton.lead.adapter.out.mongo;

import io.baton.lead.domain.Lead;
import io.baton.support.notification.NotificationRelay;
import io.baton.support.outbox.Outbox;
import io.baton.support.outbox.OutboxRelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox of each aggregate kept here: its engine messages published by the outbox relay, its
 * notifications queued by the notification relay, both from the aggregate's collection.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

  @Bean
  Outbox<Lead> leadOutbox(OutboxRelay relay, NotificationRelay notifications) {
    return relay
        .outboxOf(LeadDocument.COLLECTION, Lead::leadId)
        .and(notifications.outboxOf(LeadDocument.COLLECTION, Lead::leadId));
  }
}

package io.baton.retention.adapter.out.mongo;

import io.baton.retention.domain.Intervention;
import io.baton.support.outbox.Outbox;
import io.baton.support.outbox.OutboxRelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions.BigDecimalRepresentation;

/**
 * Money (every {@link java.math.BigDecimal}) is stored as Decimal128, so MongoDB can sum it
 * exactly; the outbox of each aggregate kept here is published by the relay from the aggregate's
 * collection.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

  @Bean
  MongoCustomConversions mongoCustomConversions() {
    return MongoCustomConversions.create(
        config -> config.bigDecimal(BigDecimalRepresentation.DECIMAL128));
  }

  @Bean
  Outbox<Intervention> interventionOutbox(OutboxRelay relay) {
    return relay.outboxOf(InterventionDocument.COLLECTION, Intervention::interventionId);
  }
}

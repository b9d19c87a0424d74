package io.baton.retention.shared.adapter.out.mongo;

import io.baton.retention.saveplay.adapter.out.mongo.InterventionDocument;
import io.baton.retention.saveplay.domain.Intervention;
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
public class MongoConfiguration {

  @Bean
  public MongoCustomConversions mongoCustomConversions() {
    return MongoCustomConversions.create(
        config -> config.bigDecimal(BigDecimalRepresentation.DECIMAL128));
  }

  @Bean
  Outbox<Intervention> interventionOutbox(OutboxRelay relay) {
    return relay.outboxOf(InterventionDocument.COLLECTION, Intervention::interventionId);
  }
}

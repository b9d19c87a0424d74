package io.baton.retention.shared.adapter.out.mongo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions.BigDecimalRepresentation;

/**
 * Money (every {@link java.math.BigDecimal}) is stored as Decimal128, so MongoDB can sum it
 * exactly, in every feature's collections.
 */
@Configuration(proxyBeanMethods = false)
public class MongoConfiguration {

  @Bean
  public MongoCustomConversions mongoCustomConversions() {
    return MongoCustomConversions.create(
        config -> config.bigDecimal(BigDecimalRepresentation.DECIMAL128));
  }
}

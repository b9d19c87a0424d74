package io.baton.retention.application;

import io.baton.retention.domain.HealthScoring;
import io.baton.retention.domain.RenewalRunway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scoring model and the renewal runway, from configuration: a bad setting fails the start. */
@Configuration
class RetentionConfiguration {

  @Bean
  HealthScoring healthScoring(HealthProperties properties) {
    return new HealthScoring(properties.toModel());
  }

  @Bean
  RenewalRunway renewalRunway(RenewalProperties properties) {
    return properties.toRunway();
  }
}

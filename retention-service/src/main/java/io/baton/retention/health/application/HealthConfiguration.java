package io.baton.retention.health.application;

import io.baton.retention.health.domain.HealthScoring;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scoring model, from configuration: a bad setting fails the start. */
@Configuration
class HealthConfiguration {

  @Bean
  HealthScoring healthScoring(HealthProperties properties) {
    return new HealthScoring(properties.toModel());
  }
}

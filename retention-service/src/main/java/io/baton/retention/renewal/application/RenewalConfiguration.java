package io.baton.retention.renewal.application;

import io.baton.retention.renewal.domain.RenewalRunway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The renewal runway, from configuration: a bad setting fails the start. */
@Configuration
class RenewalConfiguration {

  @Bean
  RenewalRunway renewalRunway(RenewalProperties properties) {
    return properties.toRunway();
  }
}

package io.baton.retention.customer.application;

import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.Customers;
import io.baton.retention.health.application.HealthProperties;
import io.baton.retention.health.domain.HealthScoring;
import io.baton.retention.renewal.application.RenewalProperties;
import io.baton.retention.renewal.domain.RenewalRunway;
import io.baton.retention.saveplay.application.SavePlayProperties;
import io.baton.retention.saveplay.domain.Intervention;
import io.baton.retention.saveplay.domain.Interventions;
import io.baton.retention.saveplay.domain.SavePlayTerms;
import io.baton.support.outbox.Outbox;
import io.baton.support.unitofwork.UnitOfWork;
import io.baton.support.unitofwork.UnitOfWorkProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scoring model, the renewal runway and the save plays' terms, from configuration (a bad
 * setting fails the start), and the units of work every use case changes customers and
 * interventions through.
 */
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

  @Bean
  SavePlayTerms savePlayTerms(SavePlayProperties properties) {
    return properties.toTerms();
  }

  /** Customers keep no outbox: what they ask for (save plays) is handed to interventions. */
  @Bean
  UnitOfWork<Customer> customerWork(Customers customers, UnitOfWorkProperties properties) {
    return new UnitOfWork<>("Customer", customers, Outbox.none(), properties);
  }

  @Bean
  UnitOfWork<Intervention> interventionWork(
      Interventions interventions, Outbox<Intervention> outbox, UnitOfWorkProperties properties) {
    return new UnitOfWork<>("Intervention", interventions, outbox, properties);
  }
}

package io.baton.retention.saveplay.application;

import io.baton.retention.saveplay.domain.Intervention;
import io.baton.retention.saveplay.domain.Interventions;
import io.baton.retention.saveplay.domain.SavePlayTerms;
import io.baton.support.outbox.Outbox;
import io.baton.support.unitofwork.UnitOfWork;
import io.baton.support.unitofwork.UnitOfWorkProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The save plays' terms, from configuration (a bad setting fails the start), and the unit of work
 * every use case changes interventions through.
 */
@Configuration
class SavePlayConfiguration {

  @Bean
  SavePlayTerms savePlayTerms(SavePlayProperties properties) {
    return properties.toTerms();
  }

  @Bean
  UnitOfWork<Intervention> interventionWork(
      Interventions interventions, Outbox<Intervention> outbox, UnitOfWorkProperties properties) {
    return new UnitOfWork<>("Intervention", interventions, outbox, properties);
  }
}

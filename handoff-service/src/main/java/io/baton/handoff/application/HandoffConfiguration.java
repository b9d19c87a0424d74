package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.Handoffs;
import io.baton.support.outbox.Outbox;
import io.baton.support.unitofwork.UnitOfWork;
import io.baton.support.unitofwork.UnitOfWorkProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The unit of work every use case changes handoffs through. */
@Configuration(proxyBeanMethods = false)
class HandoffConfiguration {

  @Bean
  UnitOfWork<Handoff> handoffWork(
      Handoffs handoffs, Outbox<Handoff> outbox, UnitOfWorkProperties properties) {
    return new UnitOfWork<>("Handoff", handoffs, outbox, properties);
  }
}

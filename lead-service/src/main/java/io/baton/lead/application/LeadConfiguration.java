package io.baton.lead.application;

import io.baton.lead.domain.Lead;
import io.baton.lead.domain.Leads;
import io.baton.support.outbox.Outbox;
import io.baton.support.unitofwork.UnitOfWork;
import io.baton.support.unitofwork.UnitOfWorkProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The unit of work every use case changes leads through. */
@Configuration(proxyBeanMethods = false)
class LeadConfiguration {

  @Bean
  UnitOfWork<Lead> leadWork(Leads leads, Outbox<Lead> outbox, UnitOfWorkProperties properties) {
    return new UnitOfWork<>("Lead", leads, outbox, properties);
  }
}

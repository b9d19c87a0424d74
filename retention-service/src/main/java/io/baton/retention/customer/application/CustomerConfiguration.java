package io.baton.retention.customer.application;

import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.Customers;
import io.baton.support.outbox.Outbox;
import io.baton.support.unitofwork.UnitOfWork;
import io.baton.support.unitofwork.UnitOfWorkProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The unit of work every use case, of every feature, changes customers through. */
@Configuration
class CustomerConfiguration {

  /**
   * Customers send the engine nothing (what they ask for, save plays, is handed to interventions);
   * their outbox queues the notifications they keep.
   */
  @Bean
  UnitOfWork<Customer> customerWork(
      Customers customers, Outbox<Customer> outbox, UnitOfWorkProperties properties) {
    return new UnitOfWork<>("Customer", customers, outbox, properties);
  }
}

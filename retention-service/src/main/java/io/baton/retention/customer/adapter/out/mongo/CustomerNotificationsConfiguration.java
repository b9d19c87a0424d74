package io.baton.retention.customer.adapter.out.mongo;

import io.baton.retention.customer.domain.Customer;
import io.baton.support.notification.NotificationRelay;
import io.baton.support.outbox.Outbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Customers keep no engine messages, only notifications: the notification relay queues them from
 * the customers' collection as soon as a customer is stored.
 */
@Configuration(proxyBeanMethods = false)
class CustomerNotificationsConfiguration {

  @Bean
  Outbox<Customer> customerOutbox(NotificationRelay notifications) {
    return notifications.outboxOf(CustomerDocument.COLLECTION, Customer::customerId);
  }
}

package io.baton.retention.customer.application;

import io.baton.retention.customer.domain.Customer;

/**
 * Where the save plays a customer asks for go (its health turned red, its renewal is at risk): the
 * save-play feature starts an intervention for each or attaches it to the running one. The use
 * cases that change a customer hand its pending save plays over through this port, so health and
 * renewal need not know how save plays are worked.
 */
public interface PendingSavePlays {

  /** Hands every save play the customer asked for to an intervention. */
  void handlePending(Customer customer);

  /**
   * Hands over the save plays still pending anywhere (after a crash between storing a customer and
   * starting its save play); returns how many customers had some.
   */
  int handleAllPending();
}

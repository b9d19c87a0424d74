package io.baton.retention.customer.adapter.in.web;

import static io.baton.support.security.Roles.ACCOUNT_MANAGER;
import static io.baton.support.security.Roles.CS_LEADER;
import static io.baton.support.security.Roles.SERVICE_AGENT;

import io.baton.retention.customer.application.CustomerQueries.CustomerView;
import io.baton.support.security.Ownership;

/**
 * Who sees which customers (the matrix in docs/security.md): an account manager sees only their own
 * customers; service agents see every customer, to help whoever calls. Every feature's endpoints
 * under {@code /api/customers/{customerId}} apply it.
 */
public final class CustomerOwnership {

  /** Who sees which customers: {@link Ownership}. */
  public static final Ownership<CustomerView> OWNERSHIP =
      new Ownership<>(
          "Customer",
          view -> view.customer().profile().accountManager(),
          view -> view.customer().customerId(),
          ACCOUNT_MANAGER,
          SERVICE_AGENT,
          CS_LEADER);

  private CustomerOwnership() {}
}

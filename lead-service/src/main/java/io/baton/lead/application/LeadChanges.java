package io.baton.lead.application;

import io.baton.lead.domain.Lead;
import io.baton.lead.domain.Leads;
import io.baton.support.outbox.OutboxRelay;
import io.baton.support.web.NotFoundException;
import java.util.function.Predicate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Changes one lead under optimistic locking: reads it, applies the change, stores it if the change
 * did something, and publishes the messages the change put in the lead's outbox. A concurrent
 * change of the same lead makes it read and apply again.
 */
@Component
class LeadChanges {

  static final String COLLECTION = "leads";
  private static final int TRIES = 5;

  private final Leads leads;
  private final OutboxRelay outboxRelay;

  LeadChanges(Leads leads, OutboxRelay outboxRelay) {
    this.leads = leads;
    this.outboxRelay = outboxRelay;
  }

  /**
   * Applies {@code change}, which answers whether it changed the lead.
   *
   * @throws NotFoundException if there is no such lead
   */
  Change apply(String leadId, Predicate<Lead> change) {
    for (int tries = 1; ; tries++) {
      Lead lead = leads.find(leadId).orElseThrow(() -> new NotFoundException("Lead", leadId));
      if (!change.test(lead)) {
        return new Change(lead, false);
      }
      try {
        Lead stored = leads.update(lead);
        outboxRelay.publishPendingOf(COLLECTION, leadId);
        return new Change(stored, true);
      } catch (OptimisticLockingFailureException e) {
        if (tries == TRIES) {
          throw e;
        }
      }
    }
  }

  /** The lead after the change, and whether the change did something. */
  record Change(Lead lead, boolean changed) {}
}

package io.baton.retention.saveplay.application;

import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.Customers;
import io.baton.retention.saveplay.domain.Intervention;
import io.baton.retention.saveplay.domain.SponsorEscalation;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * The save play was escalated to an executive sponsor (e.g. above an ARR threshold): recorded once
 * per sponsor, in the same write as the notification telling the sponsor, the account manager and
 * the CS leaders ({@link SavePlayNotifications}).
 */
@Service
public class EscalatingSavePlay {

  private final UnitOfWork<Intervention> interventionWork;
  private final Customers customers;
  private final Clock clock;

  public EscalatingSavePlay(
      UnitOfWork<Intervention> interventionWork, Customers customers, Clock clock) {
    this.interventionWork = interventionWork;
    this.customers = customers;
    this.clock = clock;
  }

  /**
   * @throws io.baton.retention.shared.domain.InvalidInputException when no sponsor is named
   * @throws io.baton.retention.saveplay.domain.InterventionStateException when the intervention is
   *     closed
   */
  public Intervention recordEscalation(String interventionId, String sponsor, String reason) {
    Instant now = clock.instant();
    SponsorEscalation escalation = new SponsorEscalation(sponsor, reason, now);
    return interventionWork
        .change(
            interventionId,
            intervention -> {
              if (!intervention.escalate(escalation)) {
                return false;
              }
              intervention.notify(
                  SavePlayNotifications.sponsorEngaged(
                      intervention, customerOf(intervention), escalation, now));
              return true;
            })
        .value();
  }

  private Customer customerOf(Intervention intervention) {
    String customerId = intervention.customerId();
    return customers
        .find(customerId)
        .orElseThrow(() -> new IllegalStateException("Customer " + customerId + " vanished"));
  }

  /**
   * The process engages the executive sponsors: at once for an account above the sponsor ARR
   * threshold ({@code sponsorNeeded}), otherwise because the save play is overdue.
   */
  public Intervention engageSponsors(
      String interventionId, String sponsors, boolean sponsorNeeded) {
    String reason = sponsorNeeded ? "ARR above the sponsor threshold" : "Save play overdue";
    return recordEscalation(interventionId, sponsors, reason);
  }
}

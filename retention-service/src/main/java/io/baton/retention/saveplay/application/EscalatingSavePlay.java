package io.baton.retention.saveplay.application;

import io.baton.retention.saveplay.domain.Intervention;
import io.baton.retention.saveplay.domain.SponsorEscalation;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * The save play was escalated to an executive sponsor (e.g. above an ARR threshold): recorded once
 * per sponsor.
 */
@Service
public class EscalatingSavePlay {

  private final UnitOfWork<Intervention> interventionWork;
  private final Clock clock;

  public EscalatingSavePlay(UnitOfWork<Intervention> interventionWork, Clock clock) {
    this.interventionWork = interventionWork;
    this.clock = clock;
  }

  /**
   * @throws io.baton.retention.shared.domain.InvalidInputException when no sponsor is named
   * @throws io.baton.retention.saveplay.domain.InterventionStateException when the intervention is
   *     closed
   */
  public Intervention recordEscalation(String interventionId, String sponsor, String reason) {
    SponsorEscalation escalation = new SponsorEscalation(sponsor, reason, clock.instant());
    return interventionWork
        .change(interventionId, intervention -> intervention.escalate(escalation))
        .value();
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

package io.baton.retention.application;

import io.baton.retention.domain.Intervention;
import io.baton.retention.domain.SponsorEscalation;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** The save play was escalated to an executive sponsor (e.g. above an ARR threshold): recorded once per sponsor. */
@Service
public class EscalatingSavePlay {

  private final ChangingIntervention changingIntervention;
  private final Clock clock;

  public EscalatingSavePlay(ChangingIntervention changingIntervention, Clock clock) {
    this.changingIntervention = changingIntervention;
    this.clock = clock;
  }

  /**
   * @throws io.baton.retention.domain.InvalidInputException when no sponsor is named
   * @throws io.baton.retention.domain.InterventionStateException when the intervention is closed
   */
  public Intervention recordEscalation(String interventionId, String sponsor, String reason) {
    SponsorEscalation escalation = new SponsorEscalation(sponsor, reason, clock.instant());
    return changingIntervention.change(interventionId, intervention -> intervention.escalate(escalation)).value();
  }
}

package io.baton.retention.application;

import io.baton.retention.domain.Intervention;
import io.baton.retention.domain.PlayDecision;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The save play for an intervention was chosen (by the play decision): which play, who works it,
 * and the inputs it was chosen from. The same decision again changes nothing; a new one replaces it
 * while the intervention is active.
 */
@Service
public class DecidingSavePlay {

  private final ChangingIntervention changingIntervention;
  private final Clock clock;

  public DecidingSavePlay(ChangingIntervention changingIntervention, Clock clock) {
    this.changingIntervention = changingIntervention;
    this.clock = clock;
  }

  /**
   * @param decisionInputs the variables the decision was evaluated with (segment, ARR, band, risk reasons...)
   * @throws io.baton.retention.domain.InvalidInputException when the play type or who works it is missing
   * @throws io.baton.retention.domain.InterventionStateException when the intervention is closed
   */
  public Intervention recordDecision(
      String interventionId, String playType, String playName, String workedBy, Map<String, Object> decisionInputs) {
    PlayDecision decision = new PlayDecision(playType, playName, workedBy, decisionInputs, clock.instant());
    return changingIntervention.change(interventionId, intervention -> intervention.decide(decision)).value();
  }
}

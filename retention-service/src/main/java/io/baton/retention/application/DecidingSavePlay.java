package io.baton.retention.application;

import io.baton.retention.domain.Intervention;
import io.baton.retention.domain.PlayDecision;
import io.baton.support.unitofwork.UnitOfWork;
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

  private final UnitOfWork<Intervention> interventionWork;
  private final Clock clock;

  public DecidingSavePlay(UnitOfWork<Intervention> interventionWork, Clock clock) {
    this.interventionWork = interventionWork;
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
    return interventionWork.change(interventionId, intervention -> intervention.decide(decision)).value();
  }
}

package io.baton.retention.saveplay.application;

import io.baton.retention.saveplay.domain.Intervention;
import io.baton.retention.saveplay.domain.PlayDecision;
import io.baton.retention.saveplay.domain.SavePlayTerms;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * The save play for an intervention was chosen (by the play decision): which play, who works it,
 * and the inputs it was chosen from. The same decision again changes nothing; a new one replaces it
 * while the intervention is active.
 */
@Service
public class DecidingSavePlay {

  private final UnitOfWork<Intervention> interventionWork;
  private final SavePlayQueries savePlayQueries;
  private final SavePlayTerms terms;
  private final Clock clock;

  public DecidingSavePlay(
      UnitOfWork<Intervention> interventionWork,
      SavePlayQueries savePlayQueries,
      SavePlayTerms terms,
      Clock clock) {
    this.interventionWork = interventionWork;
    this.savePlayQueries = savePlayQueries;
    this.terms = terms;
    this.clock = clock;
  }

  /**
   * The process's play decision named the play and the group that works it ({@link
   * DecideSavePlay#byProcess}): records it, and gives the save play its terms and the context its
   * form shows.
   */
  public DecidedSavePlay recordProcessDecision(DecideSavePlay command) {
    recordDecision(command);
    SavePlayContext context = savePlayQueries.contextFor(command.interventionId());
    return new DecidedSavePlay(
        context,
        terms.dueAt(clock.instant()),
        terms.sponsorNeeded(context.arr()),
        terms.taskPriority(context.health()));
  }

  /**
   * @throws io.baton.retention.shared.domain.InvalidInputException when the play type or who works
   *     it is missing
   * @throws io.baton.retention.saveplay.domain.InterventionStateException when the intervention is
   *     closed
   */
  public Intervention recordDecision(DecideSavePlay command) {
    PlayDecision decision =
        new PlayDecision(
            command.playType(),
            command.playName(),
            command.workedBy(),
            command.decisionInputs(),
            clock.instant());
    return interventionWork
        .change(command.interventionId(), intervention -> intervention.decide(decision))
        .value();
  }
}

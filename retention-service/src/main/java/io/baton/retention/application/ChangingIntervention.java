package io.baton.retention.application;

import io.baton.retention.domain.Intervention;
import io.baton.retention.domain.Interventions;
import io.baton.support.web.NotFoundException;
import java.util.function.Predicate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Loads an intervention, applies one change and stores it only if it changed something. When
 * someone else stored the intervention meanwhile, the change is applied again to the fresh one:
 * the same change then finds itself made, a conflicting one is refused by the intervention.
 */
@Component
class ChangingIntervention {

  static final int TRIES = 5;

  private final Interventions interventions;

  ChangingIntervention(Interventions interventions) {
    this.interventions = interventions;
  }

  Changed<Intervention> change(String interventionId, Predicate<Intervention> change) {
    for (int tries = 1; ; tries++) {
      Intervention intervention =
          interventions.find(interventionId).orElseThrow(() -> new NotFoundException("Intervention", interventionId));
      if (!change.test(intervention)) {
        return new Changed<>(intervention, false);
      }
      try {
        return new Changed<>(interventions.update(intervention), true);
      } catch (OptimisticLockingFailureException e) {
        if (tries == TRIES) {
          throw e;
        }
      }
    }
  }
}

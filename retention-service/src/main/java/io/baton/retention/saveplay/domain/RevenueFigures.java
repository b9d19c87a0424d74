package io.baton.retention.saveplay.domain;

import java.util.List;

/** The revenue figures, computed where the customers and interventions are kept. */
public interface RevenueFigures {

  /** Per play (interventions with no play decided yet count as {@code undecided}). */
  List<PlayResults> playResults();

  /** Per contract month, oldest first. */
  List<CohortRetention> cohorts();

  ArrAtRisk arrAtRisk();
}

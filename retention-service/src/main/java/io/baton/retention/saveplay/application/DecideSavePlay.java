package io.baton.retention.saveplay.application;

import java.util.Map;

/**
 * Which save play was chosen for an intervention: its type (e.g. {@code executive-business-review})
 * and its name as people read it, who works it, and the inputs it was chosen from.
 *
 * @param decisionInputs the variables the decision was evaluated with (segment, ARR, band, risk
 *     reasons...)
 */
public record DecideSavePlay(
    String interventionId,
    String playType,
    String playName,
    String workedBy,
    Map<String, Object> decisionInputs) {

  /**
   * The process's play decision: it names the play (its name is its type too) and the group that
   * works it.
   */
  public static DecideSavePlay byProcess(
      String interventionId, String playName, String workedBy, Map<String, Object> decisionInputs) {
    return new DecideSavePlay(interventionId, playName, playName, workedBy, decisionInputs);
  }
}

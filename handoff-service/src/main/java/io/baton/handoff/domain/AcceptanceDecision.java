package io.baton.handoff.domain;

import io.baton.workflows.ProcessContract;
import java.util.ArrayList;
import java.util.List;

/**
 * An account manager's answer to a handoff: accept it, or return it to sales with questions. {@code
 * decidedBy} is the user completing the task, as the engine names them; on acceptance the customer
 * becomes theirs.
 */
public record AcceptanceDecision(String decision, String decidedBy, String returnQuestions) {

  public boolean accepts() {
    return ProcessContract.Handoff.DECISION_ACCEPT.equals(decision);
  }

  public boolean returns() {
    return ProcessContract.Handoff.DECISION_RETURN.equals(decision);
  }

  /** Why this answer cannot complete the task; empty when it can. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (!accepts() && !returns()) {
      problems.add("choose to accept the handoff or to return it with questions");
    }
    if (blank(decidedBy)) {
      problems.add("claim the task before deciding, so that the decision has an owner");
    }
    if (returns() && blank(returnQuestions)) {
      problems.add("write the questions sales has to answer");
    }
    return List.copyOf(problems);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}

package io.baton.lead.domain;

/** Whose turn it is in each team: a counter per team, shared by every lead-service instance. */
public interface OwnerRotations {

  /** The team's next turn: 0, 1, 2, … — never the same number twice. */
  long nextTurn(String team);
}

package io.baton.handoff.domain;

/** Where a handoff stands between the won deal and the customer's new owner. */
public enum HandoffStatus {
  /** The deal is won; the handoff process has not picked it up yet. */
  DEAL_WON,
  /** The sales owner writes the brief: promises, stakeholders, success criteria. */
  AWAITING_BRIEF,
  /** The brief is complete; account managers are asked to accept the customer. */
  AWAITING_ACCEPTANCE,
  /** An account manager took ownership; onboarding starts. */
  ACCEPTED
}

package io.baton.retention.saveplay.domain;

import io.baton.support.vocabulary.KebabCase;

/** Who asked for a save play. */
public enum TriggerSource implements KebabCase {
  /** A service agent, through the API, with a reason and maybe the ticket it came from. */
  AGENT(RiskReason.AGENT_REQUEST),
  /** The health score turned red. */
  HEALTH(RiskReason.HEALTH_RED),
  /** A step of the renewal runway found the renewal at risk. */
  RENEWAL(RiskReason.RENEWAL_RISK);

  private final RiskReason riskReason;

  TriggerSource(RiskReason riskReason) {
    this.riskReason = riskReason;
  }

  public RiskReason riskReason() {
    return riskReason;
  }
}

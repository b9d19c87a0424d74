package io.baton.handoff.application;

/** The same deal id was registered before with different data. */
public class ConflictingDealException extends RuntimeException {

  private final String dealId;

  public ConflictingDealException(String dealId) {
    super("Deal " + dealId + " is registered already with different data");
    this.dealId = dealId;
  }

  public String dealId() {
    return dealId;
  }
}

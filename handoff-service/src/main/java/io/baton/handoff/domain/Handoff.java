package io.baton.handoff.domain;

import io.baton.support.outbox.OutboxMessage;
import io.baton.workflows.ProcessContract;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The transfer of one won customer from sales to implementation. Keeps the engine messages it
 * has decided to send in its own outbox, so the decision and the message are written together.
 */
public final class Handoff {

  private final WonDeal deal;
  private final Instant wonAt;
  private HandoffStatus status;
  private Long processInstanceKey;
  private Instant openedAt;
  private String accountManager;
  private String acceptanceNote;
  private Instant acceptedAt;
  private final List<OutboxMessage> outbox;
  private final Long version;

  private Handoff(
      WonDeal deal,
      Instant wonAt,
      HandoffStatus status,
      Long processInstanceKey,
      Instant openedAt,
      String accountManager,
      String acceptanceNote,
      Instant acceptedAt,
      List<OutboxMessage> outbox,
      Long version) {
    this.deal = deal;
    this.wonAt = wonAt;
    this.status = status;
    this.processInstanceKey = processInstanceKey;
    this.openedAt = openedAt;
    this.accountManager = accountManager;
    this.acceptanceNote = acceptanceNote;
    this.acceptedAt = acceptedAt;
    this.outbox = new ArrayList<>(outbox);
    this.version = version;
  }

  /** A won deal registered with Baton: the {@code deal-won} message waits in the outbox. */
  public static Handoff fromWonDeal(WonDeal deal, String correlationId, Instant now) {
    Handoff handoff =
        new Handoff(deal, now, HandoffStatus.DEAL_WON, null, null, null, null, null, List.of(), null);
    handoff.outbox.add(
        OutboxMessage.pending(
            ProcessContract.Handoff.dealWonMessageId(deal.dealId()),
            ProcessContract.Handoff.DEAL_WON_MESSAGE,
            deal.dealId(),
            dealWonVariables(deal, correlationId),
            now));
    return handoff;
  }

  /** A deal whose {@code deal-won} reached the engine from elsewhere (e.g. the CRM via lead-service). */
  public static Handoff openedByProcess(WonDeal deal, long processInstanceKey, Instant now) {
    return new Handoff(
        deal,
        now,
        HandoffStatus.AWAITING_ACCEPTANCE,
        processInstanceKey,
        now,
        null,
        null,
        null,
        List.of(),
        null);
  }

  public static Handoff restore(
      WonDeal deal,
      Instant wonAt,
      HandoffStatus status,
      Long processInstanceKey,
      Instant openedAt,
      String accountManager,
      String acceptanceNote,
      Instant acceptedAt,
      List<OutboxMessage> outbox,
      Long version) {
    return new Handoff(
        deal, wonAt, status, processInstanceKey, openedAt, accountManager, acceptanceNote, acceptedAt,
        outbox, version);
  }

  private static Map<String, Object> dealWonVariables(WonDeal deal, String correlationId) {
    return Map.of(
        ProcessContract.Variables.DEAL_ID, deal.dealId(),
        ProcessContract.Handoff.CUSTOMER_NAME, deal.customerName(),
        ProcessContract.Handoff.SALES_OWNER, deal.salesOwner(),
        ProcessContract.Handoff.ARR, deal.arr(),
        ProcessContract.Variables.CORRELATION_ID, correlationId);
  }

  /**
   * The handoff process picked the deal up. Idempotent: a redelivered job finds it open already.
   *
   * @return whether this call changed the handoff
   */
  public boolean open(long processInstanceKey, Instant now) {
    if (status != HandoffStatus.DEAL_WON) {
      return false;
    }
    this.status = HandoffStatus.AWAITING_ACCEPTANCE;
    this.processInstanceKey = processInstanceKey;
    this.openedAt = now;
    return true;
  }

  /**
   * An account manager accepted the customer. Idempotent for the same acceptance.
   *
   * @return whether this call changed the handoff
   */
  public boolean accept(String accountManager, String note, Instant now) {
    if (status == HandoffStatus.ACCEPTED) {
      return false;
    }
    this.status = HandoffStatus.ACCEPTED;
    this.accountManager = accountManager;
    this.acceptanceNote = note;
    this.acceptedAt = now;
    return true;
  }

  public boolean isSameDeal(WonDeal other) {
    return deal.equals(other);
  }

  public WonDeal deal() {
    return deal;
  }

  public String dealId() {
    return deal.dealId();
  }

  public Instant wonAt() {
    return wonAt;
  }

  public HandoffStatus status() {
    return status;
  }

  public Long processInstanceKey() {
    return processInstanceKey;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public String accountManager() {
    return accountManager;
  }

  public String acceptanceNote() {
    return acceptanceNote;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public List<OutboxMessage> outbox() {
    return List.copyOf(outbox);
  }

  public Long version() {
    return version;
  }
}

package io.baton.handoff.domain;

import io.baton.handoff.domain.HandoffEvents.Escalation;
import io.baton.handoff.domain.HandoffEvents.Return;
import io.baton.handoff.domain.HandoffEvents.StatusChange;
import io.baton.support.notification.Notification;
import io.baton.support.outbox.OutboxMessage;
import io.baton.workflows.ProcessContract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The transfer of one won customer from sales to implementation, with its context: what the lead
 * knew, the sales owner's brief, every return with questions, every missed deadline. Changes are
 * idempotent — a redelivered job finds its change made and changes nothing — and the engine
 * messages it decides to send wait in its own outbox, written with it, and so do the notifications
 * that tell people about it.
 */
public final class Handoff {

  private final WonDeal deal;
  private final Instant wonAt;
  private HandoffStatus status;
  private Long processInstanceKey;
  private Instant briefDueAt;
  private LeadContext context;
  private Brief brief;
  private Instant briefCompletedAt;
  private Instant acceptanceDueAt;
  private String decidedBy;
  private String accountManager;
  private String acceptanceNote;
  private Instant acceptedAt;
  private final List<Return> returns;
  private final List<Escalation> escalations;
  private final List<StatusChange> history;
  private final List<OutboxMessage> outbox;
  private final List<Notification> notifications;
  private final Long version;

  private Handoff(Snapshot snapshot) {
    this.deal = snapshot.deal();
    this.wonAt = snapshot.wonAt();
    this.status = snapshot.status();
    this.processInstanceKey = snapshot.processInstanceKey();
    this.briefDueAt = snapshot.briefDueAt();
    this.context = snapshot.context();
    this.brief = snapshot.brief() == null ? Brief.empty() : snapshot.brief();
    this.briefCompletedAt = snapshot.briefCompletedAt();
    this.acceptanceDueAt = snapshot.acceptanceDueAt();
    this.decidedBy = snapshot.decidedBy();
    this.accountManager = snapshot.accountManager();
    this.acceptanceNote = snapshot.acceptanceNote();
    this.acceptedAt = snapshot.acceptedAt();
    this.returns = new ArrayList<>(snapshot.returns());
    this.escalations = new ArrayList<>(snapshot.escalations());
    this.history = new ArrayList<>(snapshot.history());
    this.outbox = new ArrayList<>(snapshot.outbox());
    this.notifications = new ArrayList<>(snapshot.notifications());
    this.version = snapshot.version();
  }

  /** A won deal registered with Baton: the {@code deal-won} message waits in the outbox. */
  public static Handoff fromWonDeal(WonDeal deal, String correlationId, Instant now) {
    Handoff handoff = new Handoff(Snapshot.initial(deal, now));
    handoff.history.add(new StatusChange(HandoffStatus.DEAL_WON, now));
    handoff.outbox.add(
        OutboxMessage.pending(
            ProcessContract.Handoff.dealWonMessageId(deal.dealId()),
            ProcessContract.Handoff.DEAL_WON_MESSAGE,
            deal.dealId(),
            dealWonVariables(deal, correlationId),
            now));
    return handoff;
  }

  /** A deal whose {@code deal-won} reached the engine from elsewhere (e.g. a CRM integration). */
  public static Handoff openedByProcess(
      WonDeal deal, long processInstanceKey, Instant briefDueAt, Instant now) {
    Handoff handoff = new Handoff(Snapshot.initial(deal, now));
    handoff.history.add(new StatusChange(HandoffStatus.DEAL_WON, now));
    handoff.open(processInstanceKey, briefDueAt, now);
    return handoff;
  }

  public static Handoff restore(Snapshot snapshot) {
    return new Handoff(snapshot);
  }

  private static Map<String, Object> dealWonVariables(WonDeal deal, String correlationId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessContract.Variables.DEAL_ID, deal.dealId());
    variables.put(ProcessContract.Handoff.CUSTOMER_NAME, deal.customerName());
    variables.put(ProcessContract.Handoff.SALES_OWNER, deal.salesOwner());
    variables.put(ProcessContract.Handoff.ARR, deal.arr());
    variables.put(ProcessContract.Handoff.CLOSE_DATE, deal.closeDate().toString());
    variables.put(ProcessContract.Variables.CORRELATION_ID, correlationId);
    if (deal.leadId() != null) {
      variables.put(ProcessContract.Handoff.LEAD_ID, deal.leadId());
    }
    return Map.copyOf(variables);
  }

  /**
   * The handoff process picked the deal up; the sales owner's brief is due by {@code briefDueAt}.
   *
   * @return whether this call changed the handoff
   */
  public boolean open(long processInstanceKey, Instant briefDueAt, Instant now) {
    if (status != HandoffStatus.DEAL_WON) {
      return false;
    }
    this.processInstanceKey = processInstanceKey;
    this.briefDueAt = briefDueAt;
    moveTo(HandoffStatus.AWAITING_BRIEF, now);
    return true;
  }

  /** Keeps what acquisition knew; a later fetch replaces an earlier one. */
  public void attachContext(LeadContext leadContext) {
    this.context = leadContext;
  }

  /** The sales owner saves the brief as a draft while it is theirs to write. */
  public void saveDraft(Brief draft) {
    if (status != HandoffStatus.DEAL_WON && status != HandoffStatus.AWAITING_BRIEF) {
      throw new HandoffStateException(
          "The brief of deal "
              + deal.dealId()
              + " cannot be edited while the handoff is "
              + status);
    }
    this.brief = draft;
  }

  /**
   * The sales owner completed the brief of the given round (0, then one more per return).
   *
   * @return whether this call changed the handoff
   */
  public boolean completeBrief(Brief completed, int round, Instant acceptanceDueAt, Instant now) {
    if (status != HandoffStatus.AWAITING_BRIEF || round != returns.size()) {
      return false;
    }
    this.brief = completed;
    this.acceptanceDueAt = acceptanceDueAt;
    if (briefCompletedAt == null) {
      this.briefCompletedAt = now;
    }
    moveTo(HandoffStatus.AWAITING_ACCEPTANCE, now);
    return true;
  }

  /**
   * An account manager returned the handoff of the given round to sales with questions.
   *
   * @return whether this call changed the handoff
   */
  public boolean returnWithQuestions(
      String questions, int round, Instant newBriefDueAt, Instant now) {
    if (status != HandoffStatus.AWAITING_ACCEPTANCE || round != returns.size()) {
      return false;
    }
    returns.add(new Return(round, questions, now));
    this.briefDueAt = newBriefDueAt;
    this.acceptanceDueAt = null;
    moveTo(HandoffStatus.AWAITING_BRIEF, now);
    return true;
  }

  /**
   * The account manager who completes the acceptance task, as the engine names them to its
   * completing listener (the task's assignee: only they may complete it). Whoever decides last owns
   * the decision; after acceptance nothing changes.
   *
   * @return whether this call changed the handoff
   */
  public boolean recordDecider(String accountManager) {
    if (status == HandoffStatus.ACCEPTED || accountManager.equals(decidedBy)) {
      return false;
    }
    this.decidedBy = accountManager;
    return true;
  }

  /**
   * The account manager who decided accepted the customer: ownership moves to them.
   *
   * @return whether this call changed the handoff
   * @throws HandoffStateException if nobody has decided yet
   */
  public boolean accept(String note, Instant now) {
    if (status == HandoffStatus.ACCEPTED) {
      return false;
    }
    if (decidedBy == null) {
      throw new HandoffStateException(
          "Handoff "
              + deal.dealId()
              + " cannot be accepted: no account manager completed its acceptance task");
    }
    this.accountManager = decidedBy;
    this.acceptanceNote = note;
    this.acceptedAt = now;
    moveTo(HandoffStatus.ACCEPTED, now);
    return true;
  }

  /**
   * A deadline of the current round passed and was escalated.
   *
   * @return whether this call changed the handoff
   */
  public boolean recordEscalation(String stage, int round, Instant now) {
    boolean known =
        escalations.stream().anyMatch(e -> e.stage().equals(stage) && e.round() == round);
    if (known) {
      return false;
    }
    escalations.add(new Escalation(stage, round, now));
    return true;
  }

  /**
   * Tells people about what just happened to the handoff, in the same write; once per event: a
   * notification whose event id the handoff has already changes nothing.
   *
   * @return whether this call added it
   */
  public boolean notify(Notification notification) {
    if (notifications.stream().anyMatch(known -> known.eventId().equals(notification.eventId()))) {
      return false;
    }
    notifications.add(notification);
    return true;
  }

  /** Whether the step the handoff waits for is past its deadline. */
  public boolean isOverdue(Instant now) {
    return switch (status) {
      case AWAITING_BRIEF -> briefDueAt != null && briefDueAt.isBefore(now);
      case AWAITING_ACCEPTANCE -> acceptanceDueAt != null && acceptanceDueAt.isBefore(now);
      default -> false;
    };
  }

  public Optional<Duration> timeToBrief() {
    return Optional.ofNullable(briefCompletedAt).map(at -> Duration.between(wonAt, at));
  }

  /**
   * The acquisition and handoff keys of the customer's lineage, from what the handoff recorded: the
   * lead's context, the deal, every return with questions and the acceptance (its keys null until
   * accepted). Hours to accept count from the brief first submitted, or from the deal won when no
   * brief was ever submitted.
   */
  public Lineage lineage() {
    LeadContext lead = context != null && context.available() ? context : null;
    Instant receivedAt = lead == null ? null : lead.receivedAt();
    Instant firstContactAt = lead == null ? null : lead.firstContactAt();
    return new Lineage(
        deal.leadId() != null ? deal.leadId() : context == null ? null : context.leadId(),
        lead == null ? null : lead.campaign(),
        lead == null ? null : lead.channel(),
        lead == null ? null : lead.interest(),
        lead == null ? null : lead.play(),
        lead == null ? null : lead.slaTier(),
        deal.salesOwner(),
        receivedAt,
        firstContactAt,
        Lineage.minutesBetween(receivedAt, firstContactAt),
        Lineage.withinSla(firstContactAt, lead == null ? null : lead.firstContactDueAt()),
        wonAt,
        returns.size(),
        acceptedAt,
        Lineage.hoursBetween(briefCompletedAt != null ? briefCompletedAt : wonAt, acceptedAt),
        acceptedAt == null ? null : accountManager);
  }

  public Optional<Duration> timeToAccept() {
    return Optional.ofNullable(acceptedAt).map(at -> Duration.between(wonAt, at));
  }

  public boolean isSameDeal(WonDeal other) {
    return deal.equals(other);
  }

  public String dealId() {
    return deal.dealId();
  }

  public WonDeal deal() {
    return deal;
  }

  public HandoffStatus status() {
    return status;
  }

  public int returnCount() {
    return returns.size();
  }

  public Brief brief() {
    return brief;
  }

  public Optional<LeadContext> context() {
    return Optional.ofNullable(context);
  }

  public Snapshot snapshot() {
    return new Snapshot(
        deal,
        wonAt,
        status,
        processInstanceKey,
        briefDueAt,
        context,
        brief,
        briefCompletedAt,
        acceptanceDueAt,
        decidedBy,
        accountManager,
        acceptanceNote,
        acceptedAt,
        List.copyOf(returns),
        List.copyOf(escalations),
        List.copyOf(history),
        List.copyOf(outbox),
        List.copyOf(notifications),
        version);
  }

  private void moveTo(HandoffStatus next, Instant now) {
    this.status = next;
    history.add(new StatusChange(next, now));
  }

  /** Everything a handoff is, to store it and show it. */
  public record Snapshot(
      WonDeal deal,
      Instant wonAt,
      HandoffStatus status,
      Long processInstanceKey,
      Instant briefDueAt,
      LeadContext context,
      Brief brief,
      Instant briefCompletedAt,
      Instant acceptanceDueAt,
      String decidedBy,
      String accountManager,
      String acceptanceNote,
      Instant acceptedAt,
      List<Return> returns,
      List<Escalation> escalations,
      List<StatusChange> history,
      List<OutboxMessage> outbox,
      List<Notification> notifications,
      Long version) {

    public Snapshot {
      returns = returns == null ? List.of() : List.copyOf(returns);
      escalations = escalations == null ? List.of() : List.copyOf(escalations);
      history = history == null ? List.of() : List.copyOf(history);
      outbox = outbox == null ? List.of() : List.copyOf(outbox);
      notifications = notifications == null ? List.of() : List.copyOf(notifications);
    }

    static Snapshot initial(WonDeal deal, Instant now) {
      return new Snapshot(
          deal,
          now,
          HandoffStatus.DEAL_WON,
          null,
          null,
          null,
          Brief.empty(),
          null,
          null,
          null,
          null,
          null,
          null,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          null);
    }
  }
}

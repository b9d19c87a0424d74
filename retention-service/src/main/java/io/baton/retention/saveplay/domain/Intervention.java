package io.baton.retention.saveplay.domain;

import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.CustomerProfile;
import io.baton.retention.customer.domain.Segment;
import io.baton.retention.health.domain.Band;
import io.baton.retention.shared.domain.InputProblem;
import io.baton.retention.shared.domain.InvalidInputException;
import io.baton.support.notification.Notification;
import io.baton.support.outbox.OutboxMessage;
import io.baton.workflows.ProcessContract.Retention;
import io.baton.workflows.ProcessContract.Variables;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A save play for one customer, from the first request to its outcome. A customer has at most one
 * active intervention: a later request is attached to it as another trigger. Starting one puts the
 * {@code save-play-requested} message in its own outbox, written with it; every later change is
 * idempotent, so a redelivered job or a repeated request changes nothing.
 */
public final class Intervention {

  private final String interventionId;
  private final String customerId;
  private final String customerName;
  private final Segment segment;
  private final BigDecimal arrAtStart;
  private final int healthScore;
  private final Band band;
  private final LocalDate renewalDate;
  private InterventionStatus status;
  private final List<RiskReason> riskReasons;
  private final List<SavePlayTrigger> triggers;
  private PlayDecision decision;
  private final List<SponsorEscalation> escalations;
  private String workedBy;
  private InterventionOutcome outcome;
  private final Instant startedAt;
  private Instant closedAt;
  private final List<OutboxMessage> outbox;
  private final List<Notification> notifications;
  private final Long version;

  private Intervention(Snapshot snapshot) {
    this.interventionId = snapshot.interventionId();
    this.customerId = snapshot.customerId();
    this.customerName = snapshot.customerName();
    this.segment = snapshot.segment();
    this.arrAtStart = snapshot.arrAtStart();
    this.healthScore = snapshot.healthScore();
    this.band = snapshot.band();
    this.renewalDate = snapshot.renewalDate();
    this.status = snapshot.status();
    this.riskReasons = new ArrayList<>(snapshot.riskReasons());
    this.triggers = new ArrayList<>(snapshot.triggers());
    this.decision = snapshot.decision();
    this.escalations = new ArrayList<>(snapshot.escalations());
    this.workedBy = snapshot.workedBy();
    this.outcome = snapshot.outcome();
    this.startedAt = snapshot.startedAt();
    this.closedAt = snapshot.closedAt();
    this.outbox = new ArrayList<>(snapshot.outbox());
    this.notifications = new ArrayList<>(snapshot.notifications());
    this.version = snapshot.version();
  }

  /**
   * Starts a save play for the customer when {@code trigger} asked for it: {@code
   * save-play-requested} waits in the outbox.
   */
  public static Intervention start(
      String interventionId,
      Customer customer,
      SavePlayTrigger trigger,
      List<RiskReason> riskReasons,
      String correlationId,
      Instant now) {
    CustomerProfile profile = customer.profile();
    Intervention intervention =
        new Intervention(
            new Snapshot(
                interventionId,
                customer.customerId(),
                profile.customerName(),
                profile.segment(),
                profile.arr(),
                customer.health().score(),
                customer.health().band(),
                profile.renewalDate(),
                InterventionStatus.ACTIVE,
                riskReasons,
                List.of(trigger),
                null,
                List.of(),
                null,
                null,
                trigger.at(),
                null,
                List.of(),
                List.of(),
                null));
    intervention.outbox.add(
        OutboxMessage.pending(
            Retention.savePlayRequestedMessageId(interventionId),
            Retention.SAVE_PLAY_REQUESTED_MESSAGE,
            customer.customerId(),
            intervention.savePlayRequestedVariables(trigger, correlationId),
            now));
    return intervention;
  }

  public static Intervention restore(Snapshot snapshot) {
    return new Intervention(snapshot);
  }

  private Map<String, Object> savePlayRequestedVariables(
      SavePlayTrigger trigger, String correlationId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Retention.INTERVENTION_ID, interventionId);
    variables.put(Retention.CUSTOMER_ID, customerId);
    variables.put(Retention.CUSTOMER_NAME, customerName);
    variables.put(Retention.SEGMENT, segment.code());
    variables.put(Retention.ARR, arrAtStart.doubleValue());
    variables.put(Retention.HEALTH_SCORE, healthScore);
    variables.put(Retention.BAND, band.code());
    variables.put(Retention.RISK_REASONS, riskReasons.stream().map(RiskReason::code).toList());
    variables.put(Retention.TRIGGER_REASON, trigger.reason());
    variables.put(Retention.TRIGGERED_BY, trigger.triggeredBy());
    variables.put(Retention.RENEWAL_DATE, renewalDate.toString());
    variables.put(Variables.CORRELATION_ID, correlationId);
    if (trigger.sourceTicket() != null) {
      variables.put(Retention.SOURCE_TICKET, trigger.sourceTicket());
    }
    return Map.copyOf(variables);
  }

  /**
   * Attaches another request for a save play to this running one, with the risks it adds.
   *
   * @return whether this call changed the intervention (false when the trigger is attached already)
   */
  public boolean attach(SavePlayTrigger trigger, List<RiskReason> reasons) {
    requireActive("take another trigger");
    if (hasTrigger(trigger.triggerId())) {
      return false;
    }
    triggers.add(trigger);
    LinkedHashSet<RiskReason> merged = new LinkedHashSet<>(riskReasons);
    merged.addAll(reasons);
    riskReasons.clear();
    riskReasons.addAll(merged);
    return true;
  }

  public boolean hasTrigger(String triggerId) {
    return triggers.stream().anyMatch(trigger -> trigger.triggerId().equals(triggerId));
  }

  /**
   * Records which play was chosen and who works it; a later decision replaces it.
   *
   * @return whether this call changed the intervention
   */
  public boolean decide(PlayDecision chosen) {
    InvalidInputException.throwIf(chosen.problems());
    requireActive("take a play decision");
    if (decision != null && decision.sameAs(chosen)) {
      return false;
    }
    this.decision = chosen;
    return true;
  }

  /**
   * Records the escalation to an executive sponsor, once per sponsor.
   *
   * @return whether this call changed the intervention
   */
  public boolean escalate(SponsorEscalation escalation) {
    if (escalation.sponsor() == null || escalation.sponsor().isBlank()) {
      throw new InvalidInputException(
          List.of(new InputProblem("sponsor", "must name the executive sponsor")));
    }
    requireActive("be escalated");
    if (escalations.stream().anyMatch(known -> known.sponsor().equals(escalation.sponsor()))) {
      return false;
    }
    escalations.add(escalation);
    return true;
  }

  /**
   * The user who completes the run-save-play task, as the engine names them to its completing
   * listener (the task's assignee: only they may complete it). Whoever completes it last worked the
   * save play; once the outcome is recorded nothing changes.
   *
   * @return whether this call changed the intervention
   */
  public boolean recordWorker(String user) {
    if (status == InterventionStatus.CLOSED || user.equals(workedBy)) {
      return false;
    }
    this.workedBy = user;
    return true;
  }

  /**
   * The outcome as the run-save-play task reports it: worked by the user who completed the task,
   * never by a name in its form.
   *
   * @throws InterventionStateException if nobody completed the task
   */
  public OutcomeReport reportedInTask(
      Outcome reported, BigDecimal arrAfter, String play, String notes) {
    if (workedBy == null) {
      throw new InterventionStateException(
          "Intervention "
              + interventionId
              + " has no outcome from its save-play task: nobody completed it");
    }
    return new OutcomeReport(reported, arrAfter, workedBy, play, notes);
  }

  /**
   * Records the outcome and closes the intervention when the customer decided (the report's {@code
   * decidedAt}, else {@code now}), which cannot be before the save play was requested; the same
   * report again changes nothing, a different one is refused.
   *
   * @param arrBefore the customer's ARR when it decided
   * @return whether this call changed the intervention
   */
  public boolean recordOutcome(OutcomeReport report, BigDecimal arrBefore, Instant now) {
    if (outcome != null) {
      if (report.outcome() != null && report.workedBy() != null && report.reported(outcome)) {
        return false;
      }
      throw new InterventionStateException(
          "Intervention "
              + interventionId
              + " is closed already with outcome "
              + outcome.outcome().code());
    }
    InvalidInputException.throwIf(report.problems(arrBefore, decision, startedAt));
    this.outcome = report.resolve(arrBefore, decision, now);
    this.status = InterventionStatus.CLOSED;
    this.closedAt = outcome.recordedAt();
    return true;
  }

  /**
   * Tells people about what just happened to the save play, in the same write; once per event: a
   * notification whose event id the intervention has already changes nothing.
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

  /** When the save play was requested: its first request. */
  public Instant startedAt() {
    return startedAt;
  }

  /**
   * The play this intervention counts for: the one worked, else the one decided; null before
   * either.
   */
  public String play() {
    if (outcome != null) {
      return outcome.play();
    }
    return decision == null ? null : decision.playType();
  }

  private void requireActive(String change) {
    if (status != InterventionStatus.ACTIVE) {
      throw new InterventionStateException(
          "Intervention " + interventionId + " is " + status.code() + "; it cannot " + change);
    }
  }

  public String interventionId() {
    return interventionId;
  }

  public String customerId() {
    return customerId;
  }

  public InterventionStatus status() {
    return status;
  }

  public boolean isActive() {
    return status == InterventionStatus.ACTIVE;
  }

  public List<SavePlayTrigger> triggers() {
    return List.copyOf(triggers);
  }

  public InterventionOutcome outcome() {
    return outcome;
  }

  public Snapshot snapshot() {
    return new Snapshot(
        interventionId,
        customerId,
        customerName,
        segment,
        arrAtStart,
        healthScore,
        band,
        renewalDate,
        status,
        List.copyOf(riskReasons),
        List.copyOf(triggers),
        decision,
        List.copyOf(escalations),
        workedBy,
        outcome,
        startedAt,
        closedAt,
        List.copyOf(outbox),
        List.copyOf(notifications),
        version);
  }

  /** Everything an intervention is, to store it and show it. */
  public record Snapshot(
      String interventionId,
      String customerId,
      String customerName,
      Segment segment,
      BigDecimal arrAtStart,
      int healthScore,
      Band band,
      LocalDate renewalDate,
      InterventionStatus status,
      List<RiskReason> riskReasons,
      List<SavePlayTrigger> triggers,
      PlayDecision decision,
      List<SponsorEscalation> escalations,
      String workedBy,
      InterventionOutcome outcome,
      Instant startedAt,
      Instant closedAt,
      List<OutboxMessage> outbox,
      List<Notification> notifications,
      Long version) {

    public Snapshot {
      riskReasons = riskReasons == null ? List.of() : List.copyOf(riskReasons);
      triggers = triggers == null ? List.of() : List.copyOf(triggers);
      escalations = escalations == null ? List.of() : List.copyOf(escalations);
      outbox = outbox == null ? List.of() : List.copyOf(outbox);
      notifications = notifications == null ? List.of() : List.copyOf(notifications);
    }
  }
}

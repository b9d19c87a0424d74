package io.baton.lead.domain;

import io.baton.support.notification.Notification;
import io.baton.support.outbox.OutboxMessage;
import io.baton.workflows.ProcessContract.Handoff;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.baton.workflows.ProcessContract.Variables;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A lead and everything that happened to it — its play, owners, attempts, escalations and outcome —
 * kept in one document with the engine messages it decided to send (its outbox), so a change and
 * its message are written at once.
 */
public final class Lead {

  private final String leadId;
  private final LeadSubmission submission;
  private final Instant receivedAt;
  private final String correlationId;
  private String contactKey;
  private LeadStatus status;
  private PlayDecision play;
  private Instant firstContactDueAt;
  private Long processInstanceKey;
  private final List<Assignment> assignments;
  private final List<Attempt> attempts;
  private final List<Escalation> escalations;
  private Instant qualifiedAt;
  private Outcome outcome;
  private final List<OutboxMessage> outbox;
  private final List<Notification> notifications;
  private final Long version;

  private Lead(Snapshot s) {
    this.leadId = s.leadId();
    this.submission = s.submission();
    this.receivedAt = s.receivedAt();
    this.correlationId = s.correlationId();
    this.contactKey = s.contactKey();
    this.status = s.status();
    this.play = s.play();
    this.firstContactDueAt = s.firstContactDueAt();
    this.processInstanceKey = s.processInstanceKey();
    this.assignments = new ArrayList<>(s.assignments());
    this.attempts = new ArrayList<>(s.attempts());
    this.attempts.sort(Comparator.comparing(Attempt::at));
    this.escalations = new ArrayList<>(s.escalations());
    this.qualifiedAt = s.qualifiedAt();
    this.outcome = s.outcome();
    this.outbox = new ArrayList<>(s.outbox());
    this.notifications = new ArrayList<>(s.notifications());
    this.version = s.version();
  }

  /**
   * A new lead, received when its submission says it came in at its source, else {@code now};
   * recognisable by its contact key while its duplicate window is open. Its {@code lead-received}
   * message starts the follow-up.
   *
   * @throws IllegalArgumentException if the submission came in after {@code now}
   */
  public static Lead receive(
      String leadId, LeadSubmission submission, Instant now, String correlationId) {
    Instant receivedAt = submission.receivedAt() == null ? now : submission.receivedAt();
    if (receivedAt.isAfter(now)) {
      throw new IllegalArgumentException(
          "Lead " + leadId + " cannot have come in at " + receivedAt + ", after " + now);
    }
    Lead lead =
        new Lead(
            new Snapshot(
                leadId,
                submission.receivedAt(receivedAt),
                receivedAt,
                correlationId,
                submission.contactKey(),
                LeadStatus.NEW,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                null));
    lead.outbox.add(
        OutboxMessage.pending(
            LeadFollowUp.leadReceivedMessageId(leadId),
            LeadFollowUp.LEAD_RECEIVED_MESSAGE,
            leadId,
            lead.receivedVariables(),
            now));
    return lead;
  }

  public static Lead restore(Snapshot snapshot) {
    return new Lead(snapshot);
  }

  /**
   * Whether the same contact asking through the same campaign at {@code at} is this lead again:
   * while it keeps its contact key, less than the duplicate window before or after it came in
   * (history may be imported in any order).
   */
  public boolean takesDuplicatesAt(Instant at, Duration duplicateWindow) {
    return contactKey != null
        && at.isBefore(receivedAt.plus(duplicateWindow))
        && at.isAfter(receivedAt.minus(duplicateWindow));
  }

  /** The duplicate window has passed: the same contact and campaign make a new lead from now on. */
  public void closeDuplicateWindow() {
    this.contactKey = null;
  }

  /**
   * Keeps the play the decision picked; the first decision stays (a retried job changes nothing).
   */
  public boolean decidePlay(PlayDecision decision) {
    if (play != null) {
      return false;
    }
    play = decision;
    return true;
  }

  /**
   * Gives the lead its first owner and the time first contact is due, in the follow-up process
   * instance that works it; a lead that has an owner keeps it (a retried job changes nothing).
   */
  public boolean assignFirstOwner(
      String owner, String team, Instant dueAt, Long followUpKey, Instant now) {
    if (!assignments.isEmpty()) {
      return false;
    }
    assignments.add(new Assignment(owner, team, AssignmentReason.ROUND_ROBIN, now));
    firstContactDueAt = dueAt;
    processInstanceKey = followUpKey;
    if (status == LeadStatus.NEW) {
      status = LeadStatus.WORKING;
    }
    return true;
  }

  /**
   * Records a follow-up attempt, in time order. Idempotent: the same attempt (channel, outcome,
   * notes and time, or the same reference) recorded again changes nothing. An attempt recorded
   * outside the follow-up process ({@code announce}) is announced to it, so a reply ends the
   * cadence at once.
   *
   * @return whether this call added the attempt
   * @throws AttemptBeforeLeadException if the attempt is dated before the lead came in
   */
  public boolean record(Attempt attempt, boolean announce, Instant now) {
    if (attempt.at().isBefore(receivedAt)) {
      throw new AttemptBeforeLeadException(leadId, receivedAt);
    }
    if (attempts.contains(attempt) || isReported(attempt.reference())) {
      return false;
    }
    attempts.add(attempt);
    attempts.sort(Comparator.comparing(Attempt::at));
    if (attempt.outcome().madeContact()
        && (status == LeadStatus.NEW || status == LeadStatus.WORKING)) {
      status = LeadStatus.CONTACTED;
    }
    if (announce) {
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put(LeadFollowUp.ATTEMPT_COUNT, attempts.size());
      variables.put(LeadFollowUp.ATTEMPT_OUTCOME, attempt.outcome().code());
      variables.put(LeadFollowUp.CONTACTED, contacted());
      outbox.add(
          OutboxMessage.pending(
              LeadFollowUp.attemptRecordedMessageId(leadId, attempts.size()),
              LeadFollowUp.ATTEMPT_RECORDED_MESSAGE,
              leadId,
              variables,
              now));
    }
    return true;
  }

  private boolean isReported(String reference) {
    return reference != null
        && attempts.stream().anyMatch(known -> reference.equals(known.reference()));
  }

  /** Whether any attempt reached the lead. */
  public boolean contacted() {
    return attempts.stream().anyMatch(attempt -> attempt.outcome().madeContact());
  }

  /** Records an escalation once per stage; returns whether this call recorded it. */
  public boolean escalate(EscalationStage stage, String note, Instant now) {
    if (escalations.stream().anyMatch(escalation -> escalation.stage() == stage)) {
      return false;
    }
    escalations.add(new Escalation(stage, now, note));
    return true;
  }

  /**
   * Tells people what they must act on, delivered from the lead's document once it is stored. Once
   * per event: a notification whose event id the lead has already changes nothing.
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

  /** Nobody reached the lead in time: it goes back to its team's queue for anyone to take. */
  public boolean returnToQueue(Instant now) {
    if (!escalate(EscalationStage.REASSIGNED_TO_QUEUE, null, now)) {
      return false;
    }
    assignments.add(new Assignment(null, team(), AssignmentReason.REASSIGNED_TO_QUEUE, now));
    return true;
  }

  /**
   * The sales manager reviewed the uncontacted lead, and gave it to {@code newOwner} if not null.
   * Idempotent.
   */
  public boolean recordManagerReview(String newOwner, String note, Instant now) {
    if (!escalate(EscalationStage.MANAGER_REVIEWED, note, now)) {
      return false;
    }
    if (newOwner != null && !newOwner.equals(owner())) {
      assignments.add(new Assignment(newOwner, team(), AssignmentReason.MANAGER, now));
    }
    return true;
  }

  /**
   * Records the outcome. The same outcome again changes nothing; another outcome of a closed lead
   * is refused. An outcome recorded outside the follow-up process ({@code announce}) is announced
   * to it, so the follow-up ends at once.
   *
   * @return whether this call recorded it
   * @throws OutcomeConflictException if the lead is closed with another outcome
   */
  public boolean record(Outcome recorded, boolean announce) {
    if (outcome != null && outcome.sameAs(recorded)) {
      return false;
    }
    if (status.isClosed()) {
      throw new OutcomeConflictException(leadId, status);
    }
    outcome = recorded;
    status = recorded.type().status();
    if (recorded.type() == OutcomeType.QUALIFIED) {
      qualifiedAt = recorded.at();
    }
    if (announce) {
      outbox.add(
          OutboxMessage.pending(
              LeadFollowUp.outcomeRecordedMessageId(leadId, recorded.type().code()),
              LeadFollowUp.OUTCOME_RECORDED_MESSAGE,
              leadId,
              outcomeVariables(recorded),
              recorded.at()));
    }
    return true;
  }

  /**
   * The lead converted into a won deal, and its follow-up reached the end: the deal's {@code
   * deal-won} message starts the sale-to-implementation handoff with what the handoff needs of the
   * deal. Once: a lead that has the message in its outbox changes nothing.
   *
   * @return whether this call put the message in the outbox
   * @throws IllegalStateException when the lead has no converted deal
   */
  public boolean announceDealWon(Instant now) {
    ConvertedDeal deal = outcome == null ? null : outcome.deal();
    if (deal == null) {
      throw new IllegalStateException("Lead " + leadId + " has no converted deal");
    }
    String messageId = Handoff.dealWonMessageId(deal.dealId());
    if (outbox.stream().anyMatch(message -> message.messageId().equals(messageId))) {
      return false;
    }
    outbox.add(
        OutboxMessage.pending(
            messageId, Handoff.DEAL_WON_MESSAGE, deal.dealId(), dealWonVariables(deal), now));
    return true;
  }

  private Map<String, Object> dealWonVariables(ConvertedDeal deal) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Variables.DEAL_ID, deal.dealId());
    variables.put(Handoff.LEAD_ID, leadId);
    variables.put(Handoff.CUSTOMER_NAME, deal.customerName());
    variables.put(Handoff.SALES_OWNER, deal.salesOwner());
    variables.put(Handoff.ARR, OutboxMessage.number(deal.arr()));
    variables.put(Handoff.CLOSE_DATE, deal.closeDate().toString());
    variables.put(Variables.CORRELATION_ID, correlationId);
    return variables;
  }

  private Map<String, Object> receivedVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Variables.LEAD_ID, leadId);
    variables.put(LeadFollowUp.SOURCE_CHANNEL, source().channel().code());
    variables.put(LeadFollowUp.CAMPAIGN, source().campaign());
    variables.put(LeadFollowUp.COMPANY_SIZE, company().size());
    variables.put(
        LeadFollowUp.INTEREST, submission.interest() == null ? null : submission.interest().code());
    variables.put(LeadFollowUp.COMPANY_NAME, company().name());
    variables.put(LeadFollowUp.CONTACT_NAME, contact().name());
    variables.put(LeadFollowUp.CONTACT_EMAIL, contact().email());
    variables.put(LeadFollowUp.CONTACT_PHONE, contact().phone());
    variables.put(Variables.CORRELATION_ID, correlationId);
    return variables;
  }

  private static Map<String, Object> outcomeVariables(Outcome recorded) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(LeadFollowUp.OUTCOME, recorded.type().code());
    variables.put(
        LeadFollowUp.OUTCOME_REASON, recorded.reason() == null ? null : recorded.reason().code());
    variables.put(LeadFollowUp.OUTCOME_NOTES, recorded.notes());
    if (recorded.deal() != null) {
      variables.put(Variables.DEAL_ID, recorded.deal().dealId());
    }
    return variables;
  }

  /** When the lead was first tried: its earliest attempt; null while nobody has tried. */
  public Instant firstContactAt() {
    return attempts.isEmpty() ? null : attempts.getFirst().at();
  }

  /** Speed to lead: from receiving the lead to its first attempt; null while nobody has tried. */
  public Duration timeToFirstContact() {
    Instant first = firstContactAt();
    return first == null ? null : Duration.between(receivedAt, first);
  }

  /** Whether first contact was due before {@code now} and nobody has tried yet. */
  public boolean isPastFirstContactSla(Instant now) {
    return firstContactAt() == null
        && firstContactDueAt != null
        && firstContactDueAt.isBefore(now)
        && !status.isClosed();
  }

  /**
   * What anyone wrote about the lead, oldest first: the intent it came with, then the attempts'
   * notes, then the outcome's.
   */
  public List<String> notes() {
    return Stream.of(
            Stream.of(submission.intent()),
            attempts.stream().map(Attempt::notes),
            Stream.of(outcome == null ? null : outcome.notes()))
        .flatMap(notes -> notes)
        .filter(note -> note != null && !note.isBlank())
        .toList();
  }

  /** The current owner; null while unassigned or back in the team's queue. */
  public String owner() {
    return assignments.isEmpty() ? null : assignments.getLast().owner();
  }

  /** The team whose queue the lead is in; null before it was assigned. */
  public String team() {
    return assignments.isEmpty() ? null : assignments.getLast().team();
  }

  public Snapshot snapshot() {
    return new Snapshot(
        leadId,
        submission,
        receivedAt,
        correlationId,
        contactKey,
        status,
        play,
        firstContactDueAt,
        processInstanceKey,
        List.copyOf(assignments),
        List.copyOf(attempts),
        List.copyOf(escalations),
        qualifiedAt,
        outcome,
        List.copyOf(outbox),
        List.copyOf(notifications),
        version);
  }

  public String leadId() {
    return leadId;
  }

  public LeadSubmission submission() {
    return submission;
  }

  public String externalId() {
    return submission.externalId();
  }

  public Company company() {
    return submission.company();
  }

  public Contact contact() {
    return submission.contact();
  }

  public Source source() {
    return submission.source();
  }

  public String intent() {
    return submission.intent();
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  /** The key duplicates are recognised by while the window is open; null once it closed. */
  public String contactKey() {
    return contactKey;
  }

  public LeadStatus status() {
    return status;
  }

  /** The play decided for the lead; null until the follow-up decided it. */
  public PlayDecision play() {
    return play;
  }

  public Instant firstContactDueAt() {
    return firstContactDueAt;
  }

  /** The {@code lead-follow-up} instance working the lead; null until it assigned the owner. */
  public Long processInstanceKey() {
    return processInstanceKey;
  }

  /** Every change of owner, oldest first. */
  public List<Assignment> assignments() {
    return List.copyOf(assignments);
  }

  /** The attempts, oldest first. */
  public List<Attempt> attempts() {
    return List.copyOf(attempts);
  }

  public List<Escalation> escalations() {
    return List.copyOf(escalations);
  }

  /** When the lead became an opportunity; null if it never did. */
  public Instant qualifiedAt() {
    return qualifiedAt;
  }

  /** The latest outcome; null while the lead is open and not qualified. */
  public Outcome outcome() {
    return outcome;
  }

  /** What the lead told people, queued or still waiting to be. */
  public List<Notification> notifications() {
    return List.copyOf(notifications);
  }

  public Long version() {
    return version;
  }

  /** A lead's whole state, as stored. */
  public record Snapshot(
      String leadId,
      LeadSubmission submission,
      Instant receivedAt,
      String correlationId,
      String contactKey,
      LeadStatus status,
      PlayDecision play,
      Instant firstContactDueAt,
      Long processInstanceKey,
      List<Assignment> assignments,
      List<Attempt> attempts,
      List<Escalation> escalations,
      Instant qualifiedAt,
      Outcome outcome,
      List<OutboxMessage> outbox,
      List<Notification> notifications,
      Long version) {

    public Snapshot {
      assignments = assignments == null ? List.of() : List.copyOf(assignments);
      attempts = attempts == null ? List.of() : List.copyOf(attempts);
      escalations = escalations == null ? List.of() : List.copyOf(escalations);
      outbox = outbox == null ? List.of() : List.copyOf(outbox);
      notifications = notifications == null ? List.of() : List.copyOf(notifications);
      status = status == null ? LeadStatus.NEW : status;
    }
  }
}

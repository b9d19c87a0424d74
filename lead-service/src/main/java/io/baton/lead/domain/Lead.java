package io.baton.lead.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A lead and every try to reach it, kept together so an attempt and the first-contact time it sets
 * are written at once.
 */
public final class Lead {

  private final String leadId;
  private final LeadSubmission submission;
  private final Instant receivedAt;
  private String contactKey;
  private final List<Attempt> attempts;
  private final Long version;

  private Lead(
      String leadId,
      LeadSubmission submission,
      Instant receivedAt,
      String contactKey,
      List<Attempt> attempts,
      Long version) {
    this.leadId = leadId;
    this.submission = submission;
    this.receivedAt = receivedAt;
    this.contactKey = contactKey;
    this.attempts = new ArrayList<>(attempts);
    this.attempts.sort(Comparator.comparing(Attempt::at));
    this.version = version;
  }

  /** A new lead, recognisable by its contact key while its duplicate window is open. */
  public static Lead receive(String leadId, LeadSubmission submission, Instant now) {
    return new Lead(leadId, submission, now, submission.contactKey(), List.of(), null);
  }

  public static Lead restore(
      String leadId,
      LeadSubmission submission,
      Instant receivedAt,
      String contactKey,
      List<Attempt> attempts,
      Long version) {
    return new Lead(leadId, submission, receivedAt, contactKey, attempts, version);
  }

  /**
   * Whether the same contact asking through the same campaign at {@code now} is this lead again.
   */
  public boolean takesDuplicatesAt(Instant now, Duration duplicateWindow) {
    return contactKey != null && now.isBefore(receivedAt.plus(duplicateWindow));
  }

  /** The duplicate window has passed: the same contact and campaign make a new lead from now on. */
  public void closeDuplicateWindow() {
    this.contactKey = null;
  }

  /**
   * Records a follow-up attempt, in time order. Idempotent: the same attempt (channel, outcome,
   * notes and time) recorded again changes nothing.
   *
   * @return whether this call added the attempt
   * @throws AttemptBeforeLeadException if the attempt is dated before the lead came in
   */
  public boolean record(Attempt attempt) {
    if (attempt.at().isBefore(receivedAt)) {
      throw new AttemptBeforeLeadException(leadId, receivedAt);
    }
    if (attempts.contains(attempt)) {
      return false;
    }
    attempts.add(attempt);
    attempts.sort(Comparator.comparing(Attempt::at));
    return true;
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

  /**
   * What anyone wrote about the lead, oldest first: the intent it came with, then the attempts'
   * notes.
   */
  public List<String> notes() {
    return Stream.concat(Stream.of(submission.intent()), attempts.stream().map(Attempt::notes))
        .filter(note -> note != null && !note.isBlank())
        .toList();
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

  /** The attempts, oldest first. */
  public List<Attempt> attempts() {
    return List.copyOf(attempts);
  }

  public Long version() {
    return version;
  }
}

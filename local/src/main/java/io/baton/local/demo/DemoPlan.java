package io.baton.local.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The synthetic year the demo loads, as plain data: every lead, what became of it, and for the
 * converted ones the whole journey — handoff, onboarding, health signals, save play. Made by {@link
 * DemoPlanner} from a seed and the last day; the same seed and day make the same plan. Every time
 * in it is before {@link #end} (the start of {@link #today}, UTC), and within a journey each step
 * comes after the one before. A step planned for after the end has not happened yet and is left
 * out: its journey stops there (a brief not yet written, an onboarding under way, a save play still
 * worked).
 */
public record DemoPlan(long seed, LocalDate today, Instant end, List<Journey> journeys) {

  /** How many leads became customers' deals. */
  public long deals() {
    return journeys.stream().filter(journey -> journey.deal() != null).count();
  }

  /** One lead and what became of it; {@code deal} only for a converted lead. */
  public record Journey(int index, Lead lead, List<Attempt> attempts, Outcome outcome, Deal deal) {

    /** The last attempt the plan has for the lead; null when nobody tried it. */
    public Attempt lastAttempt() {
      return attempts.isEmpty() ? null : attempts.getLast();
    }
  }

  /**
   * A lead as a web form or the CRM submits it, and when it came in. {@code
   * firstContactOutsideSla}: its first attempt comes hours late, past every tier's first-contact
   * SLA; otherwise within minutes.
   */
  public record Lead(
      String externalId,
      String company,
      int companySize,
      String contactName,
      String contactEmail,
      String contactTitle,
      String channel,
      String campaign,
      String interest,
      String intent,
      Instant receivedAt,
      boolean firstContactOutsideSla) {}

  /** A follow-up attempt as the lead's owner reports it (kebab-case channel and outcome). */
  public record Attempt(String channel, String outcome, String notes, Instant at) {}

  /** Where a lead stands by the end. */
  public enum Fate {
    /** Nobody has tried it yet. */
    UNWORKED,
    /** Tried, no outcome yet. */
    WORKING,
    /** An opportunity: qualified, not closed yet. */
    QUALIFIED,
    /** Converted into a won deal. */
    CONVERTED,
    DISQUALIFIED,
    NURTURE
  }

  /** The lead's outcome: its fate and, for disqualified and nurture, the reason (kebab-case). */
  public record Outcome(Fate fate, String reason, String notes) {}

  /**
   * A won deal and its journey. {@code salesOwner} closed it and writes the brief; {@code handoff},
   * {@code onboarding} and {@code retention} are null until their first step happened.
   */
  public record Deal(
      String dealId,
      BigDecimal arr,
      String segment,
      LocalDate closeDate,
      String salesOwner,
      Handoff handoff,
      Onboarding onboarding,
      Retention retention) {}

  /**
   * The sale-to-implementation handoff: the brief is completed at each of {@code briefsAt} (once,
   * plus once after each return), returned with questions at each of {@code returns}, and accepted
   * by {@code accountManager} unless {@code acceptance} is null (still waiting).
   */
  public record Handoff(
      Brief brief,
      List<Instant> briefsAt,
      String accountManager,
      List<Return> returns,
      Acceptance acceptance) {}

  /** The sales owner's brief, as its form's variables say it. */
  public record Brief(
      List<Promise> promises,
      List<Stakeholder> stakeholders,
      List<SuccessCriterion> successCriteria,
      String risks,
      String notSold,
      LocalDate desiredGoLiveDate) {}

  public record Promise(String text, String owner, LocalDate dueDate) {}

  public record Stakeholder(String name, String role, String contact) {}

  public record SuccessCriterion(String metric, String baseline, String target) {}

  /** The account manager sent the brief back with questions. */
  public record Return(Instant at, String questions) {}

  /** The account manager took the customer on. */
  public record Acceptance(Instant at, String note) {}

  /**
   * Onboarding from acceptance to first value: the checkpoints completed at {@code checkpointsAt}
   * (in the template's order; fewer than the template's while it is under way), a blocker reported
   * and a promise flagged as missed when planned.
   */
  public record Onboarding(
      List<CheckpointCompletion> checkpointsAt,
      Blocker blocker,
      PromiseMiss promiseMiss,
      boolean firstValueLate) {}

  /** A checkpoint done, with its evidence. */
  public record CheckpointCompletion(Instant at, String evidence) {}

  /**
   * What holds up the checkpoint at position {@code checkpoint} of the template, reported at {@code
   * at} (before that checkpoint is done).
   */
  public record Blocker(int checkpoint, Instant at, String description) {}

  /** A promise of the brief flagged as missed at {@code at}, before first value. */
  public record PromiseMiss(String promiseId, Instant at, String reason) {}

  /**
   * After first value: health signals over the months, and a save play when the customer was in
   * trouble.
   */
  public record Retention(List<Signal> signals, SavePlay savePlay) {}

  /** A health signal: its id is the demo's, so sending it again is recognised. */
  public record Signal(
      String signalId,
      String type,
      Instant occurredAt,
      Double value,
      Map<String, String> details) {}

  /**
   * A service agent asks for a save play; {@code decision} is null while it is still worked.
   * Whoever works it depends on the play the decision picks: an account manager's play goes to the
   * customer's account manager, a service agents' play to {@code requestedBy}.
   */
  public record SavePlay(
      String requestedBy,
      Instant requestedAt,
      String reason,
      String sourceTicket,
      Decision decision) {}

  /** How the save play ended: saved, downgraded or churned, with the ARR after it. */
  public record Decision(String outcome, BigDecimal arrAfter, Instant decidedAt, String notes) {}
}

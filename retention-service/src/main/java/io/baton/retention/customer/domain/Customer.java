package io.baton.retention.customer.domain;

import io.baton.retention.health.domain.Band;
import io.baton.retention.health.domain.Health;
import io.baton.retention.health.domain.HealthCause;
import io.baton.retention.health.domain.HealthChange;
import io.baton.retention.health.domain.HealthScoring;
import io.baton.retention.health.domain.HealthUpdate;
import io.baton.retention.health.domain.Signal;
import io.baton.retention.renewal.domain.RenewalRunway;
import io.baton.retention.renewal.domain.RunwayCheck;
import io.baton.retention.saveplay.domain.InterventionOutcome;
import io.baton.retention.saveplay.domain.Outcome;
import io.baton.retention.saveplay.domain.RiskReason;
import io.baton.retention.saveplay.domain.SavePlayTrigger;
import io.baton.retention.saveplay.domain.TriggerSource;
import io.baton.support.notification.Notification;
import io.baton.support.notification.Recipient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer retention looks after, from the won deal on: its profile and ARR, the handover from
 * onboarding, the signals of the lookback window, its health with the history of why it changed,
 * the checks of its renewal runway, and the save plays it asked for that no intervention has yet.
 * Changes are idempotent — a signal, an outcome or a runway step applied again changes nothing.
 * Turning red also tells its account manager and the CS leaders, by a notification kept with it.
 */
public final class Customer {

  /**
   * The most recent signals a customer keeps for its score (older ones still count once stored).
   */
  static final int MAX_RECENT_SIGNALS = 200;

  static final int MAX_RUNWAY_CHECKS = 20;
  static final int MAX_APPLIED_OUTCOMES = 20;

  /** The team of the CS leaders, who hear of every customer turning red and every save play. */
  public static final String CS_LEADERS_GROUP = "cs-leaders";

  static final String TURNED_RED = "customer-turned-red";
  private static final String CONSOLE_JOURNEY = "/console/#/journey/";

  private final String customerId;
  private CustomerProfile profile;
  private BigDecimal startingArr;
  private final List<ArrChange> arrChanges;
  private Lifecycle lifecycle;
  private Handover handover;
  private Lineage lineage;
  private Health health;
  private final List<HealthChange> healthHistory;
  private final List<Signal> recentSignals;
  private long signalSequence;
  private final List<RunwayCheck> runwayChecks;
  private final List<SavePlayTrigger> pendingSavePlays;
  private final List<String> appliedOutcomes;
  private final List<Notification> notifications;
  private final Instant registeredAt;
  private Instant updatedAt;
  private final Long version;

  private Customer(Snapshot snapshot) {
    this.customerId = snapshot.customerId();
    this.profile = snapshot.profile();
    this.startingArr = snapshot.startingArr();
    this.arrChanges = new ArrayList<>(snapshot.arrChanges());
    this.lifecycle = snapshot.lifecycle();
    this.handover = snapshot.handover();
    this.lineage = snapshot.lineage();
    this.health = snapshot.health();
    this.healthHistory = new ArrayList<>(snapshot.healthHistory());
    this.recentSignals = new ArrayList<>(snapshot.recentSignals());
    this.signalSequence = snapshot.signalSequence();
    this.runwayChecks = new ArrayList<>(snapshot.runwayChecks());
    this.pendingSavePlays = new ArrayList<>(snapshot.pendingSavePlays());
    this.notifications = new ArrayList<>(snapshot.notifications());
    this.appliedOutcomes = new ArrayList<>(snapshot.appliedOutcomes());
    this.registeredAt = snapshot.registeredAt();
    this.updatedAt = snapshot.updatedAt();
    this.version = snapshot.version();
  }

  /**
   * A won customer registered with retention while it is onboarded; its health starts from no
   * signals.
   */
  public static Customer register(
      String customerId, CustomerProfile profile, HealthScoring scoring, Instant now) {
    Customer customer =
        new Customer(
            new Snapshot(
                customerId,
                profile,
                profile.arr(),
                List.of(),
                Lifecycle.ONBOARDING,
                null,
                Lineage.UNKNOWN,
                null,
                List.of(),
                List.of(),
                0,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                now,
                now,
                null));
    customer.reassess(scoring, HealthCause.CUSTOMER_REGISTERED, null, now);
    return customer;
  }

  public static Customer restore(Snapshot snapshot) {
    return new Customer(snapshot);
  }

  /**
   * Replaces the profile. While the customer is onboarded its ARR is also its starting ARR (the
   * contract's); later changes of ARR are expansion or contraction, recorded with the day they
   * happened ({@code renewed} when the renewal date moved on with them).
   *
   * @return whether this call changed the customer
   */
  public boolean changeProfile(CustomerProfile changed, HealthScoring scoring, Instant now) {
    if (profile.sameAs(changed)) {
      return false;
    }
    boolean segmentChanged = profile.segment() != changed.segment();
    CustomerProfile before = profile;
    this.profile = changed;
    if (lifecycle == Lifecycle.ONBOARDING) {
      this.startingArr = changed.arr();
    } else if (changed.arr().compareTo(before.arr()) != 0) {
      boolean renewed = changed.renewalDate().isAfter(before.renewalDate());
      recordArr(changed.arr(), renewed ? ArrChangeCause.RENEWED : ArrChangeCause.PROFILE, now);
    }
    this.updatedAt = now;
    if (segmentChanged) {
      reassess(scoring, HealthCause.PROFILE_CHANGED, null, now);
    }
    return true;
  }

  /**
   * Onboarding handed the customer over after first value: retention owns it now. The first
   * handover counts; a repeated one changes nothing.
   *
   * @return whether this call changed the customer
   */
  public boolean handOver(Handover received, HealthScoring scoring, Instant now) {
    if (handover != null) {
      return false;
    }
    if (lifecycle == Lifecycle.CHURNED) {
      throw new CustomerStateException(
          "Customer " + customerId + " churned; it cannot be handed over");
    }
    this.handover = received;
    this.lifecycle = Lifecycle.ACTIVE;
    this.updatedAt = now;
    reassess(scoring, HealthCause.HANDED_OVER, null, now);
    return true;
  }

  /**
   * Completes what is known of where the customer came from with {@code received} (its known parts
   * replace those known before). The same lineage again changes nothing.
   *
   * @return whether this call changed the customer
   */
  public boolean recordLineage(Lineage received, Instant now) {
    Lineage completed = lineage.completedWith(received);
    if (completed.equals(lineage)) {
      return false;
    }
    this.lineage = completed;
    this.updatedAt = now;
    return true;
  }

  /**
   * Takes a signal into the customer's health, once: the same signal again, or one older than the
   * lookback (or than every kept signal when the window is full), changes nothing.
   *
   * @return whether this call changed the customer
   */
  public boolean recordSignal(Signal signal, HealthScoring scoring, Instant now) {
    if (recentSignals.stream().anyMatch(kept -> kept.signalId().equals(signal.signalId()))) {
      return false;
    }
    Instant since = now.minus(scoring.model().lookback());
    if (signal.occurredAt().isBefore(since)) {
      return false;
    }
    recentSignals.removeIf(kept -> kept.occurredAt().isBefore(since));
    if (recentSignals.size() >= MAX_RECENT_SIGNALS) {
      Signal oldest =
          recentSignals.stream().min(Comparator.comparing(Signal::occurredAt)).orElseThrow();
      if (signal.occurredAt().isBefore(oldest.occurredAt())) {
        return false;
      }
      recentSignals.remove(oldest);
    }
    signalSequence++;
    recentSignals.add(signal.numbered(signalSequence));
    this.updatedAt = now;
    reassess(scoring, HealthCause.SIGNAL_RECEIVED, signal.signalId(), now);
    return true;
  }

  /**
   * Assesses the health again; records it, with why, if the score or band changed. Turning red
   * leaves a save play for the customer to ask for.
   *
   * @return whether the health changed
   */
  public boolean reassess(
      HealthScoring scoring, HealthCause cause, String causeReference, Instant now) {
    Optional<HealthUpdate> update =
        scoring.reassess(health, profile.segment(), recentSignals, cause, causeReference, now);
    update.ifPresent(changed -> apply(changed, scoring.model().historySize()));
    return update.isPresent();
  }

  private void apply(HealthUpdate update, int historySize) {
    this.health = update.health();
    healthHistory.add(update.change());
    while (healthHistory.size() > historySize) {
      healthHistory.removeFirst();
    }
    if (lifecycle != Lifecycle.CHURNED) {
      savePlayAskedFor(customerId, update).ifPresent(pendingSavePlays::add);
      if (update.turnedRed()) {
        notify(turnedRed(update));
      }
    }
    this.updatedAt = update.health().changedAt();
  }

  /**
   * The account manager and the CS leaders hear that the customer turned red; the event id carries
   * the moment it turned, so each turn is told once.
   */
  private Notification turnedRed(HealthUpdate update) {
    Instant at = update.health().changedAt();
    List<String> recipients = new ArrayList<>();
    if (profile.accountManager() != null) {
      recipients.add(Recipient.user(profile.accountManager()));
    }
    recipients.add(Recipient.team(CS_LEADERS_GROUP));
    Map<String, String> subject = new LinkedHashMap<>();
    subject.put("customerId", customerId);
    putIfSet(subject, "customerName", profile.customerName());
    putIfSet(subject, "accountManager", profile.accountManager());
    subject.put("score", Integer.toString(update.health().score()));
    putIfSet(subject, "summary", update.change().summary());
    putIfSet(subject, "arr", profile.arr() == null ? null : profile.arr().toPlainString());
    putIfSet(
        subject,
        "renewalDate",
        profile.renewalDate() == null ? null : profile.renewalDate().toString());
    return Notification.pending(
        customerId + "/" + TURNED_RED + "/" + at.toEpochMilli(),
        TURNED_RED,
        recipients,
        subject,
        CONSOLE_JOURNEY + customerId,
        at);
  }

  private static void putIfSet(Map<String, String> subject, String key, String value) {
    if (value != null) {
      subject.put(key, value);
    }
  }

  /**
   * Tells people about what just happened to the customer, in the same write; once per event: a
   * notification whose event id the customer has already changes nothing.
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

  /** The save play a customer asks for when its health turned red (not when it stays red). */
  public static Optional<SavePlayTrigger> savePlayAskedFor(String customerId, HealthUpdate update) {
    return update.turnedRed()
        ? Optional.of(SavePlayTrigger.healthRed(customerId, update.health().changedAt()))
        : Optional.empty();
  }

  /**
   * Checks the renewal's risk at the runway step reached on {@code today}, once per renewal date
   * and step, for an active customer. A renewal at risk leaves a save play to ask for.
   *
   * @return the check, or empty when no step is due
   */
  public Optional<RunwayCheck> checkRunway(RenewalRunway runway, LocalDate today, Instant now) {
    if (lifecycle != Lifecycle.ACTIVE) {
      return Optional.empty();
    }
    LocalDate renewalDate = profile.renewalDate();
    Optional<Period> due =
        runway.dueStep(renewalDate, today, RunwayCheck.stepsChecked(runwayChecks, renewalDate));
    if (due.isEmpty()) {
      return Optional.empty();
    }
    String step = due.get().toString();
    boolean atRisk = health.putsRenewalAtRisk();
    RunwayCheck check =
        new RunwayCheck(
            renewalDate, step, today, health.score(), health.band(), health.trend(), atRisk);
    runwayChecks.add(check);
    while (runwayChecks.size() > MAX_RUNWAY_CHECKS) {
      runwayChecks.removeFirst();
    }
    if (atRisk) {
      pendingSavePlays.add(SavePlayTrigger.renewalRisk(customerId, renewalDate, step, now));
    }
    this.updatedAt = now;
    return Optional.of(check);
  }

  /**
   * The outcome of a save play reached the customer: a downgrade lowers its ARR, churn ends it with
   * no ARR, a save may name the ARR it was saved with. Applied once per intervention. The change of
   * ARR is dated by the day the customer decided ({@code outcome.recordedAt()}, UTC), in date order
   * among the changes known: an outcome imported after a later change goes before it, and that
   * later change still sets the ARR now — except after churn, which ends the customer: changes
   * dated after the churn day no longer count, and its ARR is 0 from that day on. The health is
   * assessed again now, and the customer is written at {@code now}.
   *
   * @return whether this call changed the customer
   */
  public boolean applyOutcome(
      String interventionId, InterventionOutcome outcome, HealthScoring scoring, Instant now) {
    if (appliedOutcomes.contains(interventionId)) {
      return false;
    }
    LocalDate decidedOn = LocalDate.ofInstant(outcome.recordedAt(), ZoneOffset.UTC);
    if (outcome.outcome() == Outcome.CHURNED) {
      arrChanges.removeIf(change -> change.on().isAfter(decidedOn));
    }
    boolean changedLater = changedAfter(decidedOn);
    BigDecimal arrBefore = changedLater ? arrOn(decidedOn) : profile.arr();
    if (outcome.arrAfter().compareTo(arrBefore) != 0) {
      recordArr(outcome.arrAfter(), causeOf(outcome.outcome()), decidedOn);
    }
    if (!changedLater) {
      this.profile = profile.withArr(outcome.arrAfter());
    }
    if (outcome.outcome() == Outcome.CHURNED) {
      this.lifecycle = Lifecycle.CHURNED;
      pendingSavePlays.clear();
    }
    appliedOutcomes.add(interventionId);
    while (appliedOutcomes.size() > MAX_APPLIED_OUTCOMES) {
      appliedOutcomes.removeFirst();
    }
    this.updatedAt = now;
    reassess(scoring, HealthCause.OUTCOME_RECORDED, interventionId, now);
    return true;
  }

  private static ArrChangeCause causeOf(Outcome outcome) {
    return switch (outcome) {
      case SAVED -> ArrChangeCause.SAVED;
      case DOWNGRADED -> ArrChangeCause.DOWNGRADED;
      case CHURNED -> ArrChangeCause.CHURNED;
    };
  }

  /**
   * Records the ARR the customer has from {@code on} (UTC) on, in date order: the ARR on a day is
   * that of the last change on or before it. The ARR at the end of a day is what counts: a change
   * on a day that has one replaces it; a change dated before later ones goes before them.
   */
  private void recordArr(BigDecimal arr, ArrChangeCause cause, LocalDate on) {
    arrChanges.removeIf(change -> change.on().equals(on));
    int position = 0;
    while (position < arrChanges.size() && arrChanges.get(position).on().isBefore(on)) {
      position++;
    }
    arrChanges.add(position, new ArrChange(on, arr, cause));
  }

  private void recordArr(BigDecimal arr, ArrChangeCause cause, Instant now) {
    recordArr(arr, cause, LocalDate.ofInstant(now, ZoneOffset.UTC));
  }

  private boolean changedAfter(LocalDate day) {
    return arrChanges.stream().anyMatch(change -> change.on().isAfter(day));
  }

  /**
   * The ARR the customer had when it decided at {@code at}: its ARR now, unless its ARR changed on
   * a later day — then its ARR on the day of {@code at} (UTC).
   */
  public BigDecimal arrWhen(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    return changedAfter(day) ? arrOn(day) : profile.arr();
  }

  /** The customer's ARR on {@code day}: its starting ARR, then as it changed. */
  public BigDecimal arrOn(LocalDate day) {
    return ArrChange.arrOn(day, startingArr, arrChanges);
  }

  /**
   * An intervention has the save play the customer asked for.
   *
   * @return whether this call changed the customer
   */
  public boolean savePlayHandled(String triggerId) {
    return pendingSavePlays.removeIf(trigger -> trigger.triggerId().equals(triggerId));
  }

  /**
   * Why the customer is at risk, for a save play asked for by {@code source}: the trigger's own
   * reason first, {@code health-red} when it is red, then what its signals within the lookback
   * stand for.
   */
  public List<RiskReason> riskReasons(TriggerSource source, HealthScoring scoring, Instant now) {
    LinkedHashSet<RiskReason> reasons = new LinkedHashSet<>();
    reasons.add(source.riskReason());
    if (health.band() == Band.RED) {
      reasons.add(RiskReason.HEALTH_RED);
    }
    reasons.addAll(RiskReason.signalledBy(recentSignals, now.minus(scoring.model().lookback())));
    return List.copyOf(reasons);
  }

  /** The ARR the customer keeps of what it started with: expansion does not count. */
  public BigDecimal retainedArr() {
    return profile.arr().min(startingArr);
  }

  public String customerId() {
    return customerId;
  }

  public CustomerProfile profile() {
    return profile;
  }

  public Lifecycle lifecycle() {
    return lifecycle;
  }

  public Lineage lineage() {
    return lineage;
  }

  public Health health() {
    return health;
  }

  public Optional<HealthChange> latestChange() {
    return healthHistory.isEmpty() ? Optional.empty() : Optional.of(healthHistory.getLast());
  }

  public List<SavePlayTrigger> pendingSavePlays() {
    return List.copyOf(pendingSavePlays);
  }

  public Snapshot snapshot() {
    return new Snapshot(
        customerId,
        profile,
        startingArr,
        List.copyOf(arrChanges),
        lifecycle,
        handover,
        lineage,
        health,
        List.copyOf(healthHistory),
        List.copyOf(recentSignals),
        signalSequence,
        List.copyOf(runwayChecks),
        List.copyOf(pendingSavePlays),
        List.copyOf(appliedOutcomes),
        List.copyOf(notifications),
        registeredAt,
        updatedAt,
        version);
  }

  /** Everything a customer is, to store it and show it. */
  public record Snapshot(
      String customerId,
      CustomerProfile profile,
      BigDecimal startingArr,
      List<ArrChange> arrChanges,
      Lifecycle lifecycle,
      Handover handover,
      Lineage lineage,
      Health health,
      List<HealthChange> healthHistory,
      List<Signal> recentSignals,
      long signalSequence,
      List<RunwayCheck> runwayChecks,
      List<SavePlayTrigger> pendingSavePlays,
      List<String> appliedOutcomes,
      List<Notification> notifications,
      Instant registeredAt,
      Instant updatedAt,
      Long version) {

    public Snapshot {
      arrChanges = arrChanges == null ? List.of() : List.copyOf(arrChanges);
      lineage = lineage == null ? Lineage.UNKNOWN : lineage;
      healthHistory = healthHistory == null ? List.of() : List.copyOf(healthHistory);
      recentSignals = recentSignals == null ? List.of() : List.copyOf(recentSignals);
      runwayChecks = runwayChecks == null ? List.of() : List.copyOf(runwayChecks);
      pendingSavePlays = pendingSavePlays == null ? List.of() : List.copyOf(pendingSavePlays);
      appliedOutcomes = appliedOutcomes == null ? List.of() : List.copyOf(appliedOutcomes);
      notifications = notifications == null ? List.of() : List.copyOf(notifications);
    }
  }
}

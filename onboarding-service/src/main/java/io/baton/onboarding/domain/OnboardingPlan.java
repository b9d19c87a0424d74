package io.baton.onboarding.domain;

import io.baton.support.notification.Notification;
import io.baton.support.outbox.OutboxMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The onboarding plan of one customer, one per deal: what sales promised, how the customer measures
 * success, and the checkpoints from the segment's template, each due at a moment computed from the
 * plan's start. Checkpoints move pending → on track → done, or behind when their due date passes
 * first; promises are confirmed by the customer or flagged as missed; blockers are kept as
 * reported. Completing the {@code first-value} checkpoint stores the time to value, counted in days
 * from the contract date.
 *
 * <p>A change is refused ({@link OnboardingPlanStateException}) when it contradicts what was
 * recorded, and is a no-op when it repeats it, so a retried request or a redelivered job changes
 * nothing. The engine messages the plan's changes call for wait in its own outbox, stored with it,
 * and so do the notifications that tell people about them.
 */
public final class OnboardingPlan {

  private final String dealId;
  private final String customerName;
  private final String accountManager;
  private final String handoffNote;
  private final String segment;
  private final BigDecimal arr;
  private final LocalDate contractDate;
  private final LocalDate renewalDate;
  private final Instant startedAt;
  private final LocalDate goLiveTarget;
  private final List<Checkpoint> checkpoints;
  private final List<Promise> promises;
  private final List<SuccessCriterion> successCriteria;
  private final List<Blocker> blockers;
  private Instant firstValueAt;
  private Integer timeToValueDays;
  private Instant handedOverAt;
  private final Long handoffProcessInstanceKey;
  private Lineage lineage;
  private final List<OutboxMessage> outbox;
  private final List<Notification> notifications;
  private final Long version;

  private OnboardingPlan(Snapshot s) {
    this.dealId = s.dealId();
    this.customerName = s.customerName();
    this.accountManager = s.accountManager();
    this.handoffNote = s.handoffNote();
    this.segment = s.segment();
    this.arr = s.arr();
    this.contractDate = s.contractDate();
    this.renewalDate = s.renewalDate();
    this.startedAt = s.startedAt();
    this.goLiveTarget = s.goLiveTarget();
    this.checkpoints = new ArrayList<>(s.checkpoints());
    this.promises = new ArrayList<>(s.promises());
    this.successCriteria = List.copyOf(s.successCriteria());
    this.blockers = new ArrayList<>(s.blockers());
    this.firstValueAt = s.firstValueAt();
    this.timeToValueDays = s.timeToValueDays();
    this.handedOverAt = s.handedOverAt();
    this.handoffProcessInstanceKey = s.handoffProcessInstanceKey();
    this.lineage = s.lineage();
    this.outbox = new ArrayList<>(s.outbox());
    this.notifications = new ArrayList<>(s.notifications());
    this.version = s.version();
  }

  /**
   * The plan of an accepted handoff, from its segment's template: every checkpoint is due its
   * offset after the start (to the second), the first one is on track, the others pending. The
   * go-live target is the brief's desired go-live date, else the date the template's go-live
   * checkpoint is due; the renewal date is one contract term after the contract date.
   */
  public static OnboardingPlan start(
      AcceptedHandoff handoff,
      String segment,
      PlanTemplate template,
      Period contractTerm,
      Instant now) {
    Instant base = now.truncatedTo(ChronoUnit.SECONDS);
    List<Checkpoint> checkpoints =
        template.checkpoints().stream()
            .map(checkpoint -> Checkpoint.planned(checkpoint, base.plus(checkpoint.offset())))
            .toList();
    List<Promise> promises = new ArrayList<>();
    for (AcceptedHandoff.PromiseMade made : handoff.promises()) {
      promises.add(Promise.made(promises.size() + 1, made.text(), made.owner(), made.dueDate()));
    }
    LocalDate goLiveTarget =
        handoff.desiredGoLiveDate() != null
            ? handoff.desiredGoLiveDate()
            : dateOf(base.plus(template.checkpoint(PlanTemplate.GO_LIVE).orElseThrow().offset()));
    OnboardingPlan plan =
        new OnboardingPlan(
            new Snapshot(
                handoff.dealId(),
                handoff.customerName(),
                handoff.accountManager(),
                handoff.handoffNote(),
                segment,
                handoff.arr(),
                handoff.contractDate(),
                handoff.contractDate().plus(contractTerm),
                now,
                goLiveTarget,
                checkpoints,
                promises,
                handoff.successCriteria(),
                List.of(),
                null,
                null,
                null,
                handoff.handoffProcessInstanceKey(),
                handoff.lineage(),
                List.of(),
                List.of(),
                null));
    plan.startFirstOpenCheckpoint(now);
    return plan;
  }

  public static OnboardingPlan restore(Snapshot snapshot) {
    return new OnboardingPlan(snapshot);
  }

  /**
   * Someone completed a checkpoint, with evidence, at {@code completedAt} (null: now). Completing
   * it again with the same evidence and person (and time, if given) is a no-op; with anything else
   * it is refused, as is completing it before a checkpoint its template orders first.
   *
   * @return whether this call changed the plan
   */
  public boolean complete(
      String checkpointId, String evidence, String completedBy, Instant completedAt, Instant now) {
    Checkpoint checkpoint = checkpointOrFail(checkpointId);
    if (checkpoint.isDone()) {
      if (checkpoint.isSameCompletion(evidence, completedBy, completedAt)) {
        return false;
      }
      throw new OnboardingPlanStateException(
          "Checkpoint "
              + checkpointId
              + " of deal "
              + dealId
              + " was completed already, at "
              + checkpoint.completedAt()
              + " by "
              + checkpoint.completedBy());
    }
    finish(checkpoint, evidence, completedBy, completedAt == null ? now : completedAt);
    enqueue(
        OnboardingOutbox.checkpointCompleted(this, checkpoint(checkpointId).orElseThrow(), now));
    return true;
  }

  /**
   * The user who completes a checkpoint's confirm task, as the engine names them to its completing
   * listener (the task's assignee: only they may complete it). Whoever completes it last confirms
   * the checkpoint; once it is done nothing changes.
   *
   * @return whether this call changed the plan
   */
  public boolean recordConfirmer(String checkpointId, String user) {
    Checkpoint checkpoint = checkpointOrFail(checkpointId);
    if (checkpoint.isDone() || user.equals(checkpoint.confirmedBy())) {
      return false;
    }
    replace(checkpoint.withConfirmer(user));
    return true;
  }

  /**
   * The checkpoint was confirmed in its user task, by the user who completed it. The same as {@link
   * #complete} except that a checkpoint done already (through the API, or by this very confirmation
   * before) stays as it is.
   *
   * @return whether this call changed the plan
   * @throws OnboardingPlanStateException if nobody completed the checkpoint's confirm task
   */
  public boolean recordConfirmation(String checkpointId, String evidence, Instant at) {
    Checkpoint checkpoint = checkpointOrFail(checkpointId);
    if (checkpoint.isDone()) {
      return false;
    }
    if (checkpoint.confirmedBy() == null) {
      throw new OnboardingPlanStateException(
          "Checkpoint "
              + checkpointId
              + " of deal "
              + dealId
              + " cannot be confirmed: nobody completed its confirm task");
    }
    finish(checkpoint, evidence, checkpoint.confirmedBy(), at);
    return true;
  }

  private void finish(Checkpoint checkpoint, String evidence, String completedBy, Instant at) {
    if (at.isBefore(startedAt)) {
      throw new OnboardingInputException(
          "completedAt", "must not be before the onboarding started (" + startedAt + ")");
    }
    if (checkpoint.inOrder()) {
      List<String> openBefore =
          checkpoints.subList(0, checkpoints.indexOf(checkpoint)).stream()
              .filter(earlier -> !earlier.isDone())
              .map(Checkpoint::checkpointId)
              .toList();
      if (!openBefore.isEmpty()) {
        throw new OnboardingPlanStateException(
            "Checkpoint "
                + checkpoint.checkpointId()
                + " of deal "
                + dealId
                + " can only be completed after "
                + String.join(", ", openBefore));
      }
    }
    replace(checkpoint.complete(evidence, completedBy, at));
    if (checkpoint.checkpointId().equals(PlanTemplate.FIRST_VALUE)) {
      this.firstValueAt = at;
      this.timeToValueDays = (int) ChronoUnit.DAYS.between(contractDate, dateOf(at));
      this.lineage = lineageOrUnknown().withOnboardingOf(onboardingAtFirstValue());
    }
    startFirstOpenCheckpoint(at);
  }

  /**
   * The checkpoint's due date passed: it is behind from now on, unless it was done meanwhile. A
   * checkpoint recorded behind before stays as it was.
   */
  public Slip markBehind(String checkpointId, Instant now) {
    Checkpoint checkpoint = checkpointOrFail(checkpointId);
    long daysLate = checkpoint.daysLateAt(now);
    if (checkpoint.isDone()) {
      return new Slip(checkpointId, daysLate, false, false);
    }
    if (checkpoint.status() == CheckpointStatus.BEHIND) {
      return new Slip(checkpointId, daysLate, true, false);
    }
    replace(checkpoint.markBehind(now));
    return new Slip(checkpointId, daysLate, true, true);
  }

  /**
   * Someone reports what holds a checkpoint up. The same report again names the blocker reported
   * before; a checkpoint already done cannot be blocked.
   */
  public BlockerReport reportBlocker(
      String checkpointId, String description, String reportedBy, Instant now) {
    Checkpoint checkpoint =
        checkpoint(checkpointId)
            .orElseThrow(
                () ->
                    new OnboardingInputException(
                        "checkpointId",
                        "must be one of the plan's checkpoints: "
                            + String.join(
                                ", ",
                                checkpoints.stream().map(Checkpoint::checkpointId).toList())));
    Optional<Blocker> same =
        blockers.stream()
            .filter(b -> b.isSameReport(checkpointId, description, reportedBy))
            .findFirst();
    if (same.isPresent()) {
      return new BlockerReport(same.get(), false);
    }
    if (checkpoint.isDone()) {
      throw new OnboardingPlanStateException(
          "Checkpoint "
              + checkpointId
              + " of deal "
              + dealId
              + " is done; nothing can block it any more");
    }
    Blocker blocker =
        new Blocker("blocker-" + (blockers.size() + 1), checkpointId, description, reportedBy, now);
    blockers.add(blocker);
    enqueue(OnboardingOutbox.blockerReported(this, blocker, now));
    return new BlockerReport(blocker, true);
  }

  /**
   * The customer confirmed a promise was kept. Confirming it again the same way is a no-op; a
   * promise flagged as missed, or confirmed differently, cannot be confirmed.
   *
   * @return whether this call changed the plan
   */
  public boolean confirmPromise(String promiseId, String confirmedBy, String note, Instant now) {
    return resolvePromise(promiseId, PromiseStatus.CONFIRMED, confirmedBy, note, now);
  }

  /**
   * A promise was not kept. Flagging it again with the same reason is a no-op; a promise the
   * customer confirmed, or flagged with another reason, cannot be flagged.
   *
   * @return whether this call changed the plan
   */
  public boolean flagPromiseMissed(
      String promiseId, String reason, String reportedBy, Instant now) {
    if (!resolvePromise(promiseId, PromiseStatus.MISSED, reportedBy, reason, now)) {
      return false;
    }
    enqueue(OnboardingOutbox.promiseMissed(this, promise(promiseId).orElseThrow(), now));
    return true;
  }

  private boolean resolvePromise(
      String promiseId, PromiseStatus resolution, String by, String note, Instant now) {
    Promise promise =
        promise(promiseId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Deal " + dealId + " has no promise " + promiseId));
    if (promise.isResolvedAs(resolution, by, note)) {
      return false;
    }
    if (promise.status() != PromiseStatus.PENDING) {
      throw new OnboardingPlanStateException(
          "Promise "
              + promiseId
              + " of deal "
              + dealId
              + " was "
              + (promise.status() == PromiseStatus.CONFIRMED ? "confirmed" : "flagged as missed")
              + " already, at "
              + promise.recordedAt()
              + " by "
              + promise.recordedBy());
    }
    promises.set(promises.indexOf(promise), promise.resolve(resolution, by, note, now));
    return true;
  }

  /**
   * The customer was handed to retention with the onboarding's history; only after first value.
   *
   * @return whether this call changed the plan
   */
  public boolean markHandedOver(Instant now) {
    if (handedOverAt != null) {
      return false;
    }
    if (firstValueAt == null) {
      throw new OnboardingPlanStateException(
          "The customer of deal " + dealId + " cannot be handed to retention before first value");
    }
    this.handedOverAt = now;
    return true;
  }

  /**
   * Completes the lineage of a plan started before the lineage travelled with the customer: the
   * acquisition and handoff keys {@code fromHandoff} (null when handoff-service knows none), and,
   * once first value was reached, the onboarding keys as they were at first value. Keys the plan
   * has already are kept, so doing it again changes nothing.
   *
   * @return whether this call changed the plan
   */
  public boolean backfillLineage(Lineage fromHandoff) {
    Lineage before = lineageOrUnknown();
    Lineage completed = before;
    if (!completed.hasHandoffKeys() && fromHandoff != null && fromHandoff.hasHandoffKeys()) {
      completed = fromHandoff.withOnboardingOf(completed);
    }
    if (!completed.hasOnboardingKeys() && firstValueAt != null) {
      completed = completed.withOnboardingOf(onboardingAtFirstValue());
    }
    if (completed.equals(before)) {
      return false;
    }
    this.lineage = completed;
    return true;
  }

  /**
   * The onboarding keys of the lineage at first value: the segment, the days from the contract to
   * first value, whether first value came after the first-value checkpoint was due, and how many
   * promises had been flagged as missed by then.
   */
  private Lineage onboardingAtFirstValue() {
    boolean late =
        checkpoint(PlanTemplate.FIRST_VALUE)
            .map(c -> firstValueAt.isAfter(c.dueAt()))
            .orElse(false);
    int missed =
        (int)
            promises.stream()
                .filter(p -> p.status() == PromiseStatus.MISSED)
                .filter(p -> p.recordedAt() == null || !p.recordedAt().isAfter(firstValueAt))
                .count();
    return Lineage.unknown().withOnboarding(segment, timeToValueDays, late, missed);
  }

  private Lineage lineageOrUnknown() {
    return lineage == null ? Lineage.unknown() : lineage;
  }

  /**
   * The plan's {@code onboarding-started} message, which starts the process with the plan and the
   * correlation id of the request that started it. Once: announcing it again changes nothing.
   */
  public void announceStarted(String correlationId, Instant now) {
    enqueue(OnboardingOutbox.onboardingStarted(this, correlationId, now));
  }

  /**
   * Tells people about what just happened to the plan, in the same write; once per event: a
   * notification whose event id the plan has already changes nothing.
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

  /** Keeps an engine message to send with the plan; a message with the same id is kept once. */
  private void enqueue(OutboxMessage message) {
    if (outbox.stream().noneMatch(m -> m.messageId().equals(message.messageId()))) {
      outbox.add(message);
    }
  }

  public PlanStatus status() {
    if (handedOverAt != null) {
      return PlanStatus.HANDED_OVER;
    }
    if (checkpoints.stream().anyMatch(c -> c.status() == CheckpointStatus.BEHIND)) {
      return PlanStatus.BEHIND;
    }
    return firstValueAt != null ? PlanStatus.VALUE_REACHED : PlanStatus.ON_TRACK;
  }

  public Optional<Checkpoint> checkpoint(String checkpointId) {
    return checkpoints.stream().filter(c -> c.checkpointId().equals(checkpointId)).findFirst();
  }

  public Optional<Promise> promise(String promiseId) {
    return promises.stream().filter(p -> p.promiseId().equals(promiseId)).findFirst();
  }

  public Optional<Blocker> blocker(String blockerId) {
    return blockers.stream().filter(b -> b.blockerId().equals(blockerId)).findFirst();
  }

  public String dealId() {
    return dealId;
  }

  public String segment() {
    return segment;
  }

  /** Who owns the onboarding since the handoff was accepted. */
  public String accountManager() {
    return accountManager;
  }

  public Optional<Integer> timeToValueDays() {
    return Optional.ofNullable(timeToValueDays);
  }

  /**
   * Where the customer came from and how it was brought in: handoff-service's keys from the start,
   * the onboarding keys from first value; empty for a plan that never had any.
   */
  public Optional<Lineage> lineage() {
    return Optional.ofNullable(lineage);
  }

  /** Whether the customer was handed to retention. */
  public boolean isHandedOver() {
    return handedOverAt != null;
  }

  public Snapshot snapshot() {
    return new Snapshot(
        dealId,
        customerName,
        accountManager,
        handoffNote,
        segment,
        arr,
        contractDate,
        renewalDate,
        startedAt,
        goLiveTarget,
        checkpoints,
        promises,
        successCriteria,
        blockers,
        firstValueAt,
        timeToValueDays,
        handedOverAt,
        handoffProcessInstanceKey,
        lineage,
        outbox,
        notifications,
        version);
  }

  private Checkpoint checkpointOrFail(String checkpointId) {
    return checkpoint(checkpointId)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Deal " + dealId + " has no checkpoint " + checkpointId));
  }

  private void replace(Checkpoint changed) {
    for (int i = 0; i < checkpoints.size(); i++) {
      if (checkpoints.get(i).checkpointId().equals(changed.checkpointId())) {
        checkpoints.set(i, changed);
      }
    }
  }

  private void startFirstOpenCheckpoint(Instant at) {
    checkpoints.stream()
        .filter(c -> !c.isDone())
        .findFirst()
        .ifPresent(open -> replace(open.start(at)));
  }

  private static LocalDate dateOf(Instant instant) {
    return instant.atZone(ZoneOffset.UTC).toLocalDate();
  }

  /**
   * Everything an onboarding plan is, to store it and show it. Dates of days are UTC dates; {@code
   * lineage} is null for a plan that never had one.
   */
  public record Snapshot(
      String dealId,
      String customerName,
      String accountManager,
      String handoffNote,
      String segment,
      BigDecimal arr,
      LocalDate contractDate,
      LocalDate renewalDate,
      Instant startedAt,
      LocalDate goLiveTarget,
      List<Checkpoint> checkpoints,
      List<Promise> promises,
      List<SuccessCriterion> successCriteria,
      List<Blocker> blockers,
      Instant firstValueAt,
      Integer timeToValueDays,
      Instant handedOverAt,
      Long handoffProcessInstanceKey,
      Lineage lineage,
      List<OutboxMessage> outbox,
      List<Notification> notifications,
      Long version) {

    public Snapshot {
      checkpoints = checkpoints == null ? List.of() : List.copyOf(checkpoints);
      promises = promises == null ? List.of() : List.copyOf(promises);
      successCriteria = successCriteria == null ? List.of() : List.copyOf(successCriteria);
      blockers = blockers == null ? List.of() : List.copyOf(blockers);
      outbox = outbox == null ? List.of() : List.copyOf(outbox);
      notifications = notifications == null ? List.of() : List.copyOf(notifications);
    }
  }
}

package io.baton.onboarding.domain;

import static io.baton.onboarding.domain.PlanFixtures.ONE_YEAR;
import static io.baton.onboarding.domain.PlanFixtures.anAcceptedHandoff;
import static io.baton.onboarding.domain.PlanFixtures.smbTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.baton.support.outbox.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OnboardingPlanTest {

  private static final Instant START = Instant.parse("2026-12-01T09:00:00.250Z");
  private static final LocalDate DUE = LocalDate.parse("2027-01-15");

  private final OnboardingPlan plan =
      OnboardingPlan.start(
          anAcceptedHandoff("deal-1")
              .withPromise("SSO before go-live", "sam", DUE)
              .withPromise("Salesforce sync", "sam", null)
              .build(),
          "smb",
          smbTemplate(),
          ONE_YEAR,
          START);

  @Test
  void startsWithTheTemplatesCheckpointsDueTheirOffsetAfterTheStart() {
    OnboardingPlan.Snapshot s = plan.snapshot();

    assertThat(s.checkpoints())
        .extracting(Checkpoint::checkpointId)
        .containsExactly("kickoff", "technical-setup", "training", "go-live", "first-value");
    assertThat(s.checkpoints())
        .extracting(Checkpoint::dueAt)
        .containsExactly(
            Instant.parse("2026-12-04T09:00:00Z"),
            Instant.parse("2026-12-11T09:00:00Z"),
            Instant.parse("2026-12-15T09:00:00Z"),
            Instant.parse("2026-12-22T09:00:00Z"),
            Instant.parse("2026-12-31T09:00:00Z"));
    assertThat(s.checkpoints())
        .extracting(Checkpoint::status)
        .containsExactly(
            CheckpointStatus.ON_TRACK,
            CheckpointStatus.PENDING,
            CheckpointStatus.PENDING,
            CheckpointStatus.PENDING,
            CheckpointStatus.PENDING);
    assertThat(s.checkpoints().getFirst().startedAt()).isEqualTo(START);
    assertThat(plan.status()).isEqualTo(PlanStatus.ON_TRACK);
  }

  @Test
  void numbersThePromisesOfTheBriefAndKeepsThemPending() {
    assertThat(plan.snapshot().promises())
        .extracting(
            Promise::promiseId, Promise::text, Promise::owner, Promise::dueDate, Promise::status)
        .containsExactly(
            tuple("promise-1", "SSO before go-live", "sam", DUE, PromiseStatus.PENDING),
            tuple("promise-2", "Salesforce sync", "sam", null, PromiseStatus.PENDING));
  }

  @Test
  void targetsGoLiveOnTheDesiredDateOfTheBriefElseOnTheTemplatesGoLive() {
    OnboardingPlan wanted =
        OnboardingPlan.start(
            anAcceptedHandoff("deal-2").wantingGoLiveOn(DUE).build(),
            "smb",
            smbTemplate(),
            ONE_YEAR,
            START);

    assertThat(wanted.snapshot().goLiveTarget()).isEqualTo(DUE);
    assertThat(plan.snapshot().goLiveTarget()).isEqualTo(LocalDate.parse("2026-12-22"));
  }

  @Test
  void setsTheRenewalOneContractTermAfterTheContractDate() {
    assertThat(plan.snapshot().contractDate()).isEqualTo(LocalDate.parse("2026-11-20"));
    assertThat(plan.snapshot().renewalDate()).isEqualTo(LocalDate.parse("2027-11-20"));
  }

  @Test
  void completingACheckpointKeepsItsEvidenceAndStartsTheNextOne() {
    Instant at = START.plus(Duration.ofDays(2));

    assertThat(plan.complete("kickoff", "https://notes/kickoff", "amy", at, START)).isTrue();

    Checkpoint kickoff = plan.checkpoint("kickoff").orElseThrow();
    assertThat(kickoff.status()).isEqualTo(CheckpointStatus.DONE);
    assertThat(kickoff.completedAt()).isEqualTo(at);
    assertThat(kickoff.evidence()).isEqualTo("https://notes/kickoff");
    assertThat(kickoff.completedBy()).isEqualTo("amy");
    assertThat(kickoff.daysLateAt(at.plus(Duration.ofDays(30)))).isZero();
    Checkpoint next = plan.checkpoint("technical-setup").orElseThrow();
    assertThat(next.status()).isEqualTo(CheckpointStatus.ON_TRACK);
    assertThat(next.startedAt()).isEqualTo(at);
  }

  @Test
  void aCompletionWithoutATimeIsDoneNow() {
    Instant now = START.plusSeconds(300);

    plan.complete("kickoff", "notes", "amy", null, now);

    assertThat(plan.checkpoint("kickoff").orElseThrow().completedAt()).isEqualTo(now);
  }

  @Test
  void theSameCompletionAgainChangesNothing() {
    plan.complete("kickoff", "notes", "amy", START.plusSeconds(60), START);

    assertThat(plan.complete("kickoff", "notes", "amy", null, START)).isFalse();
    assertThat(plan.complete("kickoff", "notes", "amy", START.plusSeconds(60), START)).isFalse();
  }

  @Test
  void refusesToCompleteACheckpointTwiceWithOtherEvidence() {
    plan.complete("kickoff", "notes", "amy", START.plusSeconds(60), START);

    assertThatThrownBy(() -> plan.complete("kickoff", "other notes", "amy", null, START))
        .isInstanceOf(OnboardingPlanStateException.class)
        .hasMessageContaining("completed already", START);
    assertThat(plan.checkpoint("kickoff").orElseThrow().evidence()).isEqualTo("notes");
  }

  @Test
  void refusesAnInOrderCheckpointBeforeTheCheckpointsBeforeIt() {
    plan.complete("kickoff", "notes", "amy", START.plusSeconds(60), START);

    assertThatThrownBy(() -> plan.complete("go-live", "live", "amy", START.plusSeconds(120), START))
        .isInstanceOf(OnboardingPlanStateException.class)
        .hasMessageContaining("only be completed after technical-setup, training", START);
    assertThat(plan.checkpoint("go-live").orElseThrow().isDone()).isFalse();
  }

  @Test
  void completesACheckpointWhoseTemplateAllowsAnyOrder() {
    assertThat(plan.complete("training", "slides", "tom", START.plusSeconds(60), START)).isTrue();

    assertThat(plan.checkpoint("kickoff").orElseThrow().status())
        .isEqualTo(CheckpointStatus.ON_TRACK);
  }

  @Test
  void refusesACompletionBeforeThePlanStartedNamingTheField() {
    assertThatThrownBy(() -> plan.complete("kickoff", "notes", "amy", START.minusSeconds(1), START))
        .isInstanceOfSatisfying(
            OnboardingInputException.class, e -> assertThat(e.field()).isEqualTo("completedAt"));
  }

  @Test
  void firstValueStoresTheDaysFromTheContractDate() {
    completeAllUpTo("go-live");
    Instant firstValue = Instant.parse("2027-01-09T16:00:00Z");

    plan.complete("first-value", "Customer confirmed 3-day onboarding", "amy", firstValue, START);

    assertThat(plan.snapshot().firstValueAt()).isEqualTo(firstValue);
    assertThat(plan.timeToValueDays()).contains(50);
    assertThat(plan.status()).isEqualTo(PlanStatus.VALUE_REACHED);
  }

  @Test
  void aSlipMarksTheCheckpointAndThePlanBehindOnce() {
    Instant timerFired = Instant.parse("2026-12-04T09:00:01Z");

    Slip slip = plan.markBehind("kickoff", timerFired);
    Slip again = plan.markBehind("kickoff", timerFired.plus(Duration.ofDays(1)));

    assertThat(slip).isEqualTo(new Slip("kickoff", 1, true, true));
    assertThat(again).isEqualTo(new Slip("kickoff", 2, true, false));
    Checkpoint kickoff = plan.checkpoint("kickoff").orElseThrow();
    assertThat(kickoff.status()).isEqualTo(CheckpointStatus.BEHIND);
    assertThat(kickoff.behindSince()).isEqualTo(timerFired);
    assertThat(plan.status()).isEqualTo(PlanStatus.BEHIND);
  }

  @Test
  void aLateCompletionKeepsItsSlipAndDaysLateAndThePlanIsBackOnTrack() {
    plan.markBehind("kickoff", Instant.parse("2026-12-04T09:00:00.001Z"));

    plan.complete("kickoff", "notes", "amy", Instant.parse("2026-12-06T10:00:00Z"), START);

    Checkpoint kickoff = plan.checkpoint("kickoff").orElseThrow();
    assertThat(kickoff.behindSince()).isNotNull();
    assertThat(kickoff.daysLateAt(Instant.parse("2027-06-01T00:00:00Z"))).isEqualTo(3);
    assertThat(plan.status()).isEqualTo(PlanStatus.ON_TRACK);
  }

  @Test
  void aCheckpointDoneBeforeItsTimerFiredIsNotBehind() {
    plan.complete("kickoff", "notes", "amy", START.plusSeconds(60), START);

    Slip slip = plan.markBehind("kickoff", Instant.parse("2026-12-04T09:00:01Z"));

    assertThat(slip.behind()).isFalse();
    assertThat(slip.newlyBehind()).isFalse();
    assertThat(plan.status()).isEqualTo(PlanStatus.ON_TRACK);
  }

  @Test
  void aConfirmationInTheUserTaskLeavesACheckpointDoneAlreadyAsItIs() {
    plan.complete("kickoff", "notes", "amy", START.plusSeconds(60), START);

    assertThat(plan.recordConfirmer("kickoff", "tom")).as("done already").isFalse();
    assertThat(plan.recordConfirmation("kickoff", "call", START.plusSeconds(120))).isFalse();
    assertThat(plan.recordConfirmer("technical-setup", "tom")).isTrue();
    assertThat(plan.recordConfirmation("technical-setup", "SSO works", START.plusSeconds(120)))
        .isTrue();
    assertThat(plan.checkpoint("kickoff").orElseThrow().completedBy()).isEqualTo("amy");
    assertThat(plan.checkpoint("technical-setup").orElseThrow().completedBy()).isEqualTo("tom");
  }

  @Test
  void aCheckpointIsConfirmedByWhoeverCompletedItsTaskLastAndByNobodyElse() {
    assertThatThrownBy(
            () -> plan.recordConfirmation("kickoff", "Kickoff call held", START.plusSeconds(60)))
        .isInstanceOf(OnboardingPlanStateException.class)
        .hasMessageContaining("nobody completed its confirm task");

    assertThat(plan.recordConfirmer("kickoff", "amy")).isTrue();
    assertThat(plan.recordConfirmer("kickoff", "amy")).as("a redelivered listener job").isFalse();
    assertThat(plan.recordConfirmer("kickoff", "tom")).isTrue();
    plan.markBehind("kickoff", Instant.parse("2026-12-04T09:00:01Z"));
    assertThat(
            plan.recordConfirmation(
                "kickoff", "Kickoff call held", Instant.parse("2026-12-05T09:00:00Z")))
        .isTrue();

    Checkpoint kickoff = plan.checkpoint("kickoff").orElseThrow();
    assertThat(kickoff.status()).isEqualTo(CheckpointStatus.DONE);
    assertThat(kickoff.completedBy()).isEqualTo("tom");
    assertThat(plan.checkpoint("technical-setup").orElseThrow().status())
        .isEqualTo(CheckpointStatus.ON_TRACK);
  }

  @Test
  void aConfirmerRecordedBeforeTheCheckpointStartsIsKept() {
    assertThat(plan.recordConfirmer("technical-setup", "tom")).isTrue();
    plan.complete("kickoff", "notes", "amy", START.plusSeconds(60), START);

    assertThat(plan.checkpoint("technical-setup").orElseThrow().status())
        .isEqualTo(CheckpointStatus.ON_TRACK);
    assertThat(plan.recordConfirmation("technical-setup", "SSO works", START.plusSeconds(120)))
        .isTrue();
    assertThat(plan.checkpoint("technical-setup").orElseThrow().completedBy()).isEqualTo("tom");
  }

  @Test
  void numbersBlockersAndRecognisesTheSameReportAgain() {
    BlockerReport first = plan.reportBlocker("technical-setup", "No SSO admin", "amy", START);
    BlockerReport second = plan.reportBlocker("training", "Trainer sick", "tom", START);
    BlockerReport again =
        plan.reportBlocker("technical-setup", "No SSO admin", "amy", START.plusSeconds(5));

    assertThat(first.added()).isTrue();
    assertThat(first.blocker().blockerId()).isEqualTo("blocker-1");
    assertThat(second.blocker().blockerId()).isEqualTo("blocker-2");
    assertThat(again.added()).isFalse();
    assertThat(again.blocker()).isEqualTo(first.blocker());
    assertThat(plan.snapshot().blockers()).hasSize(2);
  }

  @Test
  void refusesABlockerOnACheckpointDoneOrUnknown() {
    plan.complete("kickoff", "notes", "amy", START.plusSeconds(60), START);

    assertThatThrownBy(() -> plan.reportBlocker("kickoff", "late", "amy", START))
        .isInstanceOf(OnboardingPlanStateException.class);
    assertThatThrownBy(() -> plan.reportBlocker("launch", "late", "amy", START))
        .isInstanceOfSatisfying(
            OnboardingInputException.class, e -> assertThat(e.field()).isEqualTo("checkpointId"));
  }

  @Test
  void aPromiseIsConfirmedOnceAndCannotBeFlaggedMissedAfterwards() {
    assertThat(plan.confirmPromise("promise-1", "cleo", "SSO live", START)).isTrue();
    assertThat(plan.confirmPromise("promise-1", "cleo", "SSO live", START.plusSeconds(5)))
        .isFalse();

    Promise promise = plan.promise("promise-1").orElseThrow();
    assertThat(promise.status()).isEqualTo(PromiseStatus.CONFIRMED);
    assertThat(promise.recordedBy()).isEqualTo("cleo");
    assertThat(promise.recordedAt()).isEqualTo(START);
    assertThatThrownBy(() -> plan.flagPromiseMissed("promise-1", "No SSO", "amy", START))
        .isInstanceOf(OnboardingPlanStateException.class)
        .hasMessageContaining("confirmed already");
    assertThatThrownBy(() -> plan.confirmPromise("promise-1", "dan", null, START))
        .isInstanceOf(OnboardingPlanStateException.class);
  }

  @Test
  void aMissedPromiseKeepsItsReasonAndCannotBeConfirmed() {
    assertThat(plan.flagPromiseMissed("promise-2", "Sync not in product", "amy", START)).isTrue();
    assertThat(plan.flagPromiseMissed("promise-2", "Sync not in product", "amy", START)).isFalse();

    assertThat(plan.promise("promise-2").orElseThrow().note()).isEqualTo("Sync not in product");
    assertThatThrownBy(() -> plan.confirmPromise("promise-2", "cleo", null, START))
        .isInstanceOf(OnboardingPlanStateException.class)
        .hasMessageContaining("flagged as missed");
    assertThatThrownBy(() -> plan.flagPromiseMissed("promise-2", "Another reason", "amy", START))
        .isInstanceOf(OnboardingPlanStateException.class);
  }

  @Test
  void handsOverOnlyAfterFirstValueAndOnce() {
    assertThatThrownBy(() -> plan.markHandedOver(START))
        .isInstanceOf(OnboardingPlanStateException.class);
    completeAllUpTo("first-value");

    assertThat(plan.markHandedOver(START.plusSeconds(600))).isTrue();
    assertThat(plan.markHandedOver(START.plusSeconds(700))).isFalse();
    assertThat(plan.status()).isEqualTo(PlanStatus.HANDED_OVER);
  }

  @Test
  void announcesItsStartOnce() {
    plan.announceStarted("corr-1", START);
    plan.announceStarted("corr-2", START.plusSeconds(60));

    assertThat(plan.snapshot().outbox())
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.messageId()).isEqualTo("onboarding-started:deal-1");
              assertThat(message.variables()).containsEntry("correlationId", "corr-1");
              assertThat(message.isPending()).isTrue();
            });
  }

  @Test
  void tellsTheProcessOfACompletionABlockerAndAMissedPromiseMadeOutsideIt() {
    plan.complete("kickoff", "Kickoff call held", "amy", null, START);
    plan.reportBlocker("training", "Trainer sick", "tom", START);
    plan.flagPromiseMissed("promise-2", "Not in this release", "amy", START);
    plan.complete("kickoff", "Kickoff call held", "amy", null, START.plusSeconds(60));

    assertThat(plan.snapshot().outbox())
        .extracting(OutboxMessage::messageId, OutboxMessage::correlationKey)
        .containsExactly(
            tuple("checkpoint-completed:deal-1/kickoff", "deal-1/kickoff"),
            tuple("blocker-reported:deal-1/blocker-1", "deal-1/training"),
            tuple("promise-missed:deal-1/promise-2", "deal-1"));
  }

  @Test
  void aCheckpointConfirmedInItsTaskIsNotAnnouncedToTheProcessThatConfirmedIt() {
    plan.recordConfirmer("kickoff", "amy");

    assertThat(plan.recordConfirmation("kickoff", "Kickoff call held", START)).isTrue();
    assertThat(plan.snapshot().outbox()).isEmpty();
  }

  @Test
  void keepsTheLineageItStartedWithAndAddsTheOnboardingKeysAtFirstValue() {
    OnboardingPlan withLineage =
        OnboardingPlan.start(
            anAcceptedHandoff("deal-3")
                .withLineage()
                .withPromise("SSO before go-live", "sam", DUE)
                .withPromise("Salesforce sync", "sam", null)
                .build(),
            "smb",
            smbTemplate(),
            ONE_YEAR,
            START);
    assertThat(withLineage.lineage()).hasValue(PlanFixtures.handoffLineage());
    withLineage.flagPromiseMissed("promise-2", "Not in this release", "amy", START);
    Instant firstValue = Instant.parse("2026-12-20T12:00:00Z");

    for (Checkpoint checkpoint : withLineage.snapshot().checkpoints()) {
      withLineage.complete(checkpoint.checkpointId(), "done", "amy", firstValue, firstValue);
    }
    withLineage.flagPromiseMissed(
        "promise-1", "Slipped after first value", "amy", firstValue.plusSeconds(60));

    assertThat(withLineage.lineage())
        .hasValue(PlanFixtures.handoffLineage().withOnboarding("smb", 30, false, 1));
  }

  @Test
  void firstValueAfterItsCheckpointWasDueIsLate() {
    Instant late = Instant.parse("2027-01-05T10:00:00Z");

    for (Checkpoint checkpoint : plan.snapshot().checkpoints()) {
      plan.complete(checkpoint.checkpointId(), "done", "amy", late, late);
    }

    Lineage lineage = plan.lineage().orElseThrow();
    assertThat(lineage.firstValueLate()).isTrue();
    assertThat(lineage.daysToValue()).isEqualTo(46);
    assertThat(lineage.promisesMissed()).isZero();
    assertThat(lineage.segment()).isEqualTo("smb");
    assertThat(lineage.hasHandoffKeys())
        .as("a plan whose handoff handed on no lineage has only its own keys")
        .isFalse();
  }

  @Test
  void aPlanWithoutLineageHasNoneUntilFirstValue() {
    assertThat(plan.lineage()).isEmpty();
    assertThat(plan.backfillLineage(null)).as("nothing to add before first value").isFalse();
    assertThat(plan.lineage()).isEmpty();
  }

  @Test
  void theBackfillAddsTheHandoffKeysOnceAndTheOnboardingKeysAsTheyWereAtFirstValue() {
    Instant firstValue = Instant.parse("2026-12-20T12:00:00Z");
    OnboardingPlan older = restoredWithoutLineageAfterFirstValue(firstValue);

    assertThat(older.backfillLineage(PlanFixtures.handoffLineage())).isTrue();
    assertThat(older.lineage())
        .hasValue(PlanFixtures.handoffLineage().withOnboarding("smb", 30, false, 1));
    assertThat(older.backfillLineage(PlanFixtures.handoffLineage())).isFalse();
    assertThat(
            older.backfillLineage(
                PlanFixtures.handoffLineage()
                    .withOnboarding(null, null, null, null)
                    .withOnboarding("enterprise", 1, true, 9)))
        .as("keys the plan has are kept")
        .isFalse();
  }

  @Test
  void theBackfillTakesNoHandoffKeysWithoutAnAcceptanceButStillTheOnboardingKeys() {
    Instant firstValue = Instant.parse("2026-12-20T12:00:00Z");
    OnboardingPlan older = restoredWithoutLineageAfterFirstValue(firstValue);
    Lineage notAccepted =
        new Lineage(
            "L-7",
            "spring-launch",
            null,
            null,
            null,
            null,
            "sam",
            null,
            null,
            null,
            null,
            null,
            0,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(older.backfillLineage(notAccepted)).isTrue();

    assertThat(older.lineage()).hasValue(Lineage.unknown().withOnboarding("smb", 30, false, 1));
  }

  /**
   * A plan that reached first value before the lineage travelled: no lineage stored, one promise
   * flagged missed before first value and one after.
   */
  private OnboardingPlan restoredWithoutLineageAfterFirstValue(Instant firstValue) {
    plan.flagPromiseMissed("promise-2", "Not in this release", "amy", START);
    for (Checkpoint checkpoint : plan.snapshot().checkpoints()) {
      plan.complete(checkpoint.checkpointId(), "done", "amy", firstValue, firstValue);
    }
    plan.flagPromiseMissed("promise-1", "Slipped", "amy", firstValue.plusSeconds(60));
    OnboardingPlan.Snapshot s = plan.snapshot();
    return OnboardingPlan.restore(
        new OnboardingPlan.Snapshot(
            s.dealId(),
            s.customerName(),
            s.accountManager(),
            s.handoffNote(),
            s.segment(),
            s.arr(),
            s.contractDate(),
            s.renewalDate(),
            s.startedAt(),
            s.goLiveTarget(),
            s.checkpoints(),
            s.promises(),
            s.successCriteria(),
            s.blockers(),
            s.firstValueAt(),
            s.timeToValueDays(),
            s.handedOverAt(),
            s.handoffProcessInstanceKey(),
            null,
            s.outbox(),
            s.notifications(),
            s.version()));
  }

  private void completeAllUpTo(String last) {
    Instant at = START.plusSeconds(60);
    for (Checkpoint checkpoint : plan.snapshot().checkpoints()) {
      plan.complete(checkpoint.checkpointId(), "done", "amy", at, START);
      if (checkpoint.checkpointId().equals(last)) {
        return;
      }
    }
  }
}

package io.baton.retention.customer.domain;

import static io.baton.retention.health.domain.Fixtures.NOW;
import static io.baton.retention.health.domain.Fixtures.aModel;
import static io.baton.retention.health.domain.Fixtures.aProfile;
import static io.baton.retention.health.domain.Fixtures.aSignal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.baton.retention.health.domain.Band;
import io.baton.retention.health.domain.Fixtures;
import io.baton.retention.health.domain.Health;
import io.baton.retention.health.domain.HealthCause;
import io.baton.retention.health.domain.HealthChange;
import io.baton.retention.health.domain.HealthScoring;
import io.baton.retention.health.domain.Signal;
import io.baton.retention.health.domain.SignalType;
import io.baton.retention.health.domain.Trend;
import io.baton.retention.renewal.domain.RenewalRunway;
import io.baton.retention.renewal.domain.RunwayCheck;
import io.baton.retention.saveplay.domain.InterventionOutcome;
import io.baton.retention.saveplay.domain.Outcome;
import io.baton.retention.saveplay.domain.RiskReason;
import io.baton.retention.saveplay.domain.TriggerSource;
import io.baton.retention.shared.domain.InputProblem;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerTest {

  private static final HealthScoring SCORING = new HealthScoring(Fixtures.defaultModel());
  private static final HealthScoring RELATIONSHIP_ONLY =
      new HealthScoring(aModel().onlyRelationshipCountsFor(Segment.SMB).build());
  private static final RenewalRunway RUNWAY =
      new RenewalRunway(
          List.of(Period.ofDays(30), Period.ofDays(120), Period.ofDays(60), Period.ofDays(90)));

  @Test
  void aRegisteredCustomerIsOnboardedWithAFirstHealthAndItsHistoryStarted() {
    Customer customer = Customer.register("deal-1", aProfile(Segment.SMB), SCORING, NOW);

    assertThat(customer.lifecycle()).isEqualTo(Lifecycle.ONBOARDING);
    assertThat(customer.health().score()).isEqualTo(85);
    assertThat(customer.profile().renewalDate()).isEqualTo(LocalDate.parse("2027-06-15"));
    assertThat(customer.snapshot().healthHistory())
        .singleElement()
        .satisfies(change -> assertThat(change.cause()).isEqualTo(HealthCause.CUSTOMER_REGISTERED));
  }

  @Test
  void countsASignalOnceAndExplainsTheChangeItCaused() {
    Customer customer = Customer.register("deal-1", aProfile(Segment.SMB), SCORING, NOW);
    Signal escalation = aSignal("t-1", SignalType.SUPPORT_TICKET_ESCALATED).build();

    assertThat(customer.recordSignal(escalation, SCORING, NOW)).isTrue();
    assertThat(customer.recordSignal(escalation, SCORING, NOW.plusSeconds(5))).isFalse();

    assertThat(customer.snapshot().recentSignals())
        .singleElement()
        .satisfies(kept -> assertThat(kept.sequence()).isEqualTo(1));
    assertThat(customer.health().score()).isEqualTo(83);
    assertThat(customer.latestChange())
        .hasValueSatisfying(
            change -> {
              assertThat(change.cause()).isEqualTo(HealthCause.SIGNAL_RECEIVED);
              assertThat(change.causeReference()).isEqualTo("t-1");
            });
  }

  @Test
  void ignoresASignalOlderThanTheLookback() {
    Customer customer = Customer.register("deal-1", aProfile(Segment.SMB), SCORING, NOW);

    assertThat(
            customer.recordSignal(
                aSignal("t-1", SignalType.SUPPORT_TICKET_ESCALATED).daysAgo(200).build(),
                SCORING,
                NOW))
        .isFalse();
    assertThat(customer.snapshot().recentSignals()).isEmpty();
  }

  @Test
  void keepsOnlyTheConfiguredNumberOfHealthChanges() {
    HealthScoring shortMemory = new HealthScoring(aModel().historySize(3).build());
    Customer customer = Customer.register("deal-1", aProfile(Segment.SMB), shortMemory, NOW);

    for (int i = 0; i < 5; i++) {
      customer.recordSignal(
          aSignal("t-" + i, SignalType.SUPPORT_TICKET_OPENED).build(),
          shortMemory,
          NOW.plusSeconds(i));
    }

    assertThat(customer.snapshot().healthHistory())
        .extracting(HealthChange::causeReference)
        .containsExactly("t-2", "t-3", "t-4");
  }

  @Test
  void turningRedLeavesOneSavePlayToAskForUntilAnInterventionHasIt() {
    Customer customer = Customer.register("deal-1", aProfile(Segment.SMB), RELATIONSHIP_ONLY, NOW);

    customer.recordSignal(aSignal("c-1", SignalType.CHAMPION_LEFT).build(), RELATIONSHIP_ONLY, NOW);
    customer.recordSignal(
        aSignal("p-1", SignalType.PROMISE_MISSED).build(), RELATIONSHIP_ONLY, NOW);
    customer.recordSignal(
        aSignal("p-2", SignalType.PROMISE_MISSED).build(), RELATIONSHIP_ONLY, NOW.plusSeconds(1));
    customer.recordSignal(
        aSignal("p-3", SignalType.PROMISE_MISSED).build(), RELATIONSHIP_ONLY, NOW.plusSeconds(2));

    assertThat(customer.health().band()).isEqualTo(Band.RED);
    assertThat(customer.pendingSavePlays())
        .singleElement()
        .satisfies(
            trigger -> {
              assertThat(trigger.reason()).isEqualTo("health-red");
              assertThat(trigger.triggerId())
                  .isEqualTo("health-red:deal-1:" + NOW.plusSeconds(1).toEpochMilli());
            });
    assertThat(customer.riskReasons(TriggerSource.HEALTH, RELATIONSHIP_ONLY, NOW))
        .containsExactly(
            RiskReason.HEALTH_RED, RiskReason.PROMISE_MISSED, RiskReason.CHAMPION_LEFT);

    assertThat(customer.savePlayHandled(customer.pendingSavePlays().getFirst().triggerId()))
        .isTrue();
    assertThat(customer.pendingSavePlays()).isEmpty();
  }

  @Test
  void isHandedOverOnceAndNeverAfterChurning() {
    Customer customer = Customer.register("deal-1", aProfile(Segment.SMB), SCORING, NOW);
    Handover handover =
        new Handover(NOW, 21, List.of(new Handover.PromiseStatus("SSO", "kept")), List.of(), NOW);

    assertThat(customer.handOver(handover, SCORING, NOW)).isTrue();
    assertThat(customer.handOver(new Handover(NOW, 99, List.of(), List.of(), NOW), SCORING, NOW))
        .isFalse();

    assertThat(customer.lifecycle()).isEqualTo(Lifecycle.ACTIVE);
    assertThat(customer.snapshot().handover().timeToValueDays()).isEqualTo(21);

    Customer churned = Customer.register("deal-2", aProfile(Segment.SMB), SCORING, NOW);
    churned.applyOutcome("sp-1", outcome(Outcome.CHURNED, "0"), SCORING, NOW);
    assertThatThrownBy(() -> churned.handOver(handover, SCORING, NOW))
        .isInstanceOf(CustomerStateException.class);
  }

  @Test
  void keepsTheStartingArrOnceOnboardingIsOverSoExpansionIsNotRetention() {
    Customer customer = Customer.register("deal-1", aProfile(Segment.SMB), SCORING, NOW);
    customer.changeProfile(withArr(aProfile(Segment.SMB), "50000"), SCORING, NOW);
    customer.handOver(new Handover(NOW, 10, List.of(), List.of(), NOW), SCORING, NOW);

    customer.changeProfile(withArr(aProfile(Segment.SMB), "60000"), SCORING, NOW);

    assertThat(customer.snapshot().startingArr()).isEqualByComparingTo("50000");
    assertThat(customer.retainedArr()).isEqualByComparingTo("50000");
    assertThat(customer.changeProfile(withArr(aProfile(Segment.SMB), "60000.00"), SCORING, NOW))
        .isFalse();
  }

  @Test
  void appliesAnOutcomeOncePerIntervention() {
    Customer customer = Customer.register("deal-1", aProfile(Segment.SMB), SCORING, NOW);

    assertThat(customer.applyOutcome("sp-1", outcome(Outcome.DOWNGRADED, "30000"), SCORING, NOW))
        .isTrue();
    assertThat(customer.applyOutcome("sp-1", outcome(Outcome.DOWNGRADED, "30000"), SCORING, NOW))
        .isFalse();
    assertThat(customer.profile().arr()).isEqualByComparingTo("30000");
    assertThat(customer.retainedArr()).isEqualByComparingTo("30000");

    customer.applyOutcome("sp-2", outcome(Outcome.CHURNED, "0"), SCORING, NOW);
    assertThat(customer.lifecycle()).isEqualTo(Lifecycle.CHURNED);
    assertThat(customer.profile().arr()).isEqualByComparingTo("0");
  }

  @Test
  void recordsEachArrChangeAfterOnboardingWithItsDayAndCause() {
    Customer customer = Customer.register("deal-1", aProfile(Segment.SMB), SCORING, NOW);
    customer.changeProfile(withArr(aProfile(Segment.SMB), "50000"), SCORING, NOW);
    customer.handOver(new Handover(NOW, 10, List.of(), List.of(), NOW), SCORING, NOW);
    Instant march = Instant.parse("2027-03-01T10:00:00Z");
    Instant april = Instant.parse("2027-04-02T10:00:00Z");
    Instant june = Instant.parse("2027-06-20T10:00:00Z");

    customer.changeProfile(withArr(aProfile(Segment.SMB), "55000"), SCORING, march);
    customer.applyOutcome("sp-1", outcome(Outcome.DOWNGRADED, "40000", april), SCORING, april);
    customer.changeProfile(
        renewingOn(withArr(aProfile(Segment.SMB), "42000"), "2028-06-15"), SCORING, june);
    customer.applyOutcome("sp-2", outcome(Outcome.SAVED, "42000", june), SCORING, june);

    assertThat(customer.snapshot().arrChanges())
        .containsExactly(
            new ArrChange(
                LocalDate.parse("2027-03-01"), new BigDecimal("55000"), ArrChangeCause.PROFILE),
            new ArrChange(
                LocalDate.parse("2027-04-02"), new BigDecimal("40000"), ArrChangeCause.DOWNGRADED),
            new ArrChange(
                LocalDate.parse("2027-06-20"), new BigDecimal("42000"), ArrChangeCause.RENEWED));
    assertThat(customer.arrOn(LocalDate.parse("2026-06-15"))).isEqualByComparingTo("50000");
    assertThat(customer.arrOn(LocalDate.parse("2027-02-28"))).isEqualByComparingTo("50000");
    assertThat(customer.arrOn(LocalDate.parse("2027-03-01"))).isEqualByComparingTo("55000");
    assertThat(customer.arrOn(LocalDate.parse("2027-05-01"))).isEqualByComparingTo("40000");
    assertThat(customer.arrOn(LocalDate.parse("2030-01-01"))).isEqualByComparingTo("42000");
  }

  @Test
  void whileOnboardingAChangedArrIsTheStartingArrNotAChange() {
    Customer customer = Customer.register("deal-1", aProfile(Segment.SMB), SCORING, NOW);

    customer.changeProfile(withArr(aProfile(Segment.SMB), "52000"), SCORING, NOW);

    assertThat(customer.snapshot().arrChanges()).isEmpty();
    assertThat(customer.arrOn(LocalDate.parse("2026-06-15"))).isEqualByComparingTo("52000");
  }

  @Test
  void churnEndsTheArrOnItsDayAndTheLastChangeOfADayCounts() {
    Customer customer = Customer.register("deal-1", aProfile(Segment.SMB), SCORING, NOW);
    Instant morning = Instant.parse("2027-02-01T08:00:00Z");
    Instant evening = Instant.parse("2027-02-01T18:00:00Z");

    customer.applyOutcome("sp-1", outcome(Outcome.DOWNGRADED, "30000", morning), SCORING, morning);
    customer.applyOutcome("sp-2", outcome(Outcome.CHURNED, "0", evening), SCORING, evening);

    assertThat(customer.snapshot().arrChanges())
        .containsExactly(
            new ArrChange(LocalDate.parse("2027-02-01"), BigDecimal.ZERO, ArrChangeCause.CHURNED));
    assertThat(customer.arrOn(LocalDate.parse("2027-01-31"))).isEqualByComparingTo("48000");
    assertThat(customer.arrOn(LocalDate.parse("2027-02-01"))).isEqualByComparingTo("0");
  }

  @Test
  void anOutcomeIsDatedByTheDayTheCustomerDecidedAndTheCustomerWrittenNow() {
    Customer customer = activeCustomerRenewingOn("2027-06-15");
    Instant decided = Instant.parse("2026-11-03T23:30:00Z");

    customer.applyOutcome("sp-1", outcome(Outcome.DOWNGRADED, "30000", decided), SCORING, NOW);

    assertThat(customer.snapshot().arrChanges())
        .containsExactly(
            new ArrChange(
                LocalDate.parse("2026-11-03"), new BigDecimal("30000"), ArrChangeCause.DOWNGRADED));
    assertThat(customer.arrOn(LocalDate.parse("2026-11-02"))).isEqualByComparingTo("48000");
    assertThat(customer.arrOn(LocalDate.parse("2026-11-03"))).isEqualByComparingTo("30000");
    assertThat(customer.profile().arr()).isEqualByComparingTo("30000");
    assertThat(customer.snapshot().updatedAt()).isEqualTo(NOW);
  }

  @Test
  void anOutcomeDecidedBeforeALaterChangeGoesBeforeItAndTheLaterChangeStillSetsTheArrNow() {
    Customer customer = activeCustomerRenewingOn("2027-06-15");
    Instant march = Instant.parse("2027-03-01T10:00:00Z");
    Instant june = Instant.parse("2027-06-20T10:00:00Z");
    Instant april = Instant.parse("2027-04-02T10:00:00Z");
    customer.changeProfile(withArr(aProfile(Segment.SMB), "55000"), SCORING, march);
    customer.changeProfile(withArr(aProfile(Segment.SMB), "60000"), SCORING, june);

    assertThat(customer.arrWhen(april)).isEqualByComparingTo("55000");
    customer.applyOutcome("sp-1", outcome(Outcome.DOWNGRADED, "40000", april), SCORING, june);

    assertThat(customer.snapshot().arrChanges())
        .containsExactly(
            new ArrChange(
                LocalDate.parse("2027-03-01"), new BigDecimal("55000"), ArrChangeCause.PROFILE),
            new ArrChange(
                LocalDate.parse("2027-04-02"), new BigDecimal("40000"), ArrChangeCause.DOWNGRADED),
            new ArrChange(
                LocalDate.parse("2027-06-20"), new BigDecimal("60000"), ArrChangeCause.PROFILE));
    assertThat(customer.arrOn(LocalDate.parse("2027-04-01"))).isEqualByComparingTo("55000");
    assertThat(customer.arrOn(LocalDate.parse("2027-05-01"))).isEqualByComparingTo("40000");
    assertThat(customer.arrOn(LocalDate.parse("2027-06-20"))).isEqualByComparingTo("60000");
    assertThat(customer.profile().arr()).isEqualByComparingTo("60000");
    assertThat(customer.arrWhen(june)).isEqualByComparingTo("60000");
  }

  @Test
  void anOutcomeDecidedOnTheDayOfAnEarlierRecordedChangeIsTheLastChangeOfThatDay() {
    Customer customer = activeCustomerRenewingOn("2027-06-15");
    Instant march = Instant.parse("2027-03-01T10:00:00Z");
    Instant june = Instant.parse("2027-06-20T10:00:00Z");
    customer.changeProfile(withArr(aProfile(Segment.SMB), "55000"), SCORING, march);
    customer.changeProfile(withArr(aProfile(Segment.SMB), "60000"), SCORING, june);

    customer.applyOutcome(
        "sp-1",
        outcome(Outcome.SAVED, "50000", Instant.parse("2027-03-01T16:00:00Z")),
        SCORING,
        june.plusSeconds(60));

    assertThat(customer.snapshot().arrChanges())
        .extracting(ArrChange::on, ArrChange::cause)
        .containsExactly(
            tuple(LocalDate.parse("2027-03-01"), ArrChangeCause.SAVED),
            tuple(LocalDate.parse("2027-06-20"), ArrChangeCause.PROFILE));
    assertThat(customer.arrOn(LocalDate.parse("2027-03-01"))).isEqualByComparingTo("50000");
    assertThat(customer.profile().arr()).isEqualByComparingTo("60000");
  }

  @Test
  void aChurnDecidedBeforeALaterChangeEndsTheArrFromItsDay() {
    Customer customer = activeCustomerRenewingOn("2027-06-15");
    Instant march = Instant.parse("2027-03-01T10:00:00Z");
    Instant june = Instant.parse("2027-06-20T10:00:00Z");
    Instant april = Instant.parse("2027-04-02T10:00:00Z");
    customer.changeProfile(withArr(aProfile(Segment.SMB), "55000"), SCORING, march);
    customer.changeProfile(withArr(aProfile(Segment.SMB), "60000"), SCORING, june);

    customer.applyOutcome("sp-1", outcome(Outcome.CHURNED, "0", april), SCORING, june);

    assertThat(customer.snapshot().arrChanges())
        .containsExactly(
            new ArrChange(
                LocalDate.parse("2027-03-01"), new BigDecimal("55000"), ArrChangeCause.PROFILE),
            new ArrChange(LocalDate.parse("2027-04-02"), BigDecimal.ZERO, ArrChangeCause.CHURNED));
    assertThat(customer.arrOn(LocalDate.parse("2030-01-01"))).isEqualByComparingTo("0");
    assertThat(customer.profile().arr()).isEqualByComparingTo("0");
    assertThat(customer.lifecycle()).isEqualTo(Lifecycle.CHURNED);
  }

  @Test
  void aSaveWithTheSameArrChangesNoArr() {
    Customer customer = Customer.register("deal-1", aProfile(Segment.SMB), SCORING, NOW);

    customer.applyOutcome("sp-1", outcome(Outcome.SAVED, "48000.00"), SCORING, NOW);

    assertThat(customer.snapshot().arrChanges()).isEmpty();
  }

  @Test
  void theHandoverCompletesTheLineageOfTheRegistrationAndOverridesWhatItKnowsBetter() {
    Customer customer = Customer.register("deal-1", aProfile(Segment.SMB), SCORING, NOW);
    Lineage registration =
        new Lineage(
            "lead-1",
            "spring-webinar",
            "webinar",
            "demo-request",
            "fast-track",
            "gold",
            "sam",
            NOW.minus(Duration.ofDays(60)),
            NOW.minus(Duration.ofDays(59)),
            45,
            true,
            NOW.minus(Duration.ofDays(30)),
            1,
            NOW.minus(Duration.ofDays(28)),
            new BigDecimal("20.25"),
            "amy",
            null,
            null,
            null,
            null);
    Lineage onboarding =
        new Lineage(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            2,
            null,
            null,
            null,
            "mid-market",
            34,
            true,
            1);

    assertThat(customer.recordLineage(registration, NOW)).isTrue();
    assertThat(customer.recordLineage(registration, NOW)).isFalse();
    assertThat(customer.recordLineage(onboarding, NOW)).isTrue();
    assertThat(customer.recordLineage(null, NOW)).isFalse();

    Lineage lineage = customer.lineage();
    assertThat(lineage.campaign()).isEqualTo("spring-webinar");
    assertThat(lineage.hoursToAccept()).isEqualByComparingTo("20.3");
    assertThat(lineage.handoffReturns()).isEqualTo(2);
    assertThat(lineage.segment()).isEqualTo("mid-market");
    assertThat(lineage.daysToValue()).isEqualTo(34);
    assertThat(lineage.firstValueLate()).isTrue();
    assertThat(lineage.promisesMissed()).isEqualTo(1);
  }

  @Test
  void checksEachRunwayStepOncePerRenewalAtTheLatestStepReached() {
    Customer customer = activeCustomerRenewingOn("2027-06-30");

    assertThat(customer.checkRunway(RUNWAY, LocalDate.parse("2027-03-01"), NOW)).isEmpty();
    assertThat(customer.checkRunway(RUNWAY, LocalDate.parse("2027-03-05"), NOW))
        .hasValueSatisfying(check -> assertThat(check.step()).isEqualTo("P120D"));
    assertThat(customer.checkRunway(RUNWAY, LocalDate.parse("2027-03-06"), NOW)).isEmpty();
    assertThat(customer.checkRunway(RUNWAY, LocalDate.parse("2027-05-15"), NOW))
        .hasValueSatisfying(check -> assertThat(check.step()).isEqualTo("P60D"));
    assertThat(customer.checkRunway(RUNWAY, LocalDate.parse("2027-06-30"), NOW)).isEmpty();
    assertThat(customer.snapshot().runwayChecks())
        .extracting(RunwayCheck::step)
        .containsExactly("P120D", "P60D");
    assertThat(customer.pendingSavePlays()).isEmpty();
  }

  @Test
  void aRenewalRunwayOfANewRenewalDateStartsAgain() {
    Customer customer = activeCustomerRenewingOn("2027-06-30");
    customer.checkRunway(RUNWAY, LocalDate.parse("2027-06-10"), NOW);

    customer.changeProfile(renewingOn(aProfile(Segment.SMB), "2028-06-30"), SCORING, NOW);

    assertThat(customer.checkRunway(RUNWAY, LocalDate.parse("2028-06-10"), NOW))
        .hasValueSatisfying(
            check -> assertThat(check.renewalDate()).isEqualTo(LocalDate.parse("2028-06-30")));
  }

  @Test
  void aRedRenewalIsAtRiskAndAsksForOneSavePlayPerStep() {
    Customer customer =
        Customer.register(
            "deal-1", renewingOn(aProfile(Segment.SMB), "2027-06-30"), RELATIONSHIP_ONLY, NOW);
    customer.handOver(new Handover(NOW, 10, List.of(), List.of(), NOW), RELATIONSHIP_ONLY, NOW);
    customer.recordSignal(aSignal("c-1", SignalType.CHAMPION_LEFT).build(), RELATIONSHIP_ONLY, NOW);
    customer.recordSignal(
        aSignal("c-2", SignalType.CHAMPION_LEFT).build(), RELATIONSHIP_ONLY, NOW.plusSeconds(1));
    customer.savePlayHandled(customer.pendingSavePlays().getFirst().triggerId());

    RunwayCheck check =
        customer.checkRunway(RUNWAY, LocalDate.parse("2027-04-01"), NOW).orElseThrow();

    assertThat(check.atRisk()).isTrue();
    assertThat(check.band()).isEqualTo(Band.RED);
    assertThat(customer.pendingSavePlays())
        .singleElement()
        .satisfies(
            trigger -> {
              assertThat(trigger.reason()).isEqualTo("renewal-risk");
              assertThat(trigger.triggerId()).isEqualTo("renewal-risk:deal-1:2027-06-30:P90D");
            });
  }

  @Test
  void aYellowRenewalIsAtRiskOnlyWhileFalling() {
    Health fallingYellow = new Health(55, Band.YELLOW, Trend.DOWN, List.of(), 3, NOW);
    Health risingYellow = new Health(55, Band.YELLOW, Trend.UP, List.of(), 3, NOW);
    Health fallingGreen = new Health(75, Band.GREEN, Trend.DOWN, List.of(), 3, NOW);

    assertThat(fallingYellow.putsRenewalAtRisk()).isTrue();
    assertThat(risingYellow.putsRenewalAtRisk()).isFalse();
    assertThat(fallingGreen.putsRenewalAtRisk()).isFalse();
  }

  @Test
  void anOnboardingCustomerHasNoRunwayYet() {
    Customer customer =
        Customer.register("deal-1", renewingOn(aProfile(Segment.SMB), "2027-06-30"), SCORING, NOW);

    assertThat(customer.checkRunway(RUNWAY, LocalDate.parse("2027-06-10"), NOW)).isEmpty();
  }

  @Test
  void theRenewalDefaultsToAYearAfterTheContractAndMustComeAfterIt() {
    CustomerProfile profile = aProfile(Segment.SMB);
    CustomerProfile backwards =
        new CustomerProfile(
            "Acme",
            Segment.SMB,
            "amy",
            BigDecimal.TEN,
            LocalDate.parse("2027-01-01"),
            LocalDate.parse("2026-01-01"));

    assertThat(profile.renewalDate()).isEqualTo(profile.contractDate().plusYears(1));
    assertThat(backwards.problems()).extracting(InputProblem::field).containsExactly("renewalDate");
  }

  private static Customer activeCustomerRenewingOn(String renewalDate) {
    Customer customer =
        Customer.register("deal-1", renewingOn(aProfile(Segment.SMB), renewalDate), SCORING, NOW);
    customer.handOver(new Handover(NOW, 10, List.of(), List.of(), NOW), SCORING, NOW);
    return customer;
  }

  private static CustomerProfile renewingOn(CustomerProfile profile, String renewalDate) {
    return new CustomerProfile(
        profile.customerName(),
        profile.segment(),
        profile.accountManager(),
        profile.arr(),
        profile.contractDate(),
        LocalDate.parse(renewalDate));
  }

  private static CustomerProfile withArr(CustomerProfile profile, String arr) {
    return profile.withArr(new BigDecimal(arr));
  }

  private static InterventionOutcome outcome(Outcome outcome, String arrAfter) {
    return outcome(outcome, arrAfter, NOW.plus(Duration.ofDays(1)));
  }

  /** An outcome the customer decided at {@code at}. */
  private static InterventionOutcome outcome(Outcome outcome, String arrAfter, Instant at) {
    return new InterventionOutcome(
        outcome,
        new BigDecimal("48000"),
        new BigDecimal(arrAfter),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        "amy",
        "call",
        null,
        at);
  }
}

package io.baton.retention.health.domain;

import static io.baton.retention.health.domain.Fixtures.NOW;
import static io.baton.retention.health.domain.Fixtures.aModel;
import static io.baton.retention.health.domain.Fixtures.aSignal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.Segment;
import io.baton.retention.saveplay.domain.TriggerSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthScoringTest {

  private final HealthScoring scoring = new HealthScoring(Fixtures.defaultModel());

  @Test
  void aCustomerWithoutSignalsStartsNeutralOnUsageAndSentimentAndFullElsewhere() {
    HealthAssessment assessment = scoring.assess(Segment.SMB, List.of(), NOW);

    assertThat(assessment.components())
        .extracting(ComponentScore::component, ComponentScore::value)
        .containsExactly(
            tuple(HealthComponent.USAGE, 70),
            tuple(HealthComponent.SUPPORT, 100),
            tuple(HealthComponent.SENTIMENT, 70),
            tuple(HealthComponent.ONBOARDING, 100),
            tuple(HealthComponent.COMMERCIAL, 100),
            tuple(HealthComponent.RELATIONSHIP, 100));
    assertThat(assessment.score()).isEqualTo(85);
    assertThat(assessment.band()).isEqualTo(Band.GREEN);
  }

  @Test
  void aFreshEscalationCostsFifteenSupportPointsAndSaysSo() {
    HealthAssessment assessment =
        scoring.assess(
            Segment.SMB, List.of(aSignal("t-1", SignalType.SUPPORT_TICKET_ESCALATED).build()), NOW);

    assertThat(assessment.valueOf(HealthComponent.SUPPORT)).isEqualTo(85);
    assertThat(assessment.impactsOn(HealthComponent.SUPPORT))
        .singleElement()
        .satisfies(
            impact -> {
              assertThat(impact.signalId()).isEqualTo("t-1");
              assertThat(impact.points()).isEqualTo(-15.0);
            });
    assertThat(assessment.score()).isEqualTo(83);
  }

  @Test
  void aSignalsEffectHalvesEveryHalfLifeAndEndsAtTheLookback() {
    Signal monthOld = aSignal("t-1", SignalType.SUPPORT_TICKET_ESCALATED).daysAgo(30).build();
    Signal sixWeeksOld = aSignal("t-2", SignalType.SUPPORT_TICKET_ESCALATED).daysAgo(45).build();
    Signal tooOld = aSignal("t-3", SignalType.SUPPORT_TICKET_ESCALATED).daysAgo(181).build();

    assertThat(
            scoring.assess(Segment.SMB, List.of(monthOld), NOW).impactsOn(HealthComponent.SUPPORT))
        .extracting(SignalImpact::points)
        .containsExactly(-7.5);
    assertThat(
            scoring
                .assess(Segment.SMB, List.of(sixWeeksOld), NOW)
                .impactsOn(HealthComponent.SUPPORT))
        .extracting(SignalImpact::points)
        .containsExactly(-5.3);
    HealthAssessment withOld = scoring.assess(Segment.SMB, List.of(tooOld), NOW);
    assertThat(withOld.valueOf(HealthComponent.SUPPORT)).isEqualTo(100);
    assertThat(withOld.impactsOn(HealthComponent.SUPPORT)).isEmpty();
  }

  @Test
  void usageIsTheFadedAverageOfReportsPulledTowardNeutral() {
    HealthAssessment fresh =
        scoring.assess(
            Segment.SMB, List.of(aSignal("u-1", SignalType.PRODUCT_USAGE).value(0.2).build()), NOW);
    HealthAssessment later =
        scoring.assess(
            Segment.SMB,
            List.of(aSignal("u-1", SignalType.PRODUCT_USAGE).value(0.2).build()),
            NOW.plus(Duration.ofDays(30)));

    // (0.25 × 70 + 1 × 20) ÷ 1.25 = 30; a month later (0.25 × 70 + 0.5 × 20) ÷ 0.75 = 36.7
    assertThat(fresh.valueOf(HealthComponent.USAGE)).isEqualTo(30);
    assertThat(fresh.impactsOn(HealthComponent.USAGE))
        .extracting(SignalImpact::points)
        .containsExactly(-40.0);
    assertThat(later.valueOf(HealthComponent.USAGE)).isEqualTo(37);
  }

  @Test
  void npsAndCsatAnswersMakeTheSentiment() {
    List<Signal> answers =
        List.of(
            aSignal("n-1", SignalType.NPS_RESPONSE).value(10).build(),
            aSignal("c-1", SignalType.CSAT_RESPONSE).value(1).build());

    // (0.25 × 70 + 100 + 0) ÷ 2.25 = 52.2
    assertThat(scoring.assess(Segment.SMB, answers, NOW).valueOf(HealthComponent.SENTIMENT))
        .isEqualTo(52);
  }

  @Test
  void daysLateDeepenSlipAndPaymentPenaltiesUpToTheirCaps() {
    List<Signal> late =
        List.of(
            aSignal("s-1", SignalType.ONBOARDING_SLIP).detail("daysLate", "10").build(),
            aSignal("p-1", SignalType.PAYMENT_LATE).detail("daysLate", "100").build());

    HealthAssessment assessment = scoring.assess(Segment.SMB, late, NOW);

    assertThat(assessment.valueOf(HealthComponent.ONBOARDING)).isEqualTo(85);
    assertThat(assessment.valueOf(HealthComponent.COMMERCIAL)).isEqualTo(60);
  }

  @Test
  void missedPromisesAndALostChampionHurtTheRelationshipEachSegmentByItsWeight() {
    List<Signal> signals =
        List.of(
            aSignal("c-1", SignalType.CHAMPION_LEFT).build(),
            aSignal("p-1", SignalType.PROMISE_MISSED).build());

    HealthAssessment smb = scoring.assess(Segment.SMB, signals, NOW);
    HealthAssessment enterprise = scoring.assess(Segment.ENTERPRISE, signals, NOW);

    assertThat(smb.valueOf(HealthComponent.RELATIONSHIP)).isEqualTo(45);
    assertThat(smb.score()).isEqualTo(80);
    assertThat(enterprise.score()).isEqualTo(76);
  }

  @Test
  void theScoreStaysWithinZeroAndAHundred() {
    List<Signal> storm = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      storm.add(aSignal("t-" + i, SignalType.SUPPORT_TICKET_ESCALATED).build());
    }

    HealthAssessment assessment = scoring.assess(Segment.SMB, storm, NOW);

    assertThat(assessment.valueOf(HealthComponent.SUPPORT)).isZero();
    assertThat(assessment.score()).isBetween(0, 100);
  }

  @Test
  void bandsFollowTheConfiguredThresholds() {
    HealthModel model = aModel().bands(80, 50).build();

    assertThat(model.bandOf(80)).isEqualTo(Band.GREEN);
    assertThat(model.bandOf(79)).isEqualTo(Band.YELLOW);
    assertThat(model.bandOf(50)).isEqualTo(Band.YELLOW);
    assertThat(model.bandOf(49)).isEqualTo(Band.RED);
    List<Signal> championsLeft =
        List.of(
            aSignal("c-1", SignalType.CHAMPION_LEFT).build(),
            aSignal("c-2", SignalType.CHAMPION_LEFT).build());
    HealthAssessment assessment = new HealthScoring(model).assess(Segment.SMB, championsLeft, NOW);
    assertThat(assessment.score()).isEqualTo(77);
    assertThat(assessment.band()).isEqualTo(Band.YELLOW);
  }

  @Test
  void refusesBandsOutOfOrderAndASegmentWithoutWeights() {
    assertThatThrownBy(() -> aModel().bands(40, 70).build()).hasMessageContaining("yellow-from");
    assertThatThrownBy(
            () -> new HealthModel(Map.of(), 70, 40, Duration.ofDays(30), Duration.ofDays(180), 100))
        .hasMessageContaining("No health weights for segment smb");
  }

  @Test
  void explainsWhichComponentsMovedAndWhichNewSignalsMovedThem() {
    Health before =
        scoring
            .reassess(null, Segment.SMB, List.of(), HealthCause.CUSTOMER_REGISTERED, null, NOW)
            .orElseThrow()
            .health();
    List<Signal> signals =
        List.of(
            aSignal("t-1", SignalType.SUPPORT_TICKET_ESCALATED).sequence(1).build(),
            aSignal("c-1", SignalType.CHAMPION_LEFT).sequence(2).build());

    HealthUpdate update =
        scoring
            .reassess(before, Segment.SMB, signals, HealthCause.SIGNAL_RECEIVED, "c-1", NOW)
            .orElseThrow();

    HealthChange change = update.change();
    assertThat(change.cause()).isEqualTo(HealthCause.SIGNAL_RECEIVED);
    assertThat(change.causeReference()).isEqualTo("c-1");
    assertThat(change.fromScore()).isEqualTo(85);
    assertThat(change.toScore()).isEqualTo(79);
    assertThat(change.trend()).isEqualTo(Trend.DOWN);
    assertThat(change.components())
        .extracting(ComponentChange::component, ComponentChange::from, ComponentChange::to)
        .containsExactly(
            tuple(HealthComponent.SUPPORT, 100, 85), tuple(HealthComponent.RELATIONSHIP, 100, 60));
    assertThat(change.components().getFirst().signals())
        .singleElement()
        .satisfies(
            impact -> {
              assertThat(impact.signalId()).isEqualTo("t-1");
              assertThat(impact.type()).isEqualTo(SignalType.SUPPORT_TICKET_ESCALATED);
              assertThat(impact.points()).isEqualTo(-15.0);
            });
    assertThat(change.summary())
        .isEqualTo(
            "Health 85 → 79 (green → green, down): support 100 → 85 (support-ticket-escalated t-1: −15.0);"
                + " relationship 100 → 60 (champion-left c-1: −40.0)");
    assertThat(update.health().signalSequence()).isEqualTo(2);
  }

  @Test
  void namesOnlyTheSignalsReceivedSinceThePreviousChange() {
    Signal first = aSignal("t-1", SignalType.SUPPORT_TICKET_ESCALATED).sequence(1).build();
    Signal second = aSignal("t-2", SignalType.SUPPORT_TICKET_ESCALATED).sequence(2).build();
    Health afterFirst =
        scoring
            .reassess(null, Segment.SMB, List.of(first), HealthCause.SIGNAL_RECEIVED, "t-1", NOW)
            .orElseThrow()
            .health();

    HealthChange change =
        scoring
            .reassess(
                afterFirst,
                Segment.SMB,
                List.of(first, second),
                HealthCause.SIGNAL_RECEIVED,
                "t-2",
                NOW)
            .orElseThrow()
            .change();

    assertThat(change.components())
        .singleElement()
        .satisfies(
            moved -> {
              assertThat(moved.from()).isEqualTo(85);
              assertThat(moved.to()).isEqualTo(70);
              assertThat(moved.signals()).extracting(SignalImpact::signalId).containsExactly("t-2");
            });
  }

  @Test
  void explainsAChangeWithoutNewSignalsAsOlderSignalsFading() {
    List<Signal> signals =
        List.of(aSignal("t-1", SignalType.SUPPORT_TICKET_ESCALATED).sequence(1).build());
    Health before =
        scoring
            .reassess(null, Segment.SMB, signals, HealthCause.SIGNAL_RECEIVED, "t-1", NOW)
            .orElseThrow()
            .health();

    HealthUpdate later =
        scoring
            .reassess(
                before,
                Segment.SMB,
                signals,
                HealthCause.SCHEDULED_RECOMPUTE,
                null,
                NOW.plus(Duration.ofDays(60)))
            .orElseThrow();

    assertThat(later.change().trend()).isEqualTo(Trend.UP);
    assertThat(later.change().components())
        .singleElement()
        .satisfies(
            moved -> {
              assertThat(moved.component()).isEqualTo(HealthComponent.SUPPORT);
              assertThat(moved.signals()).isEmpty();
            });
    assertThat(later.change().summary())
        .isEqualTo("Health 83 → 84 (green → green, up): support 85 → 96 (older signals fade)");
  }

  @Test
  void recordsNothingWhenTheScoreAndBandStayTheSame() {
    Health before =
        scoring
            .reassess(null, Segment.SMB, List.of(), HealthCause.CUSTOMER_REGISTERED, null, NOW)
            .orElseThrow()
            .health();

    assertThat(
            scoring.reassess(
                before,
                Segment.SMB,
                List.of(),
                HealthCause.SCHEDULED_RECOMPUTE,
                null,
                NOW.plusSeconds(60)))
        .isEmpty();
  }

  @Test
  void reportsTurningRedOnceAndNotWhileStayingRed() {
    HealthScoring relationshipOnly =
        new HealthScoring(aModel().onlyRelationshipCountsFor(Segment.SMB).build());
    Health green =
        relationshipOnly
            .reassess(null, Segment.SMB, List.of(), HealthCause.CUSTOMER_REGISTERED, null, NOW)
            .orElseThrow()
            .health();
    List<Signal> bad =
        new ArrayList<>(
            List.of(
                aSignal("c-1", SignalType.CHAMPION_LEFT).sequence(1).build(),
                aSignal("p-1", SignalType.PROMISE_MISSED).sequence(2).build(),
                aSignal("p-2", SignalType.PROMISE_MISSED).sequence(3).build()));

    HealthUpdate turned =
        relationshipOnly
            .reassess(green, Segment.SMB, bad, HealthCause.SIGNAL_RECEIVED, "p-2", NOW)
            .orElseThrow();
    bad.add(aSignal("p-3", SignalType.PROMISE_MISSED).sequence(4).build());
    HealthUpdate worse =
        relationshipOnly
            .reassess(turned.health(), Segment.SMB, bad, HealthCause.SIGNAL_RECEIVED, "p-3", NOW)
            .orElseThrow();

    assertThat(turned.health().band()).isEqualTo(Band.RED);
    assertThat(turned.turnedRed()).isTrue();
    assertThat(Customer.savePlayAskedFor("deal-1", turned))
        .hasValueSatisfying(
            trigger -> {
              assertThat(trigger.reason()).isEqualTo("health-red");
              assertThat(trigger.source()).isEqualTo(TriggerSource.HEALTH);
            });
    assertThat(worse.turnedRed()).isFalse();
    assertThat(Customer.savePlayAskedFor("deal-1", worse)).isEmpty();
  }

  @Test
  void theFirstAssessmentStartsTheHistoryFlat() {
    HealthUpdate first =
        scoring
            .reassess(
                null, Segment.ENTERPRISE, List.of(), HealthCause.CUSTOMER_REGISTERED, null, NOW)
            .orElseThrow();

    assertThat(first.health().trend()).isEqualTo(Trend.FLAT);
    assertThat(first.change().fromScore()).isNull();
    assertThat(first.change().summary()).isEqualTo("Health starts at 90 (green)");
  }
}

package io.baton.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.local.demo.DemoPlan.Attempt;
import io.baton.local.demo.DemoPlan.CheckpointCompletion;
import io.baton.local.demo.DemoPlan.Deal;
import io.baton.local.demo.DemoPlan.Fate;
import io.baton.local.demo.DemoPlan.Journey;
import io.baton.local.demo.DemoPlan.Signal;
import io.baton.local.demo.DemoPlanner.Sizes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoPlannerTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  private static final DemoPlan YEAR = DemoPlanner.plan(7, TODAY, Sizes.DEFAULT);

  @Test
  void theSameSeedMakesTheSamePlanAndAnotherSeedAnotherOne() {
    assertThat(DemoPlanner.plan(7, TODAY, Sizes.DEFAULT)).isEqualTo(YEAR);
    assertThat(DemoPlanner.plan(8, TODAY, Sizes.DEFAULT)).isNotEqualTo(YEAR);
    assertThat(DemoPlanner.plan(7, TODAY, new Sizes(60, 12)))
        .isEqualTo(DemoPlanner.plan(7, TODAY, new Sizes(60, 12)));
  }

  @Test
  void theYearHasItsSizeAndEveryIdComesFromTheSeedAndTheIndex() {
    assertThat(YEAR.journeys()).hasSize(2000);
    assertThat(YEAR.deals()).isEqualTo(300);
    for (Journey journey : YEAR.journeys()) {
      assertThat(journey.lead().externalId())
          .isEqualTo(String.format("demo-7-lead-%04d", journey.index()));
      if (journey.deal() != null) {
        assertThat(journey.deal().dealId())
            .isEqualTo(String.format("demo-7-deal-%04d", journey.index()));
      }
    }
    List<String> signalIds = signals(YEAR).map(Signal::signalId).toList();
    assertThat(new HashSet<>(signalIds)).hasSameSizeAs(signalIds);
    assertThat(signalIds).hasSizeBetween(1500, 6000);
    assertThat(YEAR.journeys().stream().map(j -> j.lead().contactEmail()).distinct()).hasSize(2000);
  }

  @Test
  void everyTimeFollowsTheStepBeforeItAndNoneIsInTheFuture() {
    for (Journey journey : YEAR.journeys()) {
      List<Instant> times = new ArrayList<>();
      times.add(journey.lead().receivedAt());
      journey.attempts().stream().map(Attempt::at).forEach(times::add);
      Deal deal = journey.deal();
      if (deal != null) {
        times.add(deal.closeDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        if (deal.handoff() != null) {
          var handoff = deal.handoff();
          for (int i = 0; i < handoff.briefsAt().size(); i++) {
            times.add(handoff.briefsAt().get(i));
            if (i < handoff.returns().size()) {
              times.add(handoff.returns().get(i).at());
            }
          }
          if (handoff.acceptance() != null) {
            times.add(handoff.acceptance().at());
          }
        }
        if (deal.onboarding() != null) {
          deal.onboarding().checkpointsAt().stream()
              .map(CheckpointCompletion::at)
              .forEach(times::add);
        }
        var onboarding = deal.onboarding();
        if (onboarding != null && onboarding.blocker() != null) {
          var blocker = onboarding.blocker();
          assertThat(blocker.at())
              .isAfter(onboarding.checkpointsAt().get(blocker.checkpoint() - 1).at());
          if (onboarding.checkpointsAt().size() > blocker.checkpoint()) {
            assertThat(blocker.at())
                .isBefore(onboarding.checkpointsAt().get(blocker.checkpoint()).at());
          }
        }
        if (deal.retention() != null) {
          Instant firstValue = firstValue(deal);
          if (onboarding.promiseMiss() != null) {
            assertThat(onboarding.promiseMiss().at()).isBefore(firstValue);
          }
          for (Signal signal : deal.retention().signals()) {
            assertThat(signal.occurredAt()).isAfter(firstValue).isBefore(YEAR.end());
          }
          var savePlay = deal.retention().savePlay();
          if (savePlay != null) {
            assertThat(savePlay.requestedAt()).isAfter(firstValue);
            if (savePlay.decision() != null) {
              assertThat(savePlay.decision().decidedAt())
                  .isAfter(savePlay.requestedAt())
                  .isBefore(YEAR.end());
            }
          }
        }
      }
      assertThat(times).as(journey.lead().externalId()).isSortedAccordingTo(Instant::compareTo);
      assertThat(times.getLast()).isBefore(YEAR.end());
    }
    assertThat(YEAR.end()).isEqualTo(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 7})
  void dealsCloseAllYearAndCustomersOfEveryQuarterChurnIncludingTheLast(long seed) {
    DemoPlan plan = DemoPlanner.plan(seed, TODAY, Sizes.DEFAULT);
    assertThat(deals(plan).map(deal -> YearMonth.from(deal.closeDate())).distinct())
        .hasSizeGreaterThanOrEqualTo(12);
    List<Deal> churned = deals(plan).filter(DemoPlannerTest::churned).toList();
    assertThat(
            churned.stream()
                .map(
                    deal ->
                        quartersBefore(deal.closeDate().atStartOfDay(ZoneOffset.UTC).toInstant()))
                .distinct())
        .as("the quarters (0: the last) of the churned customers' close dates")
        .containsExactlyInAnyOrder(0L, 1L, 2L, 3L);
    assertThat(
            churned.stream()
                .map(deal -> quartersBefore(deal.retention().savePlay().decision().decidedAt()))
                .distinct())
        .as("the quarters (0: the last) in which customers churned")
        .contains(0L, 1L, 2L);
  }

  /** How many whole quarters (91 days) before the end of the year the time is. */
  private static long quartersBefore(Instant at) {
    return java.time.Duration.between(at, YEAR.end()).minusSeconds(1).toDays() / 91;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 7})
  void theDiscountCampaignBringsCustomersWhoChurnAndThePartnerProgrammeFewWhoStay(long seed) {
    DemoPlan plan = DemoPlanner.plan(seed, TODAY, Sizes.DEFAULT);
    double churny =
        churnRate(plan, deal -> campaign(plan, deal).equals(DemoPlanner.CHURNY_CAMPAIGN));
    double sticky =
        churnRate(plan, deal -> campaign(plan, deal).equals(DemoPlanner.STICKY_CAMPAIGN));
    double all = churnRate(plan, deal -> true);
    assertThat(churny).isGreaterThan(all * 1.5);
    assertThat(sticky).isLessThan(all / 2);
    assertThat(all).isBetween(0.1, 0.3);
    assertThat(deals(plan).filter(d -> campaign(plan, d).equals(DemoPlanner.CHURNY_CAMPAIGN)))
        .hasSizeGreaterThan(60);
    assertThat(deals(plan).filter(d -> campaign(plan, d).equals(DemoPlanner.STICKY_CAMPAIGN)))
        .hasSizeBetween(5, 40);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 7})
  void aReturnedBriefALateFirstValueAMissedPromiseAndALateFirstContactChurnMore(long seed) {
    DemoPlan plan = DemoPlanner.plan(seed, TODAY, Sizes.DEFAULT);
    assertChurnsMore(plan, deal -> !deal.handoff().returns().isEmpty());
    assertChurnsMore(plan, deal -> deal.onboarding().firstValueLate());
    assertChurnsMore(plan, deal -> deal.onboarding().promiseMiss() != null);
    assertChurnsMore(plan, deal -> lead(plan, deal).firstContactOutsideSla());
  }

  @Test
  void oneRepsBriefsComeBackMoreOften() {
    double returned = returnRate(DemoCast.RETURNED_REP::equals);
    double others = returnRate(rep -> !rep.equals(DemoCast.RETURNED_REP));
    assertThat(returned).isGreaterThan(others * 2.5);
    assertThat(deals(YEAR).map(Deal::salesOwner).distinct()).hasSameSizeAs(DemoCast.REPS);
  }

  @Test
  void leadsEndInEveryWayAndAFewRecentOnesWaitForTheirFirstContact() {
    Set<Fate> fates = new HashSet<>();
    YEAR.journeys().forEach(journey -> fates.add(journey.outcome().fate()));
    assertThat(fates).contains(Fate.values());
    assertThat(YEAR.journeys().stream().filter(j -> j.outcome().fate() == Fate.UNWORKED).count())
        .isBetween(1L, 15L);
    assertThat(
            YEAR.journeys().stream()
                .filter(j -> j.outcome().fate() == Fate.CONVERTED)
                .map(j -> j.lead().channel())
                .distinct()
                .count())
        .isGreaterThanOrEqualTo(6);
  }

  @Test
  void aSmallDemoHasCustomersAndChurnToo() {
    DemoPlan small = DemoPlanner.plan(7, TODAY, new Sizes(60, 12));
    assertThat(small.deals()).isEqualTo(12);
    assertThat(deals(small).filter(deal -> deal.retention() != null)).isNotEmpty();
    assertThat(deals(small).filter(DemoPlannerTest::churned)).isNotEmpty();
  }

  private static void assertChurnsMore(DemoPlan plan, Predicate<Deal> predictor) {
    double with = churnRate(plan, predictor);
    double without = churnRate(plan, predictor.negate());
    assertThat(with).isGreaterThan(without * 1.3);
  }

  /** Of the customers handed over to retention, the share that churned. */
  private static double churnRate(DemoPlan plan, Predicate<Deal> which) {
    List<Deal> customers =
        deals(plan).filter(deal -> deal.retention() != null).filter(which).toList();
    return customers.stream().filter(DemoPlannerTest::churned).count() / (double) customers.size();
  }

  private static double returnRate(Predicate<String> rep) {
    List<Deal> briefed =
        deals(YEAR)
            .filter(deal -> deal.handoff() != null && deal.handoff().acceptance() != null)
            .filter(deal -> rep.test(deal.salesOwner()))
            .toList();
    return briefed.stream().filter(deal -> !deal.handoff().returns().isEmpty()).count()
        / (double) briefed.size();
  }

  private static boolean churned(Deal deal) {
    return deal.retention() != null
        && deal.retention().savePlay() != null
        && deal.retention().savePlay().decision() != null
        && deal.retention().savePlay().decision().outcome().equals("churned");
  }

  private static Instant firstValue(Deal deal) {
    return deal.onboarding().checkpointsAt().getLast().at();
  }

  private static DemoPlan.Lead lead(DemoPlan plan, Deal deal) {
    return plan.journeys().stream()
        .filter(journey -> journey.deal() == deal)
        .findFirst()
        .orElseThrow()
        .lead();
  }

  private static String campaign(DemoPlan plan, Deal deal) {
    return lead(plan, deal).campaign();
  }

  private static Stream<Deal> deals(DemoPlan plan) {
    return plan.journeys().stream().map(Journey::deal).filter(deal -> deal != null);
  }

  private static Stream<Signal> signals(DemoPlan plan) {
    return deals(plan)
        .filter(deal -> deal.retention() != null)
        .flatMap(deal -> deal.retention().signals().stream());
  }
}

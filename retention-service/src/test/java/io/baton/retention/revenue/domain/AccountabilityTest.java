package io.baton.retention.revenue.domain;

import static io.baton.retention.revenue.domain.RevenueFixtures.TODAY;
import static io.baton.retention.revenue.domain.RevenueFixtures.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.retention.customer.domain.ArrChangeCause;
import io.baton.retention.saveplay.domain.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every figure of the accountability view, on small sets of customers worked out by hand. */
class AccountabilityTest {

  private static final RevenuePeriod LAST_TWO_YEARS = new RevenuePeriod(TODAY.minusYears(2), TODAY);

  @Test
  void grossAndNetRetentionCountOnlyCustomersWhoseHorizonHasPassedWithTheirArrOnThatDay() {
    RevenueFixtures.Facts facts =
        new RevenueFixtures.Facts()
            .with(
                // 90 days ago: its 90-day horizon is today, so it counts, with today's ARR
                aCustomer("expanded")
                    .closedDaysAgo(90)
                    .startingArr("10000")
                    .arrAfterDays(90, "15000", ArrChangeCause.PROFILE),
                // 89 days ago: no horizon has passed
                aCustomer("too-young").closedDaysAgo(89).startingArr("50000"),
                // downgraded on day 100: 90 days after the close it still had all its ARR
                aCustomer("downgraded")
                    .closedDaysAgo(200)
                    .startingArr("20000")
                    .arrAfterDays(100, "12000", ArrChangeCause.DOWNGRADED),
                // churned on day 30: nothing kept at any horizon
                aCustomer("churned")
                    .closedDaysAgo(400)
                    .startingArr("30000")
                    .arrAfterDays(30, "0", ArrChangeCause.CHURNED));

    Figures total = total(facts);

    // 90 days: expanded 10000 → 15000, downgraded 20000 → 20000, churned 30000 → 0
    assertThat(total.grr90()).isEqualTo(figure("0.5000", 3)); // (10000 + 20000 + 0) / 60000
    assertThat(total.nrr90()).isEqualTo(figure("0.5833", 3)); // (15000 + 20000 + 0) / 60000
    // 180 days: downgraded 20000 → 12000, churned 30000 → 0
    assertThat(total.grr180()).isEqualTo(figure("0.2400", 2)); // 12000 / 50000
    assertThat(total.nrr180()).isEqualTo(figure("0.2400", 2));
    // 365 days: only churned
    assertThat(total.grr365()).isEqualTo(figure("0.0000", 1));
    assertThat(total.nrr365()).isEqualTo(figure("0.0000", 1));
  }

  @Test
  void retentionIsUnknownWhileNoCustomersHorizonHasPassed() {
    Figures total = total(new RevenueFixtures.Facts().with(aCustomer("young").closedDaysAgo(10)));

    assertThat(total.grr90()).isEqualTo(new Figure(null, 0));
    assertThat(total.nrr365()).isEqualTo(new Figure(null, 0));
  }

  @Test
  void mediansAreExactTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
    Figures odd =
        total(
            new RevenueFixtures.Facts()
                .with(
                    aCustomer("a").firstContactAfter(50, true).firstValueAfter(40, false, 0),
                    aCustomer("b").firstContactAfter(10, true).firstValueAfter(11, false, 0),
                    aCustomer("c").firstContactAfter(30, true),
                    aCustomer("d")));
    Figures even =
        total(
            new RevenueFixtures.Facts()
                .with(
                    aCustomer("a").firstContactAfter(5, true),
                    aCustomer("b").firstContactAfter(240, false),
                    aCustomer("c").firstContactAfter(20, true),
                    aCustomer("d").firstContactAfter(7, true)));

    assertThat(odd.medianMinutesToFirstContact()).isEqualTo(figure("30", 3));
    assertThat(odd.medianDaysToValue()).isEqualTo(figure("25.5", 2)); // (11 + 40) / 2
    assertThat(even.medianMinutesToFirstContact()).isEqualTo(figure("13.5", 4)); // (7 + 20) / 2
    assertThat(even.medianDaysToValue()).isEqualTo(new Figure(null, 0));
  }

  @Test
  void theWinRateIsSavedOverEverySavePlayThatEnded() {
    Figures total =
        total(
            new RevenueFixtures.Facts()
                .with(
                    aCustomer("a")
                        .savePlay(Outcome.SAVED, "10000", "0")
                        .savePlay(Outcome.DOWNGRADED, "6000", "4000"),
                    aCustomer("b").savePlay(Outcome.CHURNED, "0", "8000"),
                    aCustomer("c").savePlay(Outcome.SAVED, "9000", "0"),
                    aCustomer("d")));

    assertThat(total.savePlayWinRate()).isEqualTo(figure("0.5000", 4)); // 2 of 4
    assertThat(total(new RevenueFixtures.Facts().with(aCustomer("none"))).savePlayWinRate())
        .isEqualTo(new Figure(null, 0));
  }

  @Test
  void theArrSavePlaysChurnedDowngradedAndSavedIsSummedPerOutcome() {
    Figures total =
        total(
            new RevenueFixtures.Facts()
                .with(
                    aCustomer("a")
                        .savePlay(Outcome.SAVED, "10000", "0")
                        .savePlay(Outcome.DOWNGRADED, "6000", "4000"),
                    aCustomer("b").savePlay(Outcome.CHURNED, "0", "8000.50"),
                    aCustomer("c").savePlay(Outcome.DOWNGRADED, "1000", "500")));

    assertThat(total.arrChurned()).isEqualTo(figure("8000.50", 1));
    assertThat(total.arrDowngraded()).isEqualTo(figure("4500.00", 2));
    // what the saves kept and what the downgrades kept: 10000 + 6000 + 1000
    assertThat(total.arrSaved()).isEqualTo(figure("17000.00", 3));
  }

  @Test
  void theShareRedNowIsOfTheCustomersThatHaveNotChurned() {
    Figures total =
        total(
            new RevenueFixtures.Facts()
                .with(
                    aCustomer("red").red(),
                    aCustomer("green"),
                    aCustomer("also-green"),
                    aCustomer("churned-red").red().churned()));

    assertThat(total.shareRedNow()).isEqualTo(figure("0.3333", 3));
  }

  @Test
  void arrWonIsTheStartingArrAndHandoffReturnsAreSummedOverThoseWhoKnowThem() {
    Figures total =
        total(
            new RevenueFixtures.Facts()
                .with(
                    aCustomer("a").startingArr("48000.50").handoffReturns(2),
                    aCustomer("b").startingArr("1500").handoffReturns(0),
                    aCustomer("c").startingArr("500")));

    assertThat(total.arrWon()).isEqualTo(figure("50000.50", 3));
    assertThat(total.handoffReturns()).isEqualTo(figure("2", 2));
  }

  @Test
  void onlyCustomersClosedInThePeriodCountBothEndsIncluded() {
    RevenueFixtures.Facts facts =
        new RevenueFixtures.Facts()
            .with(
                aCustomer("first-day").closedOn("2027-01-01").startingArr("100"),
                aCustomer("last-day").closedOn("2027-03-31").startingArr("200"),
                aCustomer("before").closedOn("2026-12-31").startingArr("400"),
                aCustomer("after").closedOn("2027-04-01").startingArr("800"));

    Accountability accountability =
        Accountability.of(
            new Accountability.Grouping(
                Dimension.CLOSE_MONTH,
                RevenuePeriod.of(
                    LocalDate.parse("2027-01-01"), LocalDate.parse("2027-03-31"), TODAY),
                Rows.every()),
            facts,
            null,
            TODAY);

    assertThat(accountability.total().arrWon()).isEqualTo(figure("300.00", 2));
    assertThat(accountability.rows())
        .extracting(Accountability.Row::value)
        .containsExactly("2027-01", "2027-03");
  }

  @Test
  void customersWithoutAValueCountInTheUnknownRowAndEveryAdditiveFigureAddsUpToTheTotal() {
    RevenueFixtures.Facts facts =
        new RevenueFixtures.Facts()
            .with(
                aCustomer("w1")
                    .campaign("webinar")
                    .startingArr("30000")
                    .handoffReturns(1)
                    .savePlay(Outcome.DOWNGRADED, "20000", "10000"),
                aCustomer("w2").campaign("webinar").startingArr("10000").handoffReturns(0),
                aCustomer("r1")
                    .campaign("referral")
                    .startingArr("5000")
                    .handoffReturns(2)
                    .savePlay(Outcome.CHURNED, "0", "5000"),
                aCustomer("u1").startingArr("7000").savePlay(Outcome.SAVED, "7000", "0"));
    LeadCounts leads =
        LeadCounts.readAt(Instant.parse("2027-06-30T08:00:00Z"))
            .add(LeadGrouping.CAMPAIGN, "webinar", 40, 2)
            .add(LeadGrouping.CAMPAIGN, "referral", 10, 1)
            .add(LeadGrouping.CAMPAIGN, "fair", 5, 0)
            .add(LeadGrouping.CAMPAIGN, null, 3, 1)
            .build();

    Accountability accountability =
        Accountability.of(
            new Accountability.Grouping(Dimension.CAMPAIGN, LAST_TWO_YEARS, Rows.every()),
            facts,
            leads,
            TODAY);

    assertThat(accountability.rows())
        .extracting(Accountability.Row::value)
        .containsExactly("fair", "referral", "webinar", null);
    Figures unknown = accountability.rows().get(3).figures();
    assertThat(unknown.arrWon()).isEqualTo(figure("7000.00", 1));
    assertThat(unknown.leads()).isEqualTo(figure("3", 3));
    assertThat(unknown.converted()).isEqualTo(figure("1", 3));
    Figures fair = accountability.rows().getFirst().figures();
    assertThat(fair.leads()).isEqualTo(figure("5", 5));
    assertThat(fair.arrWon()).isEqualTo(figure("0.00", 0));
    Figures total = accountability.total();
    assertThat(total.leads()).isEqualTo(figure("58", 58));
    assertThat(total.converted()).isEqualTo(figure("4", 58));
    for (Function<Figures, Figure> additive :
        List.<Function<Figures, Figure>>of(
            Figures::leads,
            Figures::converted,
            Figures::arrWon,
            Figures::handoffReturns,
            Figures::arrChurned,
            Figures::arrDowngraded,
            Figures::arrSaved)) {
      BigDecimal values = BigDecimal.ZERO;
      long n = 0;
      for (Accountability.Row row : accountability.rows()) {
        values = values.add(additive.apply(row.figures()).value());
        n += additive.apply(row.figures()).n();
      }
      assertThat(values).isEqualByComparingTo(additive.apply(total).value());
      assertThat(n).isEqualTo(additive.apply(total).n());
    }
  }

  @Test
  void leadFiguresAreUnknownWithoutLeadServicesCountsAndForDimensionsLeadsDoNotHave() {
    RevenueFixtures.Facts facts =
        new RevenueFixtures.Facts().with(aCustomer("a").campaign("webinar"));
    LeadCounts leads =
        LeadCounts.readAt(Instant.parse("2027-06-30T08:00:00Z"))
            .add(LeadGrouping.CAMPAIGN, "webinar", 40, 2)
            .build();

    Accountability notRead =
        Accountability.of(
            new Accountability.Grouping(Dimension.CAMPAIGN, LAST_TWO_YEARS, Rows.every()),
            facts,
            null,
            TODAY);
    Accountability byManager =
        Accountability.of(
            new Accountability.Grouping(Dimension.ACCOUNT_MANAGER, LAST_TWO_YEARS, Rows.every()),
            facts,
            leads,
            TODAY);

    assertThat(notRead.total().leads()).isEqualTo(new Figure(null, 0));
    assertThat(notRead.rows().getFirst().figures().converted()).isEqualTo(new Figure(null, 0));
    assertThat(byManager.total().leads()).isEqualTo(new Figure(null, 0));
    assertThat(byManager.rows()).extracting(Accountability.Row::value).containsExactly("amy");
  }

  @Test
  void customersWithoutAValueCountWhenLeadServiceHasNoRowsForTheDimension() {
    RevenueFixtures.Facts facts =
        new RevenueFixtures.Facts()
            .with(
                aCustomer("a").campaign("webinar").startingArr("10000"),
                aCustomer("b").startingArr("5000"));
    LeadCounts ownersOnly =
        LeadCounts.readAt(Instant.parse("2027-06-30T08:00:00Z"))
            .add(LeadGrouping.OWNER, "sam", 20, 2)
            .build();

    Accountability byCampaign =
        Accountability.of(
            new Accountability.Grouping(Dimension.CAMPAIGN, LAST_TWO_YEARS, Rows.every()),
            facts,
            ownersOnly,
            TODAY);

    assertThat(byCampaign.rows())
        .extracting(Accountability.Row::value)
        .containsExactly("webinar", null);
    assertThat(byCampaign.rows().get(1).figures().arrWon()).isEqualTo(figure("5000.00", 1));
    assertThat(byCampaign.rows().get(1).figures().leads()).isEqualTo(figure("0", 0));
    assertThat(byCampaign.total().leads()).isEqualTo(figure("0", 0));
  }

  @Test
  void aCallerWhoSeesOneRowGetsThatRowAndATotalOfItAlone() {
    RevenueFixtures.Facts facts =
        new RevenueFixtures.Facts()
            .with(
                aCustomer("s1").salesOwner("sam").startingArr("10000"),
                aCustomer("s2").salesOwner("sam").startingArr("5000"),
                aCustomer("r1").salesOwner("rita").startingArr("40000"),
                aCustomer("n1").startingArr("1000"));
    LeadCounts leads =
        LeadCounts.readAt(Instant.parse("2027-06-30T08:00:00Z"))
            .add(LeadGrouping.OWNER, "sam", 20, 2)
            .add(LeadGrouping.OWNER, "rita", 30, 3)
            .build();

    Accountability sams =
        Accountability.of(
            new Accountability.Grouping(Dimension.SALES_OWNER, LAST_TWO_YEARS, Rows.only("sam")),
            facts,
            leads,
            TODAY);

    assertThat(sams.rows()).extracting(Accountability.Row::value).containsExactly("sam");
    assertThat(sams.total().arrWon()).isEqualTo(figure("15000.00", 2));
    assertThat(sams.total().leads()).isEqualTo(figure("20", 20));
    assertThat(sams.total()).isEqualTo(sams.rows().getFirst().figures());
  }

  private static Figures total(RevenueFacts facts) {
    return Accountability.of(
            new Accountability.Grouping(Dimension.CAMPAIGN, LAST_TWO_YEARS, Rows.every()),
            facts,
            null,
            TODAY)
        .total();
  }

  private static Figure figure(String value, long n) {
    return new Figure(new BigDecimal(value), n);
  }
}

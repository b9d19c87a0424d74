package io.baton.retention.revenue.domain;

import static io.baton.retention.revenue.domain.RevenueFixtures.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.retention.customer.domain.ArrChangeCause;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The customers lost in a period, per dimension and in total, on a small set worked out by hand.
 * The period is 2027-04-01 to 2027-06-30 (a quarter):
 *
 * <pre>
 * id  campaign        closed      ARR    then                          returns contact    late missed accept months
 * a   spring-webinar  2026-01-15  50000  40000 2026-06-01, 0 2027-05-10  1     30, in SLA  yes  1      12.5  15
 * b   spring-webinar  2027-04-20  20000  0 2027-06-25                    0    300, late    no   0       3.0   2
 * c   paid-search     2025-03-01  30000  0 2027-03-31 (before)           0     10, in SLA  no   0       1.0   -
 * d   (none)          2026-12-01  10000  0 2027-04-01 (first day)        -      -          -    -        -     4
 * e   paid-search     2027-05-01  15000  still a customer                0     10, in SLA  no   0       1.0   -
 * f   paid-search     2026-06-30   8000  0 2027-06-30 (last day)         2     45, late    yes  0      40.0  12
 * </pre>
 *
 * Days to value: a 40, b 20, c 15, e 15, f 60.
 */
class LossesTest {

  private static final RevenuePeriod QUARTER =
      new RevenuePeriod(LocalDate.parse("2027-04-01"), LocalDate.parse("2027-06-30"));

  private static RevenueFixtures.Facts customers() {
    return new RevenueFixtures.Facts()
        .with(
            aCustomer("a")
                .campaign("spring-webinar")
                .salesOwner("sam")
                .closedOn("2026-01-15")
                .startingArr("50000")
                .arrOn("2026-06-01", "40000", ArrChangeCause.DOWNGRADED)
                .arrOn("2027-05-10", "0", ArrChangeCause.CHURNED)
                .handoffReturns(1)
                .firstContactAfter(30, true)
                .firstValueAfter(40, true, 1)
                .hoursToAccept("12.5"),
            aCustomer("b")
                .campaign("spring-webinar")
                .salesOwner("rita")
                .closedOn("2027-04-20")
                .startingArr("20000")
                .arrOn("2027-06-25", "0", ArrChangeCause.CHURNED)
                .handoffReturns(0)
                .firstContactAfter(300, false)
                .firstValueAfter(20, false, 0)
                .hoursToAccept("3"),
            aCustomer("c")
                .campaign("paid-search")
                .salesOwner("sam")
                .closedOn("2025-03-01")
                .startingArr("30000")
                .arrOn("2027-03-31", "0", ArrChangeCause.CHURNED)
                .handoffReturns(0)
                .firstContactAfter(10, true)
                .firstValueAfter(15, false, 0)
                .hoursToAccept("1"),
            aCustomer("d")
                .closedOn("2026-12-01")
                .startingArr("10000")
                .arrOn("2027-04-01", "0", ArrChangeCause.CHURNED),
            aCustomer("e")
                .campaign("paid-search")
                .closedOn("2027-05-01")
                .startingArr("15000")
                .handoffReturns(0)
                .firstContactAfter(10, true)
                .firstValueAfter(15, false, 0)
                .hoursToAccept("1"),
            aCustomer("f")
                .campaign("paid-search")
                .salesOwner("sam")
                .closedOn("2026-06-30")
                .startingArr("8000")
                .arrOn("2027-06-30", "0", ArrChangeCause.CHURNED)
                .handoffReturns(2)
                .firstContactAfter(45, false)
                .firstValueAfter(60, true, 0)
                .hoursToAccept("40"));
  }

  @Test
  void countsTheCustomersLostInThePeriodWheneverTheyClosedPerRowAndInTotal() {
    Losses losses = Losses.of(grouping(Dimension.CAMPAIGN, Rows.every()), customers());

    // in order: customersLost, arrLost, shareBriefReturned, shareFirstContactOutsideSla,
    // shareFirstValueLate, sharePromiseMissed, medianHoursToAccept, medianDaysToValue,
    // medianMinutesToFirstContact, medianMonthsAsCustomer
    assertThat(rows(losses))
        .containsExactly(
            // f only: c churned the day before the period, e did not churn
            "paid-search: 1/1 8000/1 1/1 1/1 1/1 0/1 40/1 60/1 45/1 12/1",
            // a (closed before the period, lost in it) and b (closed and lost in it)
            "spring-webinar: 2/2 60000/2 0.5/2 0.5/2 0.5/2 0.5/2 7.75/2 30/2 165/2 8.5/2",
            // d, without a lineage: only its months as a customer are known
            "null: 1/1 10000/1 null/0 null/0 null/0 null/0 null/0 null/0 null/0 4/1");
    assertThat(figures(losses.total()))
        .isEqualTo("4/4 78000/4 0.6667/3 0.6667/3 0.6667/3 0.3333/3 12.5/3 40/3 45/3 8/4");
  }

  @Test
  void theArrLostIsTheArrJustBeforeTheChurnNotTheStartingArr() {
    Losses losses =
        Losses.of(grouping(Dimension.CAMPAIGN, Rows.only("spring-webinar")), customers());

    // a started on 50000 and was downgraded to 40000 before it churned; b churned from 20000
    assertThat(losses.total().arrLost().value()).isEqualByComparingTo("60000");
    assertThat(losses.rows()).extracting(Losses.Row::value).containsExactly("spring-webinar");
  }

  @Test
  void countsOnlyTheRowsThatMayBeSeenInTheTotal() {
    Losses sams = Losses.of(grouping(Dimension.SALES_OWNER, Rows.only("sam")), customers());

    assertThat(rows(sams))
        .containsExactly("sam: 2/2 48000/2 1/2 0.5/2 1/2 0.5/2 26.25/2 50/2 37.5/2 13.5/2");
    assertThat(figures(sams.total())).isEqualTo(rows(sams).getFirst().substring(5));
  }

  @Test
  void hasNoRowsAndEmptyFiguresWhenNoCustomerWasLost() {
    Losses none =
        Losses.of(
            new Accountability.Grouping(
                Dimension.CAMPAIGN,
                new RevenuePeriod(LocalDate.parse("2020-01-01"), LocalDate.parse("2020-12-31")),
                Rows.every()),
            customers());

    assertThat(none.rows()).isEmpty();
    assertThat(figures(none.total()))
        .isEqualTo("0/0 0/0 null/0 null/0 null/0 null/0 null/0 null/0 null/0 null/0");
  }

  @Test
  void theDrillDownOfTheLostListsTheCustomersLostMostRecentlyLostFirst() {
    List<String> lost =
        new CustomerSelection(Dimension.CAMPAIGN, QUARTER, Rows.every(), Basis.LOST)
            .from(customers()).stream().map(CustomerFacts::customerId).toList();
    List<String> webinarLost =
        new CustomerSelection(Dimension.CAMPAIGN, QUARTER, Rows.only("spring-webinar"), Basis.LOST)
            .from(customers()).stream().map(CustomerFacts::customerId).toList();
    List<String> closed =
        new CustomerSelection(Dimension.CAMPAIGN, QUARTER, Rows.every())
            .from(customers()).stream().map(CustomerFacts::customerId).toList();

    assertThat(lost).containsExactly("f", "b", "a", "d");
    assertThat(webinarLost).containsExactly("b", "a");
    assertThat(closed).containsExactly("e", "b");
  }

  @Test
  void monthsAsACustomerAreWholeCalendarMonthsFromTheCloseToTheChurn() {
    assertThat(months("2026-01-31", "2026-02-28")).isZero();
    assertThat(months("2026-01-15", "2026-03-14")).isEqualTo(1);
    assertThat(months("2026-01-15", "2026-03-15")).isEqualTo(2);
    assertThat(months("2025-06-30", "2026-06-30")).isEqualTo(12);
    assertThat(months("2026-06-30", "2026-06-01")).isZero();
  }

  private static int months(String closed, String churned) {
    CustomerFacts facts =
        aCustomer("m").closedOn(closed).arrOn(churned, "0", ArrChangeCause.CHURNED).facts();
    return LossSums.monthsAsCustomer(facts);
  }

  private static Accountability.Grouping grouping(Dimension dimension, Rows visible) {
    return new Accountability.Grouping(dimension, QUARTER, visible);
  }

  private static List<String> rows(Losses losses) {
    return losses.rows().stream()
        .map(row -> (row.value() == null ? "null" : row.value()) + ": " + figures(row.figures()))
        .toList();
  }

  private static String figures(LossFigures f) {
    return String.join(
        " ",
        List.of(
                f.customersLost(),
                f.arrLost(),
                f.shareBriefReturned(),
                f.shareFirstContactOutsideSla(),
                f.shareFirstValueLate(),
                f.sharePromiseMissed(),
                f.medianHoursToAccept(),
                f.medianDaysToValue(),
                f.medianMinutesToFirstContact(),
                f.medianMonthsAsCustomer())
            .stream()
            .map(LossesTest::figure)
            .toList());
  }

  private static String figure(Figure figure) {
    BigDecimal value = figure.value();
    return (value == null ? "null" : value.stripTrailingZeros().toPlainString()) + "/" + figure.n();
  }
}

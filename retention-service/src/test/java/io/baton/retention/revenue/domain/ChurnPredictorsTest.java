package io.baton.retention.revenue.domain;

import static io.baton.retention.revenue.domain.RevenueFixtures.TODAY;
import static io.baton.retention.revenue.domain.RevenueFixtures.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.retention.customer.domain.ArrChangeCause;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChurnPredictorsTest {

  private static final RevenuePeriod PERIOD = new RevenuePeriod(TODAY.minusYears(2), TODAY);

  @Test
  void comparesTheCustomersWithEachFactorToThoseWithoutAndLeavesOutThoseNotKnown() {
    RevenueFixtures.Facts facts =
        new RevenueFixtures.Facts()
            .with(
                aCustomer("returned-churned")
                    .closedDaysAgo(400)
                    .startingArr("10000")
                    .handoffReturns(2)
                    .firstContactAfter(90, false)
                    .firstValueAfter(50, true, 1)
                    .arrAfterDays(200, "0", ArrChangeCause.CHURNED),
                aCustomer("returned-kept")
                    .closedDaysAgo(370)
                    .startingArr("30000")
                    .handoffReturns(1)
                    .firstContactAfter(10, true)
                    .firstValueAfter(20, false, 0),
                aCustomer("clean")
                    .closedDaysAgo(100)
                    .startingArr("20000")
                    .handoffReturns(0)
                    .firstContactAfter(5, true)
                    .firstValueAfter(15, false, 0),
                aCustomer("nothing-known").closedDaysAgo(500).startingArr("5000"));

    ChurnPredictors predictors = ChurnPredictors.of(PERIOD, facts, TODAY);

    assertThat(predictors.factors())
        .extracting(ChurnPredictors.Comparison::factor)
        .containsExactly(
            ChurnFactor.BRIEF_RETURNED,
            ChurnFactor.FIRST_VALUE_LATE,
            ChurnFactor.PROMISE_MISSED,
            ChurnFactor.FIRST_CONTACT_OUTSIDE_SLA);
    ChurnPredictors.Comparison returned = predictors.factors().get(0);
    // with: returned-churned (GRR 365: 0 of 10000) and returned-kept (30000 of 30000)
    assertThat(returned.with())
        .isEqualTo(
            new ChurnPredictors.Cohort(
                2, 1, new BigDecimal("0.5000"), new Figure(new BigDecimal("0.7500"), 2)));
    // without: clean, closed 100 days ago, has no 365-day retention yet
    assertThat(returned.without())
        .isEqualTo(new ChurnPredictors.Cohort(1, 0, new BigDecimal("0.0000"), new Figure(null, 0)));
    ChurnPredictors.Comparison late = predictors.factors().get(1);
    assertThat(late.with().customers()).isEqualTo(1);
    assertThat(late.with().churnRate()).isEqualByComparingTo("1");
    assertThat(late.without().customers()).isEqualTo(2);
    ChurnPredictors.Comparison outsideSla = predictors.factors().get(3);
    assertThat(outsideSla.with().customers()).isEqualTo(1);
    assertThat(outsideSla.without().customers()).isEqualTo(2);
  }

  @Test
  void anEmptyCohortHasNoChurnRate() {
    ChurnPredictors predictors = ChurnPredictors.of(PERIOD, new RevenueFixtures.Facts(), TODAY);

    assertThat(predictors.factors().getFirst().with())
        .isEqualTo(new ChurnPredictors.Cohort(0, 0, null, new Figure(null, 0)));
  }
}

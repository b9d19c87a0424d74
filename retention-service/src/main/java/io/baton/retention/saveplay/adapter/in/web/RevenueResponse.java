package io.baton.retention.saveplay.adapter.in.web;

import io.baton.retention.saveplay.application.RevenueQueries.RevenueView;
import io.baton.retention.saveplay.domain.ArrAtRisk;
import io.baton.retention.saveplay.domain.CohortRetention;
import io.baton.retention.saveplay.domain.PlayResults;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Which work protected revenue. Per play: win rate = saved ÷ (saved + downgraded + churned); saved
 * ARR = ARR its outcomes kept, lost ARR = ARR they lost. Per contract-month cohort: GRR = Σ
 * min(starting, current ARR) ÷ Σ starting ARR, NRR = Σ current ARR ÷ Σ starting ARR. ARR at risk:
 * the ARR of customers (not churned) in yellow and red now.
 */
record RevenueResponse(List<Play> plays, List<Cohort> cohorts, AtRisk arrAtRisk, Instant asOf) {

  static RevenueResponse of(RevenueView view) {
    return new RevenueResponse(
        view.plays().stream().map(Play::of).toList(),
        view.cohorts().stream().map(Cohort::of).toList(),
        AtRisk.of(view.arrAtRisk()),
        view.asOf());
  }

  record Play(
      String play,
      long interventions,
      long active,
      long saved,
      long downgraded,
      long churned,
      Double winRate,
      BigDecimal savedArr,
      BigDecimal lostArr) {
    static Play of(PlayResults results) {
      return new Play(
          results.play(),
          results.interventions(),
          results.active(),
          results.saved(),
          results.downgraded(),
          results.churned(),
          results.winRate(),
          results.savedArr(),
          results.lostArr());
    }
  }

  record Cohort(
      String cohort,
      long customers,
      BigDecimal startingArr,
      BigDecimal currentArr,
      BigDecimal retainedArr,
      BigDecimal grossRevenueRetention,
      BigDecimal netRevenueRetention) {
    static Cohort of(CohortRetention cohort) {
      return new Cohort(
          cohort.cohort(),
          cohort.customers(),
          cohort.startingArr(),
          cohort.currentArr(),
          cohort.retainedArr(),
          cohort.grossRevenueRetention(),
          cohort.netRevenueRetention());
    }
  }

  record AtRisk(
      BigDecimal total,
      BigDecimal yellowArr,
      long yellowCustomers,
      BigDecimal redArr,
      long redCustomers) {
    static AtRisk of(ArrAtRisk atRisk) {
      return new AtRisk(
          atRisk.total(),
          atRisk.yellowArr(),
          atRisk.yellowCustomers(),
          atRisk.redArr(),
          atRisk.redCustomers());
    }
  }
}

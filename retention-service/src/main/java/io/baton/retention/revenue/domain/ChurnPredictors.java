package io.baton.retention.revenue.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Cohort comparisons, no model: for each {@link ChurnFactor}, the customers closed in a period that
 * had it against those that had not — how many, how many churned, the churn rate and the gross
 * revenue retention 365 days after the close — side by side.
 */
public record ChurnPredictors(RevenuePeriod period, List<Comparison> factors) {

  /** One factor: the customers with it and those without. */
  public record Comparison(ChurnFactor factor, Cohort with, Cohort without) {}

  /**
   * Customers of one cohort, how many of them churned, the churn rate (churned ÷ customers, four
   * decimals; null for none) and their GRR 365 days after the close.
   */
  public record Cohort(long customers, long churned, BigDecimal churnRate, Figure grr365) {}

  public static ChurnPredictors of(RevenuePeriod period, RevenueFacts facts, LocalDate today) {
    int factors = ChurnFactor.values().length;
    CohortSums[] with = new CohortSums[factors];
    CohortSums[] without = new CohortSums[factors];
    for (int i = 0; i < factors; i++) {
      with[i] = new CohortSums(today);
      without[i] = new CohortSums(today);
    }
    for (CustomerFacts customer : facts.customers()) {
      if (!period.contains(customer.contractDate())) {
        continue;
      }
      for (ChurnFactor factor : ChurnFactor.values()) {
        Boolean had = factor.had(customer);
        if (had != null) {
          (had ? with : without)[factor.ordinal()].add(customer);
        }
      }
    }
    List<Comparison> comparisons = new ArrayList<>(factors);
    for (ChurnFactor factor : ChurnFactor.values()) {
      comparisons.add(
          new Comparison(
              factor, with[factor.ordinal()].cohort(), without[factor.ordinal()].cohort()));
    }
    return new ChurnPredictors(period, List.copyOf(comparisons));
  }

  private static final class CohortSums {

    private final FigureSums sums;
    private long churned;

    CohortSums(LocalDate today) {
      this.sums = new FigureSums(today);
    }

    void add(CustomerFacts customer) {
      sums.add(customer, List.of());
      if (customer.churned()) {
        churned++;
      }
    }

    Cohort cohort() {
      long customers = sums.customers();
      return new Cohort(
          customers, churned, Figure.ratio(churned, customers, customers).value(), sums.grr365());
    }
  }
}

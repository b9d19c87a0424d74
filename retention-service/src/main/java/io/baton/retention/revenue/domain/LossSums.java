package io.baton.retention.revenue.domain;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Adds up the lost customers of one group, one at a time, into its {@link LossFigures}: how many,
 * the ARR they had just before the churn, per {@link ChurnFactor} how many had it of those for whom
 * it is known, and the values of the medians.
 */
public final class LossSums {

  private long customers;
  private long arrLost;
  private final long[] had = new long[ChurnFactor.values().length];
  private final long[] known = new long[ChurnFactor.values().length];
  private final Values hoursToAcceptTenths = new Values();
  private final Values daysToValue = new Values();
  private final Values minutesToFirstContact = new Values();
  private final Values monthsAsCustomer = new Values();

  /** Adds a customer lost (one with a {@link CustomerFacts#churnedOn}). */
  public void add(CustomerFacts customer) {
    customers++;
    arrLost += customer.arrBeforeChurnCents();
    for (ChurnFactor factor : ChurnFactor.values()) {
      Boolean hadIt = factor.had(customer);
      if (hadIt != null) {
        known[factor.ordinal()]++;
        if (hadIt) {
          had[factor.ordinal()]++;
        }
      }
    }
    hoursToAcceptTenths.add(customer.hoursToAcceptTenths());
    daysToValue.add(customer.daysToValue());
    minutesToFirstContact.add(customer.minutesToFirstContact());
    monthsAsCustomer.add(monthsAsCustomer(customer));
  }

  /**
   * Whole calendar months from the contract date to the churn day (2 months and 20 days count 2); 0
   * for a churn before the close.
   */
  static int monthsAsCustomer(CustomerFacts customer) {
    long months = ChronoUnit.MONTHS.between(customer.contractDate(), customer.churnedOn());
    return (int) Math.max(0, Math.min(months, Integer.MAX_VALUE));
  }

  public LossFigures figures() {
    return new LossFigures(
        Figure.count(customers),
        Figure.money(arrLost, customers),
        share(ChurnFactor.BRIEF_RETURNED),
        share(ChurnFactor.FIRST_CONTACT_OUTSIDE_SLA),
        share(ChurnFactor.FIRST_VALUE_LATE),
        share(ChurnFactor.PROMISE_MISSED),
        Figure.medianOfTenths(hoursToAcceptTenths.values, hoursToAcceptTenths.size),
        Figure.median(daysToValue.values, daysToValue.size),
        Figure.median(minutesToFirstContact.values, minutesToFirstContact.size),
        Figure.median(monthsAsCustomer.values, monthsAsCustomer.size));
  }

  private Figure share(ChurnFactor factor) {
    long n = known[factor.ordinal()];
    return Figure.ratio(had[factor.ordinal()], n, n);
  }

  /** The known values of one median. */
  private static final class Values {

    private int[] values = new int[4];
    private int size;

    void add(Integer value) {
      if (value == null) {
        return;
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[size++] = value;
    }
  }
}

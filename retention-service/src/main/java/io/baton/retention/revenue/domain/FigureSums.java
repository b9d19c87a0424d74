package io.baton.retention.revenue.domain;

import io.baton.retention.saveplay.domain.Outcome;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Adds up the customers of one group, one at a time, into its {@link Figures}: sums, counts, the
 * values of its medians, and per horizon the starting, retained and current ARR of the customers
 * whose close + horizon is on or before today.
 */
public final class FigureSums {

  private final LocalDate today;
  private long customers;
  private long startingArr;
  private int[] minutesToFirstContact = new int[4];
  private int minutesCount;
  private int[] daysToValue = new int[4];
  private int daysCount;
  private long handoffReturns;
  private long handoffReturnsKnown;
  private long notChurned;
  private long red;
  private long churnedArr;
  private long churnedPlays;
  private long downgradedArr;
  private long downgradedPlays;
  private long savedArr;
  private long savingPlays;
  private long savePlaysWon;
  private long savePlaysClosed;
  private final Horizon[] horizons = new Horizon[CustomerFacts.HORIZONS.size()];

  /** Sums for the figures as of {@code today} (which horizons have passed). */
  public FigureSums(LocalDate today) {
    this.today = today;
    for (int i = 0; i < horizons.length; i++) {
      horizons[i] = new Horizon(CustomerFacts.HORIZONS.get(i));
    }
  }

  /** Adds a customer and the save plays it had that ended. */
  public void add(CustomerFacts customer, List<SavePlayFacts> savePlays) {
    customers++;
    startingArr += customer.startingArrCents();
    if (customer.minutesToFirstContact() != null) {
      minutesToFirstContact = room(minutesToFirstContact, minutesCount);
      minutesToFirstContact[minutesCount++] = customer.minutesToFirstContact();
    }
    if (customer.daysToValue() != null) {
      daysToValue = room(daysToValue, daysCount);
      daysToValue[daysCount++] = customer.daysToValue();
    }
    if (customer.handoffReturns() != null) {
      handoffReturns += customer.handoffReturns();
      handoffReturnsKnown++;
    }
    if (!customer.churned()) {
      notChurned++;
      if (customer.redNow()) {
        red++;
      }
    }
    for (SavePlayFacts play : savePlays) {
      savePlaysClosed++;
      if (play.outcome() == Outcome.SAVED) {
        savePlaysWon++;
      }
      switch (play.outcome()) {
        case SAVED -> {
          savedArr += play.arrKeptCents();
          savingPlays++;
        }
        case DOWNGRADED -> {
          savedArr += play.arrKeptCents();
          savingPlays++;
          downgradedArr += play.arrLostCents();
          downgradedPlays++;
        }
        case CHURNED -> {
          churnedArr += play.arrLostCents();
          churnedPlays++;
        }
      }
    }
    for (Horizon horizon : horizons) {
      horizon.add(customer, today);
    }
  }

  /** The customers added. */
  public long customers() {
    return customers;
  }

  /**
   * The figures of the customers added; {@code leads} are lead-service's counts for the group, or
   * null when they are not known (not read yet, or the dimension has none).
   */
  public Figures figures(LeadCounts.Count leads) {
    return new Figures(
        leads == null ? Figure.UNKNOWN : Figure.count(leads.leads()),
        leads == null ? Figure.UNKNOWN : Figure.count(leads.converted(), leads.leads()),
        Figure.money(startingArr, customers),
        Figure.median(minutesToFirstContact, minutesCount),
        Figure.count(handoffReturns, handoffReturnsKnown),
        Figure.median(daysToValue, daysCount),
        Figure.ratio(red, notChurned, notChurned),
        Figure.money(churnedArr, churnedPlays),
        Figure.money(downgradedArr, downgradedPlays),
        Figure.money(savedArr, savingPlays),
        Figure.ratio(savePlaysWon, savePlaysClosed, savePlaysClosed),
        horizons[0].gross(),
        horizons[1].gross(),
        horizons[2].gross(),
        horizons[0].net(),
        horizons[1].net(),
        horizons[2].net());
  }

  /** Gross revenue retention 365 days after the close, for the churn predictors. */
  Figure grr365() {
    return horizons[2].gross();
  }

  private static int[] room(int[] values, int size) {
    return size < values.length ? values : Arrays.copyOf(values, values.length * 2);
  }

  /**
   * The customers whose close + {@code days} is on or before today: their starting ARR, the ARR
   * they kept of it on that day (no more than they started with) and the ARR they had then.
   */
  private static final class Horizon {

    private final int days;
    private long customers;
    private long starting;
    private long retained;
    private long current;

    Horizon(int days) {
      this.days = days;
    }

    void add(CustomerFacts customer, LocalDate today) {
      if (customer.contractDate().plusDays(days).isAfter(today)) {
        return;
      }
      long then = customer.arrAfterCents(days);
      customers++;
      starting += customer.startingArrCents();
      retained += Math.min(then, customer.startingArrCents());
      current += then;
    }

    /** GRR = Σ min(ARR then, starting ARR) ÷ Σ starting ARR. */
    Figure gross() {
      return Figure.ratio(retained, starting, customers);
    }

    /** NRR = Σ ARR then ÷ Σ starting ARR. */
    Figure net() {
      return Figure.ratio(current, starting, customers);
    }
  }
}

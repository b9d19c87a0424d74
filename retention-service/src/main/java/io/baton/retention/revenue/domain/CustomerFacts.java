package io.baton.retention.revenue.domain;

import io.baton.retention.customer.domain.ArrChange;
import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.customer.domain.Lineage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * What the revenue figures need of one customer, and no more: its version (a later one replaces an
 * earlier), the dimensions it is grouped by, its contract (close) date, its ARR at the start, now,
 * and on the day 90, 180 and 365 days after the close (in cents), whether it churned or is red now,
 * the day it was lost and its ARR just before ({@link Churn}; null and 0 when it was not), and the
 * lineage's timings and counts (hours to accept in tenths). The ARR on those days is fixed once
 * they have passed; before they have, it is the ARR now, which is what it will be unless it changes
 * — and a change brings new facts.
 */
public record CustomerFacts(
    String customerId,
    long version,
    LocalDate contractDate,
    long startingArrCents,
    long arrNowCents,
    long arrAfter90Cents,
    long arrAfter180Cents,
    long arrAfter365Cents,
    Lifecycle lifecycle,
    boolean redNow,
    LocalDate churnedOn,
    long arrBeforeChurnCents,
    String campaign,
    String sourceChannel,
    String leadPlay,
    String salesOwner,
    String accountManager,
    String segment,
    Integer minutesToFirstContact,
    Boolean firstContactWithinSla,
    Integer handoffReturns,
    Integer hoursToAcceptTenths,
    Integer daysToValue,
    Boolean firstValueLate,
    Integer promisesMissed) {

  /** The horizons of gross and net revenue retention, in days after the close. */
  public static final List<Integer> HORIZONS = List.of(90, 180, 365);

  /**
   * The facts of a customer as stored.
   *
   * @param profileSegment its segment now, for a lineage that does not name one
   * @param band its health band now ({@code red}, …), as stored
   */
  public static CustomerFacts of(
      String customerId,
      long version,
      Commercial commercial,
      Lifecycle lifecycle,
      String band,
      String accountManager,
      String profileSegment,
      Lineage lineage) {
    Lineage known = lineage == null ? Lineage.UNKNOWN : lineage;
    LocalDate close = commercial.contractDate();
    Churn churn = commercial.churn();
    return new CustomerFacts(
        customerId,
        version,
        close,
        Cents.of(commercial.startingArr()),
        Cents.of(commercial.arr()),
        commercial.arrCentsOn(close.plusDays(90)),
        commercial.arrCentsOn(close.plusDays(180)),
        commercial.arrCentsOn(close.plusDays(365)),
        lifecycle,
        band != null && band.equalsIgnoreCase("red"),
        churn == null ? null : churn.on(),
        churn == null ? 0 : churn.arrBeforeCents(),
        shared(known.campaign()),
        shared(known.sourceChannel()),
        shared(known.leadPlay()),
        shared(known.salesOwner()),
        shared(accountManager),
        shared(known.segment() != null ? known.segment() : profileSegment),
        known.minutesToFirstContact(),
        known.firstContactWithinSla(),
        known.handoffReturns(),
        tenths(known.hoursToAccept()),
        known.daysToValue(),
        known.firstValueLate(),
        known.promisesMissed());
  }

  /** The ARR in cents on the day {@code days} after the close (one of the {@link #HORIZONS}). */
  public long arrAfterCents(int days) {
    return switch (days) {
      case 90 -> arrAfter90Cents;
      case 180 -> arrAfter180Cents;
      case 365 -> arrAfter365Cents;
      default ->
          throw new IllegalArgumentException("No ARR kept " + days + " days after the close");
    };
  }

  public boolean churned() {
    return lifecycle == Lifecycle.CHURNED;
  }

  /** Hours (one decimal) as whole tenths of an hour; null stays null. */
  private static Integer tenths(BigDecimal hours) {
    return hours == null
        ? null
        : hours.movePointRight(1).setScale(0, RoundingMode.HALF_UP).intValue();
  }

  /**
   * The values every customer shares with many (campaigns, owners, segments) are kept once, not
   * once per customer.
   */
  private static String shared(String value) {
    return value == null ? null : value.intern();
  }

  /**
   * The customer's money over time: the contract (close) date, the ARR it started with, the ARR it
   * has now and how it changed in between.
   */
  public record Commercial(
      LocalDate contractDate, BigDecimal startingArr, BigDecimal arr, List<ArrChange> arrChanges) {

    public Commercial {
      arrChanges = arrChanges == null ? List.of() : arrChanges;
    }

    long arrCentsOn(LocalDate day) {
      return Cents.of(ArrChange.arrOn(day, startingArr, arrChanges));
    }

    /** When the customer was lost, and its ARR just before; null when it was not. */
    Churn churn() {
      return Churn.of(startingArr, arrChanges);
    }
  }
}

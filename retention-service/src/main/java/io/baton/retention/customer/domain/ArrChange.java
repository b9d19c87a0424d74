package io.baton.retention.customer.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The customer's ARR from a day on ({@code on}, UTC), and why it changed. With the starting ARR
 * (the contract's, from the contract date) the changes tell the ARR on any day: {@link #arrOn}.
 */
public record ArrChange(LocalDate on, BigDecimal arr, ArrChangeCause cause) {

  /**
   * The ARR on {@code day}: that of the last change on or before it, else the starting ARR. The
   * changes are in the order they happened.
   */
  public static BigDecimal arrOn(LocalDate day, BigDecimal startingArr, List<ArrChange> changes) {
    BigDecimal arr = startingArr;
    for (ArrChange change : changes) {
      if (change.on().isAfter(day)) {
        break;
      }
      arr = change.arr();
    }
    return arr;
  }

  /**
   * The history of a customer stored before ARR changes were kept: its starting ARR until its last
   * update, the ARR it has now from then on. Nothing more is known; when both are the same there is
   * no change at all.
   */
  public static List<ArrChange> assumedBeforeHistory(
      BigDecimal startingArr, BigDecimal arr, Instant lastUpdate, Lifecycle lifecycle) {
    if (startingArr == null
        || arr == null
        || lastUpdate == null
        || arr.compareTo(startingArr) == 0) {
      return List.of();
    }
    ArrChangeCause cause =
        lifecycle == Lifecycle.CHURNED ? ArrChangeCause.CHURNED : ArrChangeCause.PROFILE;
    return List.of(new ArrChange(LocalDate.ofInstant(lastUpdate, ZoneOffset.UTC), arr, cause));
  }
}

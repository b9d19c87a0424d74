package io.baton.retention.revenue.domain;

import io.baton.retention.customer.domain.ArrChange;
import io.baton.retention.customer.domain.ArrChangeCause;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * When a customer was lost: the day ({@code on}, UTC) of its last ARR change to 0 caused by churn
 * ({@link ArrChangeCause#CHURNED}), and the ARR it had just before that change, in cents. A
 * customer stored before ARR changes were kept has the history {@link
 * ArrChange#assumedBeforeHistory} gives it: churned on the day of its last update.
 */
public record Churn(LocalDate on, long arrBeforeCents) {

  /** The customer's churn, from its starting ARR and its ARR changes in order; null for none. */
  public static Churn of(BigDecimal startingArr, List<ArrChange> changes) {
    Churn churn = null;
    BigDecimal before = startingArr;
    for (ArrChange change : changes) {
      if (change.cause() == ArrChangeCause.CHURNED
          && change.on() != null
          && change.arr() != null
          && change.arr().signum() == 0) {
        churn = new Churn(change.on(), Cents.of(before));
      }
      before = change.arr();
    }
    return churn;
  }
}

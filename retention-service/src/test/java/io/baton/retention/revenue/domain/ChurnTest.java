package io.baton.retention.revenue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.retention.customer.domain.ArrChange;
import io.baton.retention.customer.domain.ArrChangeCause;
import io.baton.retention.customer.domain.Lifecycle;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day a customer was lost and its ARR just before, from its ARR changes. */
class ChurnTest {

  private static final BigDecimal STARTING = new BigDecimal("50000");

  @Test
  void aCustomerWithoutAChurnToZeroWasNotLost() {
    assertThat(Churn.of(STARTING, List.of())).isNull();
    assertThat(Churn.of(STARTING, List.of(change("2026-03-01", "0", ArrChangeCause.DOWNGRADED))))
        .isNull();
  }

  @Test
  void theArrLostIsWhatTheCustomerHadJustBeforeTheChurn() {
    Churn churn =
        Churn.of(
            STARTING,
            List.of(
                change("2026-03-01", "40000", ArrChangeCause.DOWNGRADED),
                change("2026-05-01", "45000", ArrChangeCause.PROFILE),
                change("2026-07-15", "0", ArrChangeCause.CHURNED)));

    assertThat(churn).isEqualTo(new Churn(LocalDate.parse("2026-07-15"), 4_500_000));
    assertThat(Churn.of(STARTING, List.of(change("2026-07-15", "0", ArrChangeCause.CHURNED))))
        .isEqualTo(new Churn(LocalDate.parse("2026-07-15"), 5_000_000));
  }

  @Test
  void theLastChurnCounts() {
    Churn churn =
        Churn.of(
            STARTING,
            List.of(
                change("2026-03-01", "0", ArrChangeCause.CHURNED),
                change("2026-04-01", "12000", ArrChangeCause.PROFILE),
                change("2026-09-01", "0", ArrChangeCause.CHURNED)));

    assertThat(churn).isEqualTo(new Churn(LocalDate.parse("2026-09-01"), 1_200_000));
  }

  @Test
  void aChurnedCustomerStoredBeforeArrChangesWereKeptWasLostOnTheDayOfItsLastUpdate() {
    List<ArrChange> assumed =
        ArrChange.assumedBeforeHistory(
            STARTING, BigDecimal.ZERO, Instant.parse("2026-08-20T10:00:00Z"), Lifecycle.CHURNED);

    assertThat(Churn.of(STARTING, assumed))
        .isEqualTo(new Churn(LocalDate.parse("2026-08-20"), 5_000_000));
  }

  private static ArrChange change(String on, String arr, ArrChangeCause cause) {
    return new ArrChange(LocalDate.parse(on), new BigDecimal(arr), cause);
  }
}

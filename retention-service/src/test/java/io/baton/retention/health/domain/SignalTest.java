package io.baton.retention.health.domain;

import static io.baton.retention.health.domain.Fixtures.aSignal;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.retention.shared.domain.InputProblem;
import org.junit.jupiter.api.Test;

class SignalTest {

  @Test
  void productUsageNeedsAShareFromZeroToOne() {
    assertThat(aSignal("u-1", SignalType.PRODUCT_USAGE).value(0.6).build().problems()).isEmpty();
    assertThat(fields(aSignal("u-1", SignalType.PRODUCT_USAGE).value(1.5).build()))
        .containsExactly("value");
    assertThat(fields(aSignal("u-1", SignalType.PRODUCT_USAGE).build())).containsExactly("value");
  }

  @Test
  void surveyAnswersAreWholeNumbersOnTheirScale() {
    assertThat(aSignal("n-1", SignalType.NPS_RESPONSE).value(0).build().problems()).isEmpty();
    assertThat(fields(aSignal("n-1", SignalType.NPS_RESPONSE).value(7.5).build()))
        .containsExactly("value");
    assertThat(fields(aSignal("n-1", SignalType.NPS_RESPONSE).value(-20).build()))
        .containsExactly("value");
    assertThat(fields(aSignal("c-1", SignalType.CSAT_RESPONSE).value(0).build()))
        .containsExactly("value");
  }

  @Test
  void slipsAndLatePaymentsSayHowLate() {
    assertThat(fields(aSignal("s-1", SignalType.ONBOARDING_SLIP).build()))
        .containsExactly("details.checkpointId", "details.daysLate");
    assertThat(fields(aSignal("p-1", SignalType.PAYMENT_LATE).detail("daysLate", "soon").build()))
        .containsExactly("details.daysLate");
    assertThat(aSignal("p-1", SignalType.PAYMENT_LATE).detail("daysLate", "12").build().daysLate())
        .isEqualTo(12);
  }

  @Test
  void aMissedPromiseNamesThePromise() {
    assertThat(fields(aSignal("m-1", SignalType.PROMISE_MISSED).detail("reason", "late").build()))
        .containsExactly("details.promiseId");
    assertThat(
            aSignal("m-1", SignalType.PROMISE_MISSED)
                .detail("promiseText", "SSO")
                .build()
                .problems())
        .isEmpty();
  }

  @Test
  void detailKeysMustBeSafeToStore() {
    assertThat(fields(aSignal("x-1", SignalType.CHAMPION_LEFT).detail("who.name", "Cleo").build()))
        .containsExactly("details.who.name");
  }

  @Test
  void theSameSignalIsRecognisedWhateverTheTimeItArrived() {
    Signal first = aSignal("t-1", SignalType.SUPPORT_TICKET_OPENED).detail("ticket", "T-1").build();
    Signal again =
        Signal.reported(
            "t-1",
            "deal-1",
            SignalType.SUPPORT_TICKET_OPENED,
            first.occurredAt(),
            null,
            first.details(),
            first.receivedAt().plusSeconds(60));
    Signal other =
        Signal.reported(
            "t-1",
            "deal-2",
            SignalType.SUPPORT_TICKET_OPENED,
            first.occurredAt(),
            null,
            first.details(),
            first.receivedAt());

    assertThat(again.sameAs(first)).isTrue();
    assertThat(other.sameAs(first)).isFalse();
  }

  private static java.util.List<String> fields(Signal signal) {
    return signal.problems().stream().map(InputProblem::field).toList();
  }
}

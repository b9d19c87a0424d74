package io.baton.retention.saveplay.domain;

import static io.baton.retention.health.domain.Fixtures.NOW;
import static io.baton.retention.health.domain.Fixtures.aSignal;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.retention.health.domain.Signal;
import io.baton.retention.health.domain.SignalType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskReasonTest {

  @Test
  void riskReasonsNameWhatTheRecentSignalsStandFor() {
    List<Signal> signals =
        List.of(
            aSignal("u-1", SignalType.PRODUCT_USAGE).value(0.9).build(),
            aSignal("p-1", SignalType.PAYMENT_LATE).detail("daysLate", "5").build(),
            aSignal("c-1", SignalType.CHAMPION_LEFT).daysAgo(200).build(),
            aSignal("s-1", SignalType.ONBOARDING_SLIP)
                .detail("daysLate", "3")
                .detail("checkpointId", "kickoff")
                .build());

    assertThat(RiskReason.signalledBy(signals, NOW.minus(Duration.ofDays(180))))
        .containsExactly(RiskReason.ONBOARDING_SLIP, RiskReason.PAYMENT_LATE);
  }
}

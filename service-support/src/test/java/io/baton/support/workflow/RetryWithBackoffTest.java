package io.baton.support.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryWithBackoffTest {

  private final RetryWithBackoff retry =
      new RetryWithBackoff(
          (exception, context) -> {}, Duration.ofSeconds(2), Duration.ofMinutes(1));

  @Test
  void theBackoffDoublesWithEveryFailure() {
    assertThat(retry.backoffBefore(5)).isEqualTo(Duration.ofSeconds(2));
    assertThat(retry.backoffBefore(4)).isEqualTo(Duration.ofSeconds(4));
    assertThat(retry.backoffBefore(3)).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void theBackoffStopsGrowingAtItsMaximum() {
    assertThat(retry.backoffBefore(-10)).isEqualTo(Duration.ofMinutes(1));
  }
}

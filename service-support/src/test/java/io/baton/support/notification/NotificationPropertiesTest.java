package io.baton.support.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NotificationPropertiesTest {

  private final NotificationProperties properties =
      new NotificationProperties(
          null,
          null,
          null,
          0,
          Duration.ofSeconds(30),
          Duration.ofMinutes(2),
          null,
          null,
          null,
          null);

  @Test
  void doublesTheWaitAfterEachFailedTryUpToTheLongest() {
    assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(properties.backoffAfter(3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(properties.backoffAfter(4)).isEqualTo(Duration.ofSeconds(120));
    assertThat(properties.backoffAfter(40)).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void triesFiveTimesByEmailUnlessToldOtherwise() {
    assertThat(properties.maxAttempts()).isEqualTo(5);
    assertThat(properties.channels()).containsExactly("email");
    assertThat(properties.email().from()).isEqualTo("baton@baton.local");
  }
}

package io.baton.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CorrelationIdTest {

  @Test
  void keepsAPlainIdFromTheCaller() {
    assertThat(CorrelationId.keepOrCreate("journey-2024.0001:a_B"))
        .isEqualTo("journey-2024.0001:a_B");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "forged\r\nINFO admin logged in", "with space", "<script>"})
  void createsANewIdWhenTheCallersIsMissingOrUnsafe(String fromRequest) {
    String created = CorrelationId.keepOrCreate(fromRequest);

    assertThat(UUID.fromString(created).toString()).isEqualTo(created);
  }

  @Test
  void createsANewIdWhenTheCallersIsLongerThan128Characters() {
    assertThat(CorrelationId.keepOrCreate("a".repeat(128))).isEqualTo("a".repeat(128));
    assertThat(CorrelationId.keepOrCreate("a".repeat(129))).hasSize(36);
  }

  @Test
  void createsADifferentIdEachTime() {
    assertThat(CorrelationId.keepOrCreate(null)).isNotEqualTo(CorrelationId.keepOrCreate(null));
  }
}

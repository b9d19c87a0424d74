package io.baton.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class LocalOnlyTest {

  @Test
  void refusesToStartOnEveryAddressOrAPublicOne() {
    assertThatThrownBy(() -> LocalOnly.require(new MockEnvironment()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not on every address");
    assertThatThrownBy(
            () ->
                LocalOnly.require(new MockEnvironment().withProperty("server.address", "0.0.0.0")))
        .hasMessageContaining("not on 0.0.0.0");
    assertThatThrownBy(
            () ->
                LocalOnly.require(new MockEnvironment().withProperty("server.address", "10.1.2.3")))
        .hasMessageContaining("not on 10.1.2.3");
  }

  @Test
  void startsOnALoopbackAddressOrInTheLocalProfile() {
    assertThatCode(
            () ->
                LocalOnly.require(
                    new MockEnvironment().withProperty("server.address", "127.0.0.1")))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> LocalOnly.require(new MockEnvironment().withProperty("server.address", "::1")))
        .doesNotThrowAnyException();
    MockEnvironment local = new MockEnvironment();
    local.setActiveProfiles("local");
    assertThatCode(() -> LocalOnly.require(local)).doesNotThrowAnyException();
  }
}

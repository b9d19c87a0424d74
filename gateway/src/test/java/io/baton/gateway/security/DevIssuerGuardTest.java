package io.baton.gateway.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The development issuer signs tokens for anyone: it runs on a developer's machine or not at all. */
class DevIssuerGuardTest {

  @Test
  void refusesToRunOnEveryAddressOrOnAnAddressOthersReach() {
    assertThatIllegalStateException()
        .isThrownBy(() -> DevTokenIssuer.requireLocal(new MockEnvironment()))
        .withMessageContaining("every address");
    assertThatIllegalStateException()
        .isThrownBy(() -> DevTokenIssuer.requireLocal(new MockEnvironment().withProperty("server.address", "0.0.0.0")))
        .withMessageContaining("0.0.0.0");
    assertThatIllegalStateException()
        .isThrownBy(() -> DevTokenIssuer.requireLocal(new MockEnvironment().withProperty("server.address", "10.0.0.7")));
  }

  @Test
  void runsOnALoopbackAddressOrInTheLocalProfile() {
    assertThatCode(() -> DevTokenIssuer.requireLocal(new MockEnvironment().withProperty("server.address", "127.0.0.1"))).doesNotThrowAnyException();
    assertThatCode(() -> DevTokenIssuer.requireLocal(new MockEnvironment().withProperty("server.address", "::1"))).doesNotThrowAnyException();
    MockEnvironment local = new MockEnvironment();
    local.setActiveProfiles("local");
    assertThatCode(() -> DevTokenIssuer.requireLocal(local)).doesNotThrowAnyException();
  }
}

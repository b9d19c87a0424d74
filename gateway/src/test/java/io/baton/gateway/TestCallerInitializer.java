package io.baton.gateway;

import io.baton.gateway.security.DevTokenIssuer;
import io.baton.testsupport.TestTokens;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.reactive.server.WebTestClientBuilderCustomizer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpHeaders;

/**
 * Every gateway test runs with the development issuer on (unless it trusts {@link TestTokens}' key
 * instead), and its {@code WebTestClient} calls as an administrator unless a request sets its own
 * {@code Authorization} header.
 */
public class TestCallerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** The user the tests act as by default. */
  public static final String TEST_USER = "test-admin";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    boolean ownKeys = context.getEnvironment().containsProperty("baton.security.public-key-location");
    if (!ownKeys) {
      context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "test-caller",
                Map.of("baton.security.dev-issuer.enabled", "true", "server.address", "127.0.0.1")));
    }
    WebTestClientBuilderCustomizer asAdministrator =
        builder ->
            builder.defaultHeader(
                HttpHeaders.AUTHORIZATION,
                "Bearer "
                    + (ownKeys
                        ? TestTokens.of(TEST_USER, "admin")
                        : context.getBean(DevTokenIssuer.class).issue(TEST_USER, List.of("admin")).accessToken()));
    context.getBeanFactory().registerSingleton("testAdministrator", asAdministrator);
  }
}

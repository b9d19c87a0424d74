package io.baton.gateway;

import io.baton.testsupport.TestTokens;
import java.util.Map;
import org.springframework.boot.test.web.reactive.server.WebTestClientBuilderCustomizer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpHeaders;

/**
 * Every gateway test trusts {@link TestTokens}' key (the services' tests do the same), and its
 * {@code WebTestClient} calls as an administrator unless a request sets its own {@code
 * Authorization} header. Tokens from the real identity provider are the end-to-end tests' (local
 * module).
 */
public class TestCallerInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** The user the tests act as by default. */
  public static final String TEST_USER = "test-admin";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "test-caller",
                Map.of(
                    "baton.security.public-key-location",
                        TestTokens.publicKeyPem().toUri().toString(),
                    "baton.security.issuer", TestTokens.ISSUER,
                    "baton.security.audience", TestTokens.AUDIENCE)));
    WebTestClientBuilderCustomizer asAdministrator =
        builder ->
            builder.defaultHeader(
                HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.of(TEST_USER, "admin"));
    context.getBeanFactory().registerSingleton("testAdministrator", asAdministrator);
  }
}

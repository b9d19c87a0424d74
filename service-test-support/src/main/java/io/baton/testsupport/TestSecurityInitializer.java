package io.baton.testsupport;

import java.util.Map;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpHeaders;

/**
 * The service under test trusts {@link TestTokens}' key, and the test's {@code TestRestTemplate}
 * calls it as an administrator unless a test sends its own {@code Authorization} header. Calls to
 * other services (WireMock in tests) carry no token. Its CRM intake takes requests signed with
 * {@link TestIntake}'s secrets.
 */
public class TestSecurityInitializer
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
                "test-security",
                Map.of(
                    "baton.security.public-key-location",
                    TestTokens.publicKeyPem().toUri().toString(),
                    "baton.security.issuer",
                    TestTokens.ISSUER,
                    "baton.security.audience",
                    TestTokens.AUDIENCE,
                    "spring.cloud.openfeign.oauth2.enabled",
                    "false",
                    "baton.intake.hubspot.client-secret",
                    TestIntake.HUBSPOT_CLIENT_SECRET,
                    "baton.intake.hubspot.public-url",
                    TestIntake.PUBLIC_URL,
                    "baton.intake.webhook.secret",
                    TestIntake.WEBHOOK_SECRET)));
    String token = TestTokens.of(TEST_USER, "admin", "system");
    RestTemplateCustomizer asAdministrator =
        restTemplate ->
            restTemplate
                .getInterceptors()
                .add(
                    (request, body, execution) -> {
                      if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
                        request.getHeaders().setBearerAuth(token);
                      }
                      return execution.execute(request, body);
                    });
    context.getBeanFactory().registerSingleton("batonTestAdministrator", asAdministrator);
  }
}

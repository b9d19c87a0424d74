package io.baton.support.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.baton.support.notification.NotificationProperties;
import io.baton.support.notification.WebhookFormat;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The webhook settings as the platform team gives them: names, environment, and refusals. */
class NotificationAutoConfigurationTest {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(NotificationAutoConfiguration.class))
          .withUserConfiguration(Infrastructure.class)
          .withPropertyValues(
              "baton.notifications.collections=leads", "baton.notifications.sweep-interval=PT1H");

  @Test
  void readsATargetAndItsSecretFromTheEnvironment() {
    context
        .withInitializer(
            app ->
                app.getEnvironment()
                    .getPropertySources()
                    .addFirst(
                        new SystemEnvironmentPropertySource(
                            "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                            Map.of(
                                "BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_CRM_URL",
                                "https://crm.example.com/hooks/baton",
                                "BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_CRM_FORMAT",
                                "slack",
                                "BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_CRM_EVENTS",
                                "manager-review",
                                "BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_CRM_SECRET",
                                "from-a-kubernetes-secret",
                                "BATON_NOTIFICATIONS_WEBHOOKS_TIMEOUT",
                                "PT2S"))))
        .run(
            app -> {
              assertThat(app).hasNotFailed();
              NotificationProperties.Webhooks webhooks =
                  app.getBean(NotificationProperties.class).webhooks();
              assertThat(webhooks.targets()).containsOnlyKeys("crm");
              assertThat(webhooks.targets().get("crm").secret())
                  .isEqualTo("from-a-kubernetes-secret");
              assertThat(webhooks.targets().get("crm").format()).isEqualTo(WebhookFormat.SLACK);
              assertThat(webhooks.targetsOf("manager-review")).containsExactly("crm");
              assertThat(webhooks.targetsOf("first-contact-due")).isEmpty();
              assertThat(webhooks.timeout()).isEqualTo(Duration.ofSeconds(2));
            });
  }

  @Test
  void refusesToStartWithATargetWithoutASecret() {
    context
        .withPropertyValues(
            "baton.notifications.webhooks.targets.crm.url=https://crm.example.com/hooks/baton")
        .run(
            app ->
                assertThat(app)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("Webhook target crm has no secret")
                    .hasMessageContaining("BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_CRM_SECRET"));
  }

  @Configuration(proxyBeanMethods = false)
  static class Infrastructure {

    @Bean
    MongoTemplate mongoTemplate() {
      return mock(MongoTemplate.class);
    }

    @Bean
    Clock clock() {
      return Clock.systemUTC();
    }

    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }
}

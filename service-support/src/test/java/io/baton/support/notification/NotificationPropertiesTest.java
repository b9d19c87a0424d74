package io.baton.support.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baton.support.notification.NotificationProperties.Target;
import io.baton.support.notification.NotificationProperties.Webhooks;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

  @Test
  void refusesAWebhookTargetWithoutASecretNamingItsVariable() {
    Target unsigned = new Target(URI.create("https://hooks.example.com/baton"), null, null, " ");

    assertThatThrownBy(() -> new Webhooks(Map.of("crm-sync", unsigned), null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("crm-sync")
        .hasMessageContaining("BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_CRM_SYNC_SECRET");
  }

  @Test
  void sendsEveryEventTypeToATargetWithoutEventsAndOnlyItsOwnToTheOthers() {
    Webhooks webhooks =
        new Webhooks(
            Map.of(
                "all",
                new Target(URI.create("https://a.example.com"), null, null, "s1"),
                "reviews",
                new Target(
                    URI.create("https://b.example.com"),
                    WebhookFormat.SLACK,
                    List.of("manager-review"),
                    "s2")),
            null,
            null);

    assertThat(webhooks.targetsOf("manager-review")).containsExactly("all", "reviews");
    assertThat(webhooks.targetsOf("first-contact-due")).containsExactly("all");
    assertThat(webhooks.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(webhooks.targets().get("all").format()).isEqualTo(WebhookFormat.JSON);
  }
}

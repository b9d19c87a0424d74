package io.baton.helm;

import static io.baton.helm.Manifests.asList;
import static io.baton.helm.Manifests.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Images, replicas and the annotations that roll pods when their configuration changes. */
class RolloutTest {

  @Test
  void aConfigChangeRollsOnlyTheComponentItConcerns() {
    Manifests before = RenderScenarios.defaults();
    Manifests after =
        ChartRenderer.render(
            Map.of("components.lead-service.config.BATON_LEADS_DUPLICATE_WINDOW", "P7D"));

    assertThat(checksum(after, "lead-service")).isNotEqualTo(checksum(before, "lead-service"));
    assertThat(checksum(after, "gateway")).isEqualTo(checksum(before, "gateway"));
    assertThat(ConnectionsTest.config(after, "lead-service"))
        .containsEntry("BATON_LEADS_DUPLICATE_WINDOW", "P7D");
  }

  @Test
  void aSecretChangeRollsTheComponentsThatUseIt() {
    Manifests before = RenderScenarios.defaults();
    Manifests after =
        ChartRenderer.render(
            Map.of("mongodb.uri", "mongodb://mongodb-0.mongodb-headless:27017/?replicaSet=rs0"));

    String annotation = "checksum/secret";
    assertThat(
            at(
                after.get("Deployment", "lead-service"),
                "spec",
                "template",
                "metadata",
                "annotations",
                annotation))
        .isNotEqualTo(
            at(
                before.get("Deployment", "lead-service"),
                "spec",
                "template",
                "metadata",
                "annotations",
                annotation));
  }

  @Test
  void theImageTagDefaultsToTheChartsAppVersionAndADigestPinsIt() {
    String digest = "sha256:" + "a".repeat(64);
    Manifests pinned =
        ChartRenderer.render(
            Map.of(
                "global.image.registry",
                "registry.example.com",
                "components.gateway.image.digest",
                digest));

    assertThat(image(RenderScenarios.defaults(), "lead-service"))
        .isEqualTo("baton/lead-service:0.1.0");
    assertThat(image(pinned, "lead-service"))
        .isEqualTo("registry.example.com/baton/lead-service:0.1.0");
    assertThat(image(pinned, "gateway")).isEqualTo("registry.example.com/baton/gateway@" + digest);
  }

  @Test
  void aComponentsOwnSettingsWinOverTheDefaultsEvenWhenFalseOrZero() {
    Manifests manifests =
        ChartRenderer.render(
            Map.of(
                "components.retention-service.replicaCount", 0,
                "components.retention-service.podDisruptionBudget.enabled", false,
                "components.retention-service.serviceAccount.create", false));

    assertThat(at(manifests.get("Deployment", "retention-service"), "spec", "replicas"))
        .isEqualTo(0);
    assertThat(manifests.has("PodDisruptionBudget", "retention-service")).isFalse();
    assertThat(manifests.has("ServiceAccount", "retention-service")).isFalse();
    assertThat(manifests.has("PodDisruptionBudget", "lead-service")).isTrue();
  }

  @Test
  void autoscalingTakesOverTheReplicaCount() {
    Manifests manifests = RenderScenarios.production();

    manifests.ofKind("Deployment").forEach(d -> assertThat(at(d, "spec", "replicas")).isNull());
    assertThat(at(manifests.get("HorizontalPodAutoscaler", "gateway"), "spec", "minReplicas"))
        .isEqualTo(2);
  }

  @Test
  void theProductionExampleKeepsTwoPodsOfEveryComponentOnTwoNodes() {
    Manifests manifests = RenderScenarios.production();

    List<String> components =
        manifests
            .ofKind("Deployment")
            .map(deployment -> (String) at(deployment, "metadata", "name"))
            .toList();
    assertThat(components).hasSize(5);
    for (String component : components) {
      assertThat(at(manifests.get("HorizontalPodAutoscaler", component), "spec", "minReplicas"))
          .as(component)
          .isEqualTo(2);
      assertThat(at(manifests.get("PodDisruptionBudget", component), "spec", "minAvailable"))
          .as(component)
          .isEqualTo(1);
      assertThat(
              at(
                  manifests.get("Deployment", component),
                  "spec",
                  "template",
                  "spec",
                  "affinity",
                  "podAntiAffinity",
                  "requiredDuringSchedulingIgnoredDuringExecution"))
          .as(component)
          .isNotNull();
    }
  }

  private static Object checksum(Manifests manifests, String component) {
    return at(
        manifests.get("Deployment", component),
        "spec",
        "template",
        "metadata",
        "annotations",
        "checksum/config");
  }

  private static Object image(Manifests manifests, String component) {
    return asList(
            at(manifests.get("Deployment", component), "spec", "template", "spec", "containers"))
        .getFirst()
        .get("image");
  }
}

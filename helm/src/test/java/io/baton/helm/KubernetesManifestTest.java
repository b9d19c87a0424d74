package io.baton.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.kubernetes.client.openapi.models.V1Deployment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rendered manifest is a valid Kubernetes 1.32 object, read strictly. */
class KubernetesManifestTest {

  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern LABEL_VALUE =
      Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.baton.helm.RenderScenarios#all")
  void everyManifestParsesStrictlyAsAKubernetesObject(String scenario, Manifests manifests) {
    assertThat(manifests.documents()).isNotEmpty();
    for (Map<String, Object> manifest : manifests.documents()) {
      Object parsed = KubernetesModels.parseStrictly(manifest);
      assertThat(parsed).isNotNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.baton.helm.RenderScenarios#all")
  void namesAreDnsLabelsAndLabelValuesAreValid(String scenario, Manifests manifests) {
    for (Map<String, Object> manifest : manifests.documents()) {
      String name = (String) Manifests.at(manifest, "metadata", "name");
      assertThat(name).hasSizeLessThanOrEqualTo(63).matches(DNS_LABEL);
      Map<String, Object> labels = Manifests.asMap(Manifests.at(manifest, "metadata", "labels"));
      assertThat(labels.values())
          .allSatisfy(
              v -> assertThat(String.valueOf(v)).hasSizeLessThanOrEqualTo(63).matches(LABEL_VALUE));
    }
  }

  @Test
  void defaultValuesRenderEveryKindOfTheChart() {
    Set<String> kinds =
        RenderScenarios.defaults().documents().stream()
            .map(d -> (String) d.get("kind"))
            .collect(Collectors.toSet());

    assertThat(kinds)
        .containsExactlyInAnyOrder(
            "ConfigMap",
            "Deployment",
            "Job",
            "NetworkPolicy",
            "PodDisruptionBudget",
            "Secret",
            "Service",
            "ServiceAccount");
    assertThat(RenderScenarios.production().ofKind("HorizontalPodAutoscaler")).hasSize(5);
    assertThat(RenderScenarios.production().ofKind("Ingress")).hasSize(1);
  }

  @Test
  void strictReadingRejectsAnUnknownField() {
    Map<String, Object> deployment =
        deployment(
            Map.of(
                "name",
                "lead-service",
                "image",
                "baton/lead-service:0.1.0",
                "imagePullPolcy",
                "Always"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> KubernetesModels.parseStrictly(deployment))
        .withMessageContaining("imagePullPolcy");
  }

  @Test
  void strictReadingRejectsAMissingRequiredField() {
    Map<String, Object> deployment = deployment(Map.of("image", "baton/lead-service:0.1.0"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> KubernetesModels.parseStrictly(deployment))
        .withMessageContaining("name");
  }

  @Test
  void strictReadingRejectsAKindKubernetesDoesNotDefine() {
    Map<String, Object> monitor =
        Map.of(
            "apiVersion",
            "monitoring.coreos.com/v1",
            "kind",
            "ServiceMonitor",
            "metadata",
            Map.of("name", "gateway"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> KubernetesModels.parseStrictly(monitor))
        .withMessageContaining("ServiceMonitor");
  }

  @Test
  void strictReadingRejectsAVersionKubernetes132NoLongerServes() {
    Map<String, Object> budget =
        Map.of(
            "apiVersion",
            "policy/v1beta1",
            "kind",
            "PodDisruptionBudget",
            "metadata",
            Map.of("name", "gateway"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> KubernetesModels.parseStrictly(budget))
        .withMessageContaining("policy/v1beta1");
  }

  @Test
  void strictReadingRejectsAKindInTheWrongApiGroup() {
    Map<String, Object> deployment =
        new HashMap<>(
            deployment(Map.of("name", "lead-service", "image", "baton/lead-service:0.1.0")));
    deployment.put("apiVersion", "v1");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> KubernetesModels.parseStrictly(deployment))
        .withMessageContaining("v1 Deployment");
  }

  @Test
  void strictReadingAcceptsAValidDeployment() {
    Object parsed =
        KubernetesModels.parseStrictly(
            deployment(Map.of("name", "lead-service", "image", "baton/lead-service:0.1.0")));

    assertThat(parsed).isInstanceOf(V1Deployment.class);
  }

  private static Map<String, Object> deployment(Map<String, Object> container) {
    Map<String, Object> labels = Map.of("app.kubernetes.io/component", "lead-service");
    return Map.of(
        "apiVersion",
        "apps/v1",
        "kind",
        "Deployment",
        "metadata",
        Map.of("name", "lead-service"),
        "spec",
        Map.of(
            "selector", Map.of("matchLabels", labels),
            "template",
                Map.of(
                    "metadata", Map.of("labels", labels),
                    "spec", Map.of("containers", List.of(container)))));
  }
}

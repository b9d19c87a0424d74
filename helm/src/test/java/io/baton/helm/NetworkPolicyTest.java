package io.baton.helm;

import static io.baton.helm.Manifests.asList;
import static io.baton.helm.Manifests.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Services accept traffic only from the gateway and the services that call them. */
class NetworkPolicyTest {

  @Test
  void aServiceAdmitsOnlyTheComponentsThatCallIt() {
    Manifests manifests = RenderScenarios.defaults();

    assertThat(admittedComponents(manifests, "lead-service")).containsExactlyInAnyOrder("gateway", "handoff-service");
    assertThat(admittedComponents(manifests, "retention-service")).containsExactlyInAnyOrder("gateway", "onboarding-service");
    assertThat(admittedComponents(manifests, "handoff-service")).containsExactly("gateway");
    assertThat(admittedComponents(manifests, "onboarding-service")).containsExactly("gateway");
  }

  @Test
  void theGatewayAdmitsAnySourceByDefaultAndOnlyTheIngressControllerInProduction() {
    List<Map<String, Object>> open = rules(RenderScenarios.defaults(), "gateway");
    List<Map<String, Object>> closed = rules(RenderScenarios.production(), "gateway");

    assertThat(open).hasSize(1);
    assertThat(open.getFirst()).doesNotContainKey("from");
    assertThat(closed.getFirst().get("from"))
        .isEqualTo(List.of(Map.of("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "ingress-nginx")))));
  }

  @Test
  void metricsScrapersReachEveryComponentWhenConfigured() {
    Manifests manifests = RenderScenarios.production();

    manifests.ofKind("NetworkPolicy").forEach(policy ->
        assertThat(asList(at(policy, "spec", "ingress")))
            .as("%s", at(policy, "metadata", "name"))
            .anySatisfy(rule -> assertThat(asList(rule.get("from")))
                .anySatisfy(peer -> assertThat(at(peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name")).isEqualTo("monitoring"))));
  }

  /** From outside the cluster only the API and the console: metrics and health stay inside. */
  @Test
  void theIngressRoutesTheApiAndTheConsoleButNeverActuator() {
    List<String> routed =
        asList(at(RenderScenarios.production().get("Ingress", "gateway"), "spec", "rules")).stream()
            .flatMap(rule -> asList(at(rule, "http", "paths")).stream())
            .map(path -> (String) path.get("path"))
            .toList();

    assertThat(routed).containsExactlyInAnyOrder("/api", "/console").noneMatch(path -> "/".equals(path) || path.startsWith("/actuator"));
  }

  @Test
  void aComponentNobodyCallsAdmitsNothing() {
    Manifests manifests = ChartRenderer.render(Map.of("components.gateway.enabled", false));

    assertThat(at(manifests.get("NetworkPolicy", "handoff-service"), "spec", "ingress")).isEqualTo(List.of());
  }

  @Test
  void policiesCanBeTurnedOff() {
    assertThat(ChartRenderer.render(Map.of("networkPolicy.enabled", false)).ofKind("NetworkPolicy")).isEmpty();
  }

  private static List<Map<String, Object>> rules(Manifests manifests, String component) {
    return asList(at(manifests.get("NetworkPolicy", component), "spec", "ingress"));
  }

  private static List<String> admittedComponents(Manifests manifests, String component) {
    return rules(manifests, component).stream()
        .flatMap(rule -> asList(rule.get("from")).stream())
        .map(peer -> (String) at(peer, "podSelector", "matchLabels", "app.kubernetes.io/component"))
        .filter(Objects::nonNull)
        .toList();
  }
}

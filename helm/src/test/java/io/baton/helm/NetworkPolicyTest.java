package io.baton.helm;

import static io.baton.helm.Manifests.asList;
import static io.baton.helm.Manifests.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Services accept traffic only from the gateway and the services that call them; the management
 * port (actuator, metrics) only from the metrics scrapers; the Ingress reaches the gateway's main
 * port alone.
 */
class NetworkPolicyTest {

  private static final List<String> COMPONENTS =
      List.of(
          "gateway", "lead-service", "handoff-service", "onboarding-service", "retention-service");

  @Test
  void aServiceAdmitsOnlyTheComponentsThatCallIt() {
    Manifests manifests = RenderScenarios.defaults();

    assertThat(admittedComponents(manifests, "lead-service"))
        .containsExactlyInAnyOrder("gateway", "handoff-service", "retention-service");
    assertThat(admittedComponents(manifests, "retention-service"))
        .containsExactlyInAnyOrder("gateway", "onboarding-service", "lead-service");
    assertThat(admittedComponents(manifests, "handoff-service"))
        .containsExactlyInAnyOrder("gateway", "onboarding-service");
    assertThat(admittedComponents(manifests, "onboarding-service")).containsExactly("gateway");
  }

  @Test
  void theGatewayAdmitsAnySourceByDefaultAndOnlyTheIngressControllerInProduction() {
    List<Map<String, Object>> open = rules(RenderScenarios.defaults(), "gateway");
    List<Map<String, Object>> closed = rules(RenderScenarios.production(), "gateway");

    assertThat(open).hasSize(1);
    assertThat(open.getFirst()).doesNotContainKey("from");
    assertThat(closed.getFirst().get("from"))
        .isEqualTo(
            List.of(
                Map.of(
                    "namespaceSelector",
                    Map.of(
                        "matchLabels", Map.of("kubernetes.io/metadata.name", "ingress-nginx")))));
  }

  @Test
  void metricsScrapersReachEveryComponentsManagementPortWhenConfigured() {
    Manifests manifests = RenderScenarios.production();

    manifests
        .ofKind("NetworkPolicy")
        .forEach(
            policy ->
                assertThat(asList(at(policy, "spec", "ingress")))
                    .as("%s", at(policy, "metadata", "name"))
                    .anySatisfy(
                        rule -> {
                          assertThat(ports(rule)).containsExactly("management");
                          assertThat(asList(rule.get("from")))
                              .anySatisfy(
                                  peer ->
                                      assertThat(
                                              at(
                                                  peer,
                                                  "namespaceSelector",
                                                  "matchLabels",
                                                  "kubernetes.io/metadata.name"))
                                          .isEqualTo("monitoring"));
                        }));
  }

  /**
   * Only the peers of networkPolicy.metricsFrom reach a management port, and they reach nothing
   * else; no rule admits a caller, the ingress controller or any source to it.
   */
  @Test
  void theManagementPortAdmitsOnlyTheMetricsPeers() {
    Manifests production = RenderScenarios.production();
    List<Object> metricsFrom =
        List.of(
            Map.of(
                "namespaceSelector",
                    Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "monitoring")),
                "podSelector",
                    Map.of("matchLabels", Map.of("app.kubernetes.io/name", "prometheus"))));

    for (String component : COMPONENTS) {
      List<Map<String, Object>> rules = rules(production, component);
      assertThat(rules).as(component).allSatisfy(rule -> assertThat(rule).containsKey("ports"));
      assertThat(rules.stream().filter(rule -> ports(rule).contains("management")))
          .as("%s: rules admitting the management port", component)
          .singleElement()
          .satisfies(
              rule -> {
                assertThat(ports(rule)).containsExactly("management");
                assertThat(rule.get("from")).isEqualTo(metricsFrom);
              });
      assertThat(
              rules.stream()
                  .filter(rule -> metricsFrom.equals(rule.get("from")))
                  .flatMap(rule -> ports(rule).stream()))
          .as("%s: ports the metrics peers reach", component)
          .containsExactly("management");
    }
  }

  @Test
  void withoutMetricsPeersNobodyReachesTheManagementPort() {
    Manifests manifests = RenderScenarios.defaults();

    for (String component : COMPONENTS) {
      assertThat(rules(manifests, component))
          .as(component)
          .allSatisfy(rule -> assertThat(ports(rule)).containsExactly("http"));
    }
  }

  /** From outside the cluster only the API and the console: metrics and health stay inside. */
  @Test
  void theIngressRoutesTheApiAndTheConsoleButNeverActuator() {
    List<String> routed =
        asList(at(RenderScenarios.production().get("Ingress", "gateway"), "spec", "rules")).stream()
            .flatMap(rule -> asList(at(rule, "http", "paths")).stream())
            .map(path -> (String) path.get("path"))
            .toList();

    assertThat(routed)
        .containsExactlyInAnyOrder("/api", "/console")
        .noneMatch(path -> "/".equals(path) || path.startsWith("/actuator"));
  }

  /**
   * Every path of the Ingress leads to the gateway Service's main port, whose target is the
   * container's main port: the management port (actuator, metrics) is never reachable from outside,
   * whatever the paths.
   */
  @Test
  void theIngressNeverRoutesToTheManagementPort() {
    Manifests manifests =
        ChartRenderer.render(
            ChartRenderer.PRODUCTION_VALUES,
            Map.of(
                "ingress.hosts[0].host",
                "baton.example.com",
                "ingress.hosts[0].paths[0].path",
                "/",
                "ingress.hosts[0].paths[0].pathType",
                "Prefix"));

    for (Manifests rendered : List.of(RenderScenarios.production(), manifests)) {
      List<Map<String, Object>> backends =
          asList(at(rendered.get("Ingress", "gateway"), "spec", "rules")).stream()
              .flatMap(rule -> asList(at(rule, "http", "paths")).stream())
              .map(path -> Manifests.asMap(at(path, "backend", "service")))
              .toList();

      assertThat(backends)
          .isNotEmpty()
          .allSatisfy(
              backend ->
                  assertThat(backend)
                      .isEqualTo(Map.of("name", "gateway", "port", Map.of("name", "http"))));
      assertThat(asList(at(rendered.get("Service", "gateway"), "spec", "ports")))
          .filteredOn(port -> "http".equals(port.get("name")))
          .singleElement()
          .satisfies(
              port ->
                  assertThat(port).containsEntry("port", 8080).containsEntry("targetPort", "http"));
    }
  }

  @Test
  void aComponentNobodyCallsAdmitsNothing() {
    Manifests manifests = ChartRenderer.render(Map.of("components.gateway.enabled", false));

    assertThat(at(manifests.get("NetworkPolicy", "onboarding-service"), "spec", "ingress"))
        .isEqualTo(List.of());
  }

  @Test
  void policiesCanBeTurnedOff() {
    assertThat(ChartRenderer.render(Map.of("networkPolicy.enabled", false)).ofKind("NetworkPolicy"))
        .isEmpty();
  }

  private static List<Map<String, Object>> rules(Manifests manifests, String component) {
    return asList(at(manifests.get("NetworkPolicy", component), "spec", "ingress"));
  }

  private static List<String> ports(Map<String, Object> rule) {
    return asList(rule.get("ports")).stream()
        .map(port -> String.valueOf(port.get("port")))
        .toList();
  }

  private static List<String> admittedComponents(Manifests manifests, String component) {
    return rules(manifests, component).stream()
        .flatMap(rule -> asList(rule.get("from")).stream())
        .map(peer -> (String) at(peer, "podSelector", "matchLabels", "app.kubernetes.io/component"))
        .filter(Objects::nonNull)
        .toList();
  }
}

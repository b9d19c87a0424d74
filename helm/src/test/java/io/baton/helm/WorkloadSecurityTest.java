package io.baton.helm;

import static io.baton.helm.Manifests.asList;
import static io.baton.helm.Manifests.asMap;
import static io.baton.helm.Manifests.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every pod of the chart must have, in every scenario: resources, probes, a locked-down
 * container.
 */
class WorkloadSecurityTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.baton.helm.RenderScenarios#all")
  void everyContainerRequestsCpuAndMemoryAndIsLimitedInMemory(
      String scenario, Manifests manifests) {
    forEachContainer(
        manifests,
        (workload, container) -> {
          assertThat(at(container, "resources", "requests", "cpu"))
              .as("%s cpu request", workload)
              .isNotNull();
          assertThat(at(container, "resources", "requests", "memory"))
              .as("%s memory request", workload)
              .isNotNull();
          assertThat(at(container, "resources", "limits", "memory"))
              .as("%s memory limit", workload)
              .isNotNull();
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.baton.helm.RenderScenarios#all")
  void everyServiceContainerHasStartupLivenessAndReadinessProbesOnItsMainPort(
      String scenario, Manifests manifests) {
    manifests
        .ofKind("Deployment")
        .forEach(
            deployment -> {
              for (Map<String, Object> container :
                  asList(at(deployment, "spec", "template", "spec", "containers"))) {
                String name = (String) container.get("name");
                assertThat(at(container, "startupProbe", "httpGet", "path"))
                    .as("%s startup probe", name)
                    .isEqualTo("/livez");
                assertThat(at(container, "livenessProbe", "httpGet", "path"))
                    .as("%s liveness probe", name)
                    .isEqualTo("/livez");
                assertThat(at(container, "readinessProbe", "httpGet", "path"))
                    .as("%s readiness probe", name)
                    .isEqualTo("/readyz");
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                  assertThat(at(container, probe, "httpGet", "port"))
                      .as("%s %s port", name, probe)
                      .isEqualTo("http");
                }
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.baton.helm.RenderScenarios#all")
  void everyContainerRunsAsNonRootOnAReadOnlyRootFilesystemWithoutCapabilities(
      String scenario, Manifests manifests) {
    manifests
        .podSpecs()
        .forEach(
            (workload, pod) -> {
              assertThat(at(pod, "securityContext", "runAsNonRoot"))
                  .as("%s pod runAsNonRoot", workload)
                  .isEqualTo(true);
              assertThat(at(pod, "automountServiceAccountToken"))
                  .as("%s mounts no API token", workload)
                  .isEqualTo(false);
              for (Map<String, Object> container : asList(pod.get("containers"))) {
                Map<String, Object> security = asMap(container.get("securityContext"));
                assertThat(security)
                    .as(workload)
                    .containsEntry("runAsNonRoot", true)
                    .containsEntry("readOnlyRootFilesystem", true)
                    .containsEntry("allowPrivilegeEscalation", false);
                assertThat(at(security, "capabilities", "drop"))
                    .as("%s dropped capabilities", workload)
                    .isEqualTo(List.of("ALL"));
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.baton.helm.RenderScenarios#all")
  void everyContainerHasAWritableTmp(String scenario, Manifests manifests) {
    manifests
        .podSpecs()
        .forEach(
            (workload, pod) -> {
              assertThat(asList(pod.get("volumes")))
                  .as("%s volumes", workload)
                  .anySatisfy(
                      v -> assertThat(v).containsEntry("name", "tmp").containsKey("emptyDir"));
              forEachContainerOf(
                  workload,
                  pod,
                  (name, container) ->
                      assertThat(asList(container.get("volumeMounts")))
                          .as("%s mounts", name)
                          .anySatisfy(
                              m ->
                                  assertThat(m)
                                      .containsEntry("name", "tmp")
                                      .containsEntry("mountPath", "/tmp")));
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.baton.helm.RenderScenarios#all")
  void everyDeploymentRollsWhenItsConfigurationChanges(String scenario, Manifests manifests) {
    manifests
        .ofKind("Deployment")
        .forEach(
            deployment ->
                assertThat(
                        at(
                            deployment,
                            "spec",
                            "template",
                            "metadata",
                            "annotations",
                            "checksum/config"))
                    .as("%s checksum/config", at(deployment, "metadata", "name"))
                    .asString()
                    .matches("[0-9a-f]{64}"));
  }

  private interface ContainerCheck {
    void check(String workload, Map<String, Object> container);
  }

  private static void forEachContainer(Manifests manifests, ContainerCheck check) {
    manifests.podSpecs().forEach((workload, pod) -> forEachContainerOf(workload, pod, check));
  }

  private static void forEachContainerOf(
      String workload, Map<String, Object> pod, ContainerCheck check) {
    List<Map<String, Object>> containers = asList(pod.get("containers"));
    assertThat(containers).as("%s containers", workload).isNotEmpty();
    containers.forEach(container -> check.check(workload, container));
  }
}

package io.baton.helm;

import static io.baton.helm.Manifests.asList;
import static io.baton.helm.Manifests.asMap;
import static io.baton.helm.Manifests.at;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What each workload of a render sees as its environment in a pod, as Kubernetes assembles it: the
 * ConfigMaps and Secrets of {@code envFrom}, then {@code env} (plain values and {@code
 * secretKeyRef}s). Secrets are not rendered by the chart when they are the operator's own ({@code
 * existingSecret}): they are given, as {@code kubectl create secret} would make them. Used by the
 * install test, which starts every component with exactly this environment.
 */
public final class PodEnvironments {

  private PodEnvironments() {}

  /**
   * Renders the chart with a values file and {@code --set} pairs, and returns every Deployment's
   * and Job's environment by workload name.
   *
   * @param secrets the operator's Secrets: name → key → value
   */
  public static Map<String, Map<String, String>> render(
      Path valuesFile, Map<String, Object> sets, Map<String, Map<String, String>> secrets) {
    Manifests manifests = ChartRenderer.render(valuesFile, sets);
    Map<String, Map<String, String>> environments = new TreeMap<>();
    Stream.concat(manifests.ofKind("Deployment"), manifests.ofKind("Job"))
        .forEach(
            workload -> {
              Map<String, Object> container =
                  asList(at(workload, "spec", "template", "spec", "containers")).getFirst();
              environments.put(
                  (String) at(workload, "metadata", "name"),
                  environment(manifests, container, secrets));
            });
    return environments;
  }

  /** The production example's values file. */
  public static Path productionValues() {
    return ChartRenderer.PRODUCTION_VALUES;
  }

  private static Map<String, String> environment(
      Manifests manifests,
      Map<String, Object> container,
      Map<String, Map<String, String>> secrets) {
    Map<String, String> environment = new LinkedHashMap<>();
    for (Map<String, Object> source : asList(container.get("envFrom"))) {
      if (at(source, "configMapRef", "name") instanceof String configMap) {
        asMap(at(manifests.get("ConfigMap", configMap), "data"))
            .forEach((key, value) -> environment.put(key, String.valueOf(value)));
      }
      if (at(source, "secretRef", "name") instanceof String secret) {
        environment.putAll(secret(manifests, secrets, secret));
      }
    }
    for (Map<String, Object> variable : asList(container.get("env"))) {
      String name = (String) variable.get("name");
      if (variable.containsKey("value")) {
        environment.put(name, String.valueOf(variable.get("value")));
      } else if (at(variable, "valueFrom", "secretKeyRef") instanceof Map<?, ?> reference) {
        String value =
            secret(manifests, secrets, (String) reference.get("name"))
                .get((String) reference.get("key"));
        if (value == null) {
          throw new IllegalStateException(
              name
                  + " refers to key "
                  + reference.get("key")
                  + " of Secret "
                  + reference.get("name")
                  + ", which has none");
        }
        environment.put(name, value);
      } else {
        throw new IllegalStateException(
            name + " is set in a way the install test does not know: " + variable);
      }
    }
    return environment;
  }

  private static Map<String, String> secret(
      Manifests manifests, Map<String, Map<String, String>> given, String name) {
    if (given.containsKey(name)) {
      return given.get(name);
    }
    if (!manifests.has("Secret", name)) {
      throw new IllegalStateException(
          "The render refers to Secret "
              + name
              + ", which neither the chart renders nor the test gives");
    }
    Map<String, String> values = new LinkedHashMap<>();
    Object stringData = at(manifests.get("Secret", name), "stringData");
    if (stringData != null) {
      asMap(stringData).forEach((key, value) -> values.put(key, String.valueOf(value)));
    }
    Object data = at(manifests.get("Secret", name), "data");
    if (data != null) {
      asMap(data)
          .forEach(
              (key, value) ->
                  values.put(
                      key,
                      new String(
                          Base64.getDecoder().decode(String.valueOf(value)),
                          StandardCharsets.UTF_8)));
    }
    return values;
  }
}

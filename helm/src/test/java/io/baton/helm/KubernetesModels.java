package io.baton.helm;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.util.ModelMapper;
import java.util.Map;

/**
 * Strict reading of a manifest into the Kubernetes 1.32 models of client-java 24: the generated
 * models reject fields they do not know and missing required fields ({@code validateJsonElement}),
 * and Gson rejects wrong types.
 *
 * <p>The model is looked up by version and kind among the models client-java was generated with (so
 * a version Kubernetes 1.32 no longer serves, like {@code policy/v1beta1}, has none). client-java
 * does not record API groups, so the group of each kind the chart renders is checked against {@link
 * #API_GROUPS}; a kind not listed there is rejected until it is added.
 */
final class KubernetesModels {

  /** The API group of every kind the chart renders ("" is the core group). */
  static final Map<String, String> API_GROUPS =
      Map.of(
          "ConfigMap", "",
          "Secret", "",
          "Service", "",
          "ServiceAccount", "",
          "Deployment", "apps",
          "Job", "batch",
          "PodDisruptionBudget", "policy",
          "HorizontalPodAutoscaler", "autoscaling",
          "NetworkPolicy", "networking.k8s.io",
          "Ingress", "networking.k8s.io");

  private static final Gson PLAIN = new Gson();

  private KubernetesModels() {}

  /**
   * The typed object of a manifest.
   *
   * @throws IllegalArgumentException if the manifest is not a valid Kubernetes 1.32 object
   */
  static Object parseStrictly(Map<String, Object> manifest) {
    String apiVersion = String.valueOf(manifest.get("apiVersion"));
    String kind = String.valueOf(manifest.get("kind"));
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    String version = apiVersion.substring(slash + 1);
    Class<?> type = ModelMapper.preBuiltGetApiTypeClass(group, version, kind);
    if (type == null || !group.equals(API_GROUPS.get(kind))) {
      throw new IllegalArgumentException(
          "not a Kubernetes 1.32 kind the chart renders: " + apiVersion + " " + kind);
    }
    JsonElement json = PLAIN.toJsonTree(manifest);
    try {
      return JSON.getGson().fromJson(json, type);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          kind + " " + Manifests.at(manifest, "metadata", "name") + ": " + e.getMessage(), e);
    }
  }
}

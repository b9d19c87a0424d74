package io.baton.helm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The documents of a render, as plain maps (for checks) with helpers to navigate them. */
record Manifests(List<Map<String, Object>> documents) {

  static Manifests parse(String rendered) {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Object document : yaml.loadAll(rendered)) {
      if (document != null) {
        documents.add(asMap(document));
      }
    }
    return new Manifests(List.copyOf(documents));
  }

  Stream<Map<String, Object>> ofKind(String kind) {
    return documents.stream().filter(d -> kind.equals(d.get("kind")));
  }

  Map<String, Object> get(String kind, String name) {
    return ofKind(kind)
        .filter(d -> name.equals(at(d, "metadata", "name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " rendered"));
  }

  boolean has(String kind, String name) {
    return ofKind(kind).anyMatch(d -> name.equals(at(d, "metadata", "name")));
  }

  /** The pod templates of every workload (Deployments and Jobs), by workload name. */
  Map<String, Map<String, Object>> podSpecs() {
    Map<String, Map<String, Object>> pods = new TreeMap<>();
    Stream.concat(ofKind("Deployment"), ofKind("Job"))
        .forEach(
            w ->
                pods.put(
                    (String) at(w, "metadata", "name"), asMap(at(w, "spec", "template", "spec"))));
    return pods;
  }

  /** The value at a path of map keys, or null. */
  static Object at(Object node, String... path) {
    Object current = node;
    for (String key : path) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(key);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object node) {
    return (Map<String, Object>) Objects.requireNonNull(node, "expected a map, found nothing");
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> asList(Object node) {
    return node == null ? List.of() : (List<Map<String, Object>>) node;
  }
}

package io.baton.helm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The value sets the render tests run against, each rendered once per test run. */
final class RenderScenarios {

  private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

  private RenderScenarios() {}

  /** The default values. */
  static Manifests defaults() {
    return once("defaults", () -> ChartRenderer.render(Map.of()));
  }

  /** The production example (examples/production-values.yaml). */
  static Manifests production() {
    return once(
        "production", () -> ChartRenderer.render(ChartRenderer.PRODUCTION_VALUES, Map.of()));
  }

  /** Camunda SaaS with the client secret given as a value (so stored in the chart's Secret). */
  static Manifests saas() {
    return once(
        "saas",
        () ->
            ChartRenderer.render(
                Map.of(
                    "camunda.mode", "saas",
                    "camunda.saas.clusterId", "c0ffee",
                    "camunda.saas.region", "bru-2",
                    "camunda.auth.clientId", "baton",
                    "camunda.auth.clientSecret", "not-a-real-secret")));
  }

  static Stream<Arguments> all() {
    return Stream.of(
        Arguments.of("default values", defaults()),
        Arguments.of("production example", production()),
        Arguments.of("Camunda SaaS", saas()));
  }

  private static Manifests once(String scenario, Supplier<Manifests> render) {
    return RENDERED.computeIfAbsent(scenario, s -> render.get());
  }
}

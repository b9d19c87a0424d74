package io.baton.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Renders the chart like {@code helm template --kube-version 1.32.0}, with helm-java (the real Helm
 * library, no binary, no cluster).
 *
 * <p>helm-java prints only the release manifest, without the hooks that {@code helm template}
 * appends. So the chart is rendered from a copy whose hook annotations are renamed (a hook then
 * renders like any resource), and the output gets the real names back: the manifests {@code helm
 * template} prints, hooks included, each hook in its kind's place instead of at the end.
 */
final class ChartRenderer {

  static final String RELEASE = "baton";
  static final String NAMESPACE = "baton";
  static final String KUBE_VERSION = "1.32.0";

  static final Path CHART = Path.of(System.getProperty("chart.dir", "baton"));
  static final Path PRODUCTION_VALUES = CHART.resolve("examples/production-values.yaml");

  private static final String HOOK_ANNOTATION = "helm.sh/hook";
  private static final String RENAMED_HOOK_ANNOTATION = "render.baton.io/hook";
  private static final Path CHART_WITH_VISIBLE_HOOKS = copyWithVisibleHooks();

  private ChartRenderer() {}

  /** The manifests of the chart with its default values and {@code --set} pairs. */
  static Manifests render(Map<String, Object> sets) {
    return render(null, sets);
  }

  /** The manifests with a values file (may be null) and {@code --set} pairs. */
  static Manifests render(Path valuesFile, Map<String, Object> sets) {
    return Manifests.parse(template(valuesFile, sets));
  }

  /** The rendered text, as {@code helm template} prints it. */
  static String template(Path valuesFile, Map<String, Object> sets) {
    TemplateCommand command =
        new Helm(CHART_WITH_VISIBLE_HOOKS)
            .template()
            .withName(RELEASE)
            .withNamespace(NAMESPACE)
            .withKubeVersion(KUBE_VERSION);
    if (valuesFile != null) {
      command = command.withValuesFile(valuesFile.toAbsolutePath());
    }
    for (Map.Entry<String, Object> set : sets.entrySet()) {
      command = command.set(set.getKey(), set.getValue());
    }
    return command.call().replace(RENAMED_HOOK_ANNOTATION, HOOK_ANNOTATION);
  }

  private static Path copyWithVisibleHooks() {
    Path copy =
        Path.of(System.getProperty("render.dir", "target/chart-with-visible-hooks"))
            .resolve(CHART.getFileName());
    try {
      if (Files.exists(copy)) {
        try (Stream<Path> stale = Files.walk(copy)) {
          for (Path path : stale.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
      try (Stream<Path> files = Files.walk(CHART)) {
        for (Path source : files.toList()) {
          Path target = copy.resolve(CHART.relativize(source).toString());
          if (Files.isDirectory(source)) {
            Files.createDirectories(target);
          } else {
            Files.writeString(
                target, Files.readString(source).replace(HOOK_ANNOTATION, RENAMED_HOOK_ANNOTATION));
          }
        }
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.baton.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every value is documented with {@code ## @param} (on itself or on a map it belongs to), every
 * {@code @param} names a value that exists, the README lists every one, and no default holds a
 * secret.
 */
class ValuesDocumentationTest {

  private static final Pattern PARAM =
      Pattern.compile("^\\s*## @param (\\S+) \\S.*$", Pattern.MULTILINE);

  /** A value that would hold a secret itself; {@code existingSecret} only names a Secret. */
  private static final Pattern SECRET_VALUE =
      Pattern.compile("(?i).*(?<!existing)(secret|password)$");

  @Test
  void everyValueIsDocumentedAndEveryParamExists() throws IOException {
    List<String> params = params();
    List<String> leaves = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    collect("", values(), leaves, paths);

    assertThat(leaves)
        .allSatisfy(
            leaf ->
                assertThat(params)
                    .as("@param of %s", leaf)
                    .anyMatch(p -> leaf.equals(p) || leaf.startsWith(p + ".")));
    assertThat(params)
        .allSatisfy(param -> assertThat(paths).as("value of @param %s", param).contains(param));
    assertThat(params).doesNotHaveDuplicates();
  }

  @Test
  void theReadmeListsEveryParam() throws IOException {
    String readme = Files.readString(ChartRenderer.CHART.resolve("README.md"));

    assertThat(params())
        .allSatisfy(
            param -> assertThat(readme).as("README row of %s", param).contains("`" + param + "`"));
  }

  @Test
  void noDefaultHoldsASecret() throws IOException {
    List<String> leaves = new ArrayList<>();
    collect("", values(), leaves, new ArrayList<>());
    Map<String, Object> values = values();

    assertThat(leaves.stream().filter(l -> SECRET_VALUE.matcher(l).matches()))
        .isNotEmpty()
        .allSatisfy(leaf -> assertThat(valueAt(values, leaf)).as(leaf).isEqualTo(""));
    assertThat((String) valueAt(values, "mongodb.uri")).doesNotContainPattern("://[^/@]+:[^/@]*@");
  }

  private static List<String> params() throws IOException {
    Matcher matcher = PARAM.matcher(Files.readString(ChartRenderer.CHART.resolve("values.yaml")));
    List<String> params = new ArrayList<>();
    while (matcher.find()) {
      params.add(matcher.group(1));
    }
    return params;
  }

  private static Map<String, Object> values() throws IOException {
    return new Yaml(new SafeConstructor(new LoaderOptions()))
        .load(Files.readString(ChartRenderer.CHART.resolve("values.yaml")));
  }

  /** Leaves are scalars, lists and empty maps; paths are every key, leaf or not. */
  private static void collect(
      String prefix, Map<String, Object> map, List<String> leaves, List<String> paths) {
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      String path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
      paths.add(path);
      if (entry.getValue() instanceof Map<?, ?> child && !child.isEmpty()) {
        collect(path, Manifests.asMap(child), leaves, paths);
      } else {
        leaves.add(path);
      }
    }
  }

  private static Object valueAt(Map<String, Object> values, String path) {
    Object current = values;
    for (String key : path.split("\\.")) {
      current = Manifests.at(current, key);
    }
    return current;
  }
}

package io.baton.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The default render and the production example's render, compared with golden files, so a changed
 * template shows up as a reviewed diff. After an intended change, regenerate them with {@code
 * ./mvnw -pl helm test -Dtest=GoldenFileTest -Dgolden.update=true} and review the diff.
 */
class GoldenFileTest {

  private static final Path GOLDEN_DIR =
      Path.of(System.getProperty("golden.dir", "src/test/resources/golden"));
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final int CONTEXT_LINES = 3;

  @Test
  void defaultRenderMatchesItsGoldenFile() throws IOException {
    assertMatchesGolden("default.yaml", ChartRenderer.template(null, Map.of()));
  }

  @Test
  void productionExampleRenderMatchesItsGoldenFile() throws IOException {
    assertMatchesGolden(
        "production.yaml", ChartRenderer.template(ChartRenderer.PRODUCTION_VALUES, Map.of()));
  }

  private static void assertMatchesGolden(String name, String rendered) throws IOException {
    Path golden = GOLDEN_DIR.resolve(name);
    if (UPDATE) {
      Files.createDirectories(GOLDEN_DIR);
      Files.writeString(golden, rendered);
    }
    assertThat(golden).as("golden file %s (create it with -Dgolden.update=true)", golden).exists();
    String expected = Files.readString(golden);
    if (!expected.equals(rendered)) {
      throw new AssertionError(
          "The render differs from "
              + golden
              + " (if the change is intended, regenerate with -Dgolden.update=true and review the diff):\n"
              + firstDifference(expected.lines().toList(), rendered.lines().toList()));
    }
  }

  /** The first differing line with a few lines of context, as in a unified diff. */
  private static String firstDifference(List<String> expected, List<String> actual) {
    int line = 0;
    while (line < expected.size()
        && line < actual.size()
        && expected.get(line).equals(actual.get(line))) {
      line++;
    }
    int from = Math.max(0, line - CONTEXT_LINES);
    StringBuilder diff = new StringBuilder("@@ line " + (line + 1) + " @@\n");
    for (int i = from; i < line; i++) {
      diff.append("  ").append(expected.get(i)).append('\n');
    }
    for (int i = line; i < Math.min(expected.size(), line + CONTEXT_LINES); i++) {
      diff.append("- ").append(expected.get(i)).append('\n');
    }
    for (int i = line; i < Math.min(actual.size(), line + CONTEXT_LINES); i++) {
      diff.append("+ ").append(actual.get(i)).append('\n');
    }
    return diff.toString();
  }
}

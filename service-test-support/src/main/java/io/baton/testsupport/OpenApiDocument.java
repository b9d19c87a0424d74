package io.baton.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A service's OpenAPI document in the form it is committed in: without the server URL (a test's
 * random port), with every object's keys in alphabetical order, printed with two spaces of
 * indentation and one key or array item per line, so that a change to the API is a readable diff.
 */
final class OpenApiDocument {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private OpenApiDocument() {}

  /** The document as served, in its committed form, ending with a line break. */
  static String normalized(String served) {
    try {
      JsonNode document = JSON.readTree(served);
      ((ObjectNode) document).remove("servers");
      Object sorted = JSON.treeToValue(document, Object.class);
      return JSON.writer(PRINTER).writeValueAsString(sorted) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The OpenAPI document is not JSON", e);
    }
  }

  /**
   * Where two documents first part, with a few lines of each around it, the first differing line
   * marked; empty when they do not.
   */
  static String firstDifference(String committed, String served) {
    List<String> before = committed.lines().toList();
    List<String> after = served.lines().toList();
    int line = 0;
    while (line < before.size()
        && line < after.size()
        && before.get(line).equals(after.get(line))) {
      line++;
    }
    if (line == before.size() && line == after.size()) {
      return "";
    }
    return "first difference at line %d\n--- committed\n%s+++ served\n%s"
        .formatted(line + 1, excerpt(before, line), excerpt(after, line));
  }

  private static String excerpt(List<String> lines, int differing) {
    StringBuilder excerpt = new StringBuilder();
    for (int line = Math.max(0, differing - 3);
        line < Math.min(lines.size(), differing + 4);
        line++) {
      excerpt.append(line == differing ? "> " : "  ").append(lines.get(line)).append('\n');
    }
    return excerpt.toString();
  }
}

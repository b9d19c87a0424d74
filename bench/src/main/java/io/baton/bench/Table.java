package io.baton.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One benchmark's figures as a Markdown table, with what was measured and how. */
final class Table {

  private final String title;
  private final String method;
  private final List<String> columns;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private Table(String title, String method, List<String> columns) {
    this.title = title;
    this.method = method;
    this.columns = columns;
  }

  /** A table whose {@code method} says in a sentence or two what is measured and how. */
  static Table of(String title, String method, String... columns) {
    return new Table(title, method, List.of(columns));
  }

  Table row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          title
              + " has "
              + columns.size()
              + " columns, not "
              + values.length
              + ": "
              + Arrays.toString(values));
    }
    rows.add(Arrays.stream(values).map(String::valueOf).toList());
    return this;
  }

  /** A line below the table: parameters, the noise on the machine, a caveat. */
  Table note(String note) {
    notes.add(note);
    return this;
  }

  String toMarkdown() {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(title).append("\n\n").append(method).append("\n\n");
    out.append("| ").append(String.join(" | ", columns)).append(" |\n");
    out.append("|").append("---|".repeat(columns.size())).append("\n");
    for (List<String> row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    if (!notes.isEmpty()) {
      out.append("\n");
      notes.forEach(note -> out.append("- ").append(note).append("\n"));
    }
    return out.append("\n").toString();
  }
}

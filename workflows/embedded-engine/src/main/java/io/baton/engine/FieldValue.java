package io.baton.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One value of one filter field, as the process read model's {@link IndexedItems indexes} file
 * items under it. A resource names the fields it indexes with how an item's value is read; the same
 * names give where an item is filed and which index entries a search's exact values can read, so
 * the two cannot drift apart.
 */
record FieldValue(String field, String value) {

  /** The entry as an archive files it (field names hold no {@code =}). */
  String name() {
    return field + "=" + value;
  }

  /** Where an item is filed: under each indexed field, its value (none when it has none). */
  static <T> Function<T, List<FieldValue>> entries(final Map<String, Function<T, String>> fields) {
    return item -> {
      final List<FieldValue> entries = new ArrayList<>(fields.size());
      fields.forEach(
          (field, value) -> {
            final String held = value.apply(item);
            if (held != null) {
              entries.add(new FieldValue(field, held));
            }
          });
      return entries;
    };
  }

  /**
   * The index lookups a filter allows: for each indexed field it sets to exact values, the union of
   * their entries, which holds every item the filter can match.
   */
  static List<List<FieldValue>> lookups(
      final SearchFilter<?> filter, final Iterable<String> indexedFields) {
    final List<List<FieldValue>> lookups = new ArrayList<>();
    for (final String field : indexedFields) {
      final List<String> values = filter.exactValues(field);
      if (values != null) {
        lookups.add(values.stream().map(value -> new FieldValue(field, value)).toList());
      }
    }
    return lookups;
  }
}

package io.baton.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The {@code filter} of a Camunda 8.8 search: its fields are joined with AND, each read by the
 * resource's {@link Field} of that name into a condition on an item. A field the resource does not
 * have is a 400 naming it, as is an operator or a value its type does not take (see {@link
 * FilterProperty}); a field set to null is unset, as the Camunda client sends them. Dates compare
 * as instants; variable values compare as Camunda stores them, JSON text ({@code "\"ACME\""},
 * {@code "10000"}).
 *
 * <p>The field factories follow 8.8's filter types: {@link #string} ({@code StringFilterProperty}),
 * {@link #key} ({@code BasicStringFilterProperty}, keys), {@link #integer}, {@link #date} and
 * {@link #instant}, {@link #state} (the state filter properties), {@link #plain} and friends (a
 * bare string, enum or key, exact match only), {@link #bool}, {@link #variables} ({@code [{name,
 * value}]}) and {@link #anyOf} ({@code $or}).
 *
 * @param <T> the items searched
 */
final class SearchFilter<T> implements Predicate<T> {

  private static final Set<String> VARIABLE_PROPERTIES = Set.of("name", "value");

  /** Reads one filter field into a condition on an item; problems are recorded. */
  interface Field<T> {
    Predicate<T> parse(String path, JsonNode spec, SearchProblems problems);
  }

  private final List<Predicate<T>> conditions = new ArrayList<>();
  private final Map<String, List<String>> exactValues = new HashMap<>();

  /**
   * Reads a filter (null or missing: every item) found at {@code path} of the request; problems are
   * recorded, not thrown.
   */
  SearchFilter(
      final String path,
      final JsonNode filter,
      final Map<String, Field<T>> fields,
      final SearchProblems problems) {
    if (filter == null || filter.isNull() || filter.isMissingNode()) {
      return;
    }
    if (!filter.isObject()) {
      problems.cannotParse(path);
      return;
    }
    filter
        .properties()
        .forEach(
            entry -> {
              final String at = path + "." + entry.getKey();
              final Field<T> field = fields.get(entry.getKey());
              final JsonNode spec = entry.getValue();
              if (field == null) {
                problems.cannotParse(at);
              } else if (!spec.isNull()) {
                conditions.add(field.parse(at, spec, problems));
                final List<String> values = FilterProperty.exactValues(spec);
                if (values != null) {
                  exactValues.put(entry.getKey(), values);
                }
              }
            });
  }

  /** The request's {@code filter}. */
  SearchFilter(
      final JsonNode filter, final Map<String, Field<T>> fields, final SearchProblems problems) {
    this("filter", filter, fields, problems);
  }

  /**
   * The values the field can only match one of (a plain value, {@code $eq} or {@code $in}), or
   * null: what an index lookup for the field needs.
   */
  List<String> exactValues(final String field) {
    return exactValues.get(field);
  }

  /**
   * Whether the item meets every condition. It runs for every candidate item of a search, so it
   * loops rather than streams.
   */
  @Override
  public boolean test(final T item) {
    for (final Predicate<T> condition : conditions) {
      if (!condition.test(item)) {
        return false;
      }
    }
    return true;
  }

  /** A filter property of the given operators over the values an item holds for it. */
  static <T, V extends Comparable<? super V>> Field<T> property(
      final Set<String> operators,
      final FilterProperty.Parser<V> parser,
      final Function<T, List<V>> values) {
    return (path, spec, problems) -> {
      final Predicate<List<V>> condition =
          FilterProperty.condition(path, spec, operators, parser, problems);
      return item -> condition.test(values.apply(item));
    };
  }

  /** {@code StringFilterProperty} over several values (any may match), e.g. candidate groups. */
  static <T> Field<T> strings(final Function<T, List<String>> values) {
    return property(FilterProperty.STRING_OPERATORS, FilterProperty.TEXT, values);
  }

  /** {@code StringFilterProperty}. */
  static <T> Field<T> string(final Function<T, String> value) {
    return strings(item -> single(value.apply(item)));
  }

  /** {@code BasicStringFilterProperty} of a key: no {@code $like}, keys compare as numbers. */
  static <T> Field<T> key(final Function<T, String> value) {
    return property(
        FilterProperty.BASIC_STRING_OPERATORS,
        FilterProperty.KEY,
        item -> single(ApiFormats.key(value.apply(item))));
  }

  /** {@code IntegerFilterProperty}. */
  static <T> Field<T> integer(final Function<T, Integer> value) {
    return property(
        FilterProperty.RANGE_OPERATORS, FilterProperty.INT32, item -> single(value.apply(item)));
  }

  /** {@code DateTimeFilterProperty} over an API date. */
  static <T> Field<T> date(final Function<T, String> value) {
    return instant(
        item -> {
          final String date = value.apply(item);
          return date == null ? null : OffsetDateTime.parse(date).toInstant();
        });
  }

  /** {@code DateTimeFilterProperty} over an instant (null when the item has none). */
  static <T> Field<T> instant(final Function<T, Instant> value) {
    return property(
        FilterProperty.RANGE_OPERATORS,
        FilterProperty.DATE_TIME,
        item -> single(value.apply(item)));
  }

  /** A state filter property ({@code $eq/$neq/$exists/$in/$like}) over the given states. */
  static <T> Field<T> state(final Set<String> states, final Function<T, String> value) {
    return property(
        FilterProperty.ENUM_OPERATORS,
        FilterProperty.oneOf(states),
        item -> single(value.apply(item)));
  }

  /** A field 8.8 filters by exact value only (a bare string, no advanced filter). */
  static <T> Field<T> plain(final Function<T, String> value) {
    return plain(spec -> spec.isTextual() || spec.isIntegralNumber(), value);
  }

  /** A bare key: a string (or number) of digits. */
  static <T> Field<T> plainKey(final Function<T, String> value) {
    return plain(FilterProperty::isKey, value);
  }

  /** A bare enum value: one of the given names. */
  static <T> Field<T> plainOneOf(final Set<String> allowed, final Function<T, String> value) {
    return plain(spec -> spec.isTextual() && allowed.contains(spec.asText()), value);
  }

  private static <T> Field<T> plain(
      final Predicate<JsonNode> valid, final Function<T, String> value) {
    return (path, spec, problems) -> {
      if (!valid.test(spec)) {
        problems.cannotParse(path);
        return item -> false;
      }
      final String wanted = spec.asText();
      return item -> wanted.equals(value.apply(item));
    };
  }

  /** A boolean: the item's flag must equal it. */
  static <T> Field<T> bool(final Predicate<T> flag) {
    return (path, spec, problems) -> {
      if (!spec.isBoolean()) {
        problems.cannotParse(path);
        return item -> false;
      }
      final boolean wanted = spec.booleanValue();
      return item -> flag.test(item) == wanted;
    };
  }

  /**
   * {@code [{"name", "value"}]}: the item has each variable with a value that passes its filter
   * (any of the values when it has the name in several scopes). A filter of only {@code $exists}
   * asks whether the variable is there at all.
   *
   * @param values an item's values of the variable with the given name, none when it has none
   */
  static <T> Field<T> variables(final BiFunction<T, String, List<String>> values) {
    return (path, spec, problems) -> {
      if (!spec.isArray()) {
        problems.cannotParse(path);
        return item -> false;
      }
      final List<Predicate<T>> variables = new ArrayList<>();
      for (int i = 0; i < spec.size(); i++) {
        final String at = path + "[" + i + "]";
        final JsonNode variable = spec.get(i);
        if (!variable.isObject()) {
          problems.cannotParse(at);
          continue;
        }
        variable
            .propertyStream()
            .map(Map.Entry::getKey)
            .filter(name -> !VARIABLE_PROPERTIES.contains(name))
            .forEach(name -> problems.cannotParse(at + "." + name));
        final JsonNode name = variable.path("name");
        final JsonNode value = variable.path("value");
        if (!name.isTextual() || name.asText().isEmpty()) {
          problems.add("No name provided in '" + at + "'");
          continue;
        }
        if (value.isMissingNode() || value.isNull()) {
          problems.add("No value provided in '" + at + "'");
          continue;
        }
        final Predicate<List<String>> condition =
            FilterProperty.condition(
                at + ".value",
                value,
                FilterProperty.STRING_OPERATORS,
                FilterProperty.TEXT,
                problems);
        final boolean existence = FilterProperty.onlyExists(value);
        final String variableName = name.asText();
        variables.add(
            item -> {
              final List<String> current = values.apply(item, variableName);
              return current.isEmpty()
                  ? existence && condition.test(List.of())
                  : current.stream().anyMatch(one -> condition.test(List.of(one)));
            });
      }
      return item -> variables.stream().allMatch(variable -> variable.test(item));
    };
  }

  /**
   * {@code $or}: a list of filters of the given fields, any of which must match (none: no
   * condition).
   */
  static <T> Field<T> anyOf(final Map<String, Field<T>> fields) {
    return (path, spec, problems) -> {
      if (!spec.isArray()) {
        problems.cannotParse(path);
        return item -> false;
      }
      final List<SearchFilter<T>> alternatives = new ArrayList<>();
      for (int i = 0; i < spec.size(); i++) {
        alternatives.add(new SearchFilter<>(path + "[" + i + "]", spec.get(i), fields, problems));
      }
      return item ->
          alternatives.isEmpty()
              || alternatives.stream().anyMatch(alternative -> alternative.test(item));
    };
  }

  static <V> List<V> single(final V value) {
    return value == null ? List.of() : List.of(value);
  }
}

package io.baton.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Camunda 8.8's filter properties: a plain value (exact match) or an advanced filter, an object of
 * operators joined with AND. A property becomes a condition on the values an item holds for it:
 * none (the property is missing), one, or several (candidate groups). An operator set to null or to
 * an empty list is unset, as the Camunda client sends them by default.
 */
final class FilterProperty {

  /** {@code StringFilterProperty}. */
  static final Set<String> STRING_OPERATORS =
      Set.of("$eq", "$neq", "$exists", "$in", "$notIn", "$like");

  /** {@code BasicStringFilterProperty} (keys): no {@code $like}. */
  static final Set<String> BASIC_STRING_OPERATORS =
      Set.of("$eq", "$neq", "$exists", "$in", "$notIn");

  /** The state filter properties (user task, process and element instance): no {@code $notIn}. */
  static final Set<String> ENUM_OPERATORS = Set.of("$eq", "$neq", "$exists", "$in", "$like");

  /** {@code IntegerFilterProperty} and {@code DateTimeFilterProperty}. */
  static final Set<String> RANGE_OPERATORS =
      Set.of("$eq", "$neq", "$exists", "$gt", "$gte", "$lt", "$lte", "$in");

  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,10}");
  private static final Pattern KEY_PATTERN = Pattern.compile("-?\\d{1,19}");

  /** Reads one operand; on a bad one it records the problem and answers null. */
  interface Parser<T> {
    T parse(String path, JsonNode value, SearchProblems problems);
  }

  /** A string; JSON numbers are read as their text, as Jackson coerces them. */
  static final Parser<String> TEXT =
      (path, value, problems) -> {
        if (value.isTextual() || value.isNumber()) {
          return value.asText();
        }
        problems.cannotParse(path);
        return null;
      };

  static final Parser<Integer> INT32 =
      (path, value, problems) -> {
        if (value.isIntegralNumber() && value.canConvertToInt()) {
          return value.intValue();
        }
        if (value.isTextual() && INTEGER.matcher(value.asText()).matches()) {
          try {
            return Integer.valueOf(value.asText());
          } catch (final NumberFormatException tooLarge) {
            // reported below
          }
        }
        problems.cannotParse(path);
        return null;
      };

  /** A key, a string (or number) of digits, compared as a number. */
  static final Parser<Long> KEY =
      (path, value, problems) -> {
        if (isKey(value)) {
          try {
            return Long.valueOf(value.asText());
          } catch (final NumberFormatException tooLarge) {
            // reported below
          }
        }
        problems.cannotParse(path);
        return null;
      };

  /** An RFC 3339 date-time, compared as an instant. */
  static final Parser<Instant> DATE_TIME =
      (path, value, problems) -> {
        if (value.isTextual()) {
          try {
            return OffsetDateTime.parse(value.asText()).toInstant();
          } catch (final DateTimeParseException e) {
            // reported below
          }
        }
        problems.add(
            "The provided %s '%s' cannot be parsed as a date according to RFC 3339, section 5.6"
                .formatted(path, value.asText()));
        return null;
      };

  /** One of the given names (an enum's values). */
  static Parser<String> oneOf(final Set<String> allowed) {
    return (path, value, problems) -> {
      if (value.isTextual() && allowed.contains(value.asText())) {
        return value.asText();
      }
      problems.cannotParse(path);
      return null;
    };
  }

  private FilterProperty() {}

  /** Whether a value looks like a key: a string or number of up to 19 digits. */
  static boolean isKey(final JsonNode value) {
    return (value.isTextual() || value.isIntegralNumber())
        && KEY_PATTERN.matcher(value.asText()).matches();
  }

  /**
   * The condition a filter property sets; problems (unknown operators, bad operands) are recorded
   * under {@code path}, e.g. {@code filter.priority.$gt}. It runs for every candidate item of a
   * search, so it loops rather than streams.
   */
  static <T extends Comparable<? super T>> Predicate<List<T>> condition(
      final String path,
      final JsonNode spec,
      final Set<String> operators,
      final Parser<T> parser,
      final SearchProblems problems) {
    if (spec.isValueNode()) {
      final T value = parser.parse(path, spec, problems);
      return values -> value != null && anyEqual(values, value);
    }
    if (!spec.isObject()) {
      problems.cannotParse(path);
      return values -> false;
    }
    final List<Predicate<List<T>>> parts = new ArrayList<>();
    spec.properties()
        .forEach(
            entry -> {
              final String operator = entry.getKey();
              final JsonNode operand = entry.getValue();
              final String at = path + "." + operator;
              if (!operators.contains(operator)) {
                problems.cannotParse(at);
              } else if (!operand.isNull()) {
                final Predicate<List<T>> part = operator(operator, at, operand, parser, problems);
                if (part != null) {
                  parts.add(part);
                }
              }
            });
    return values -> {
      for (final Predicate<List<T>> part : parts) {
        if (!part.test(values)) {
          return false;
        }
      }
      return true;
    };
  }

  /** True when the advanced filter sets no operator but {@code $exists}. */
  static boolean onlyExists(final JsonNode spec) {
    if (!spec.isObject()) {
      return false;
    }
    boolean exists = false;
    for (final var entry : spec.properties()) {
      final JsonNode operand = entry.getValue();
      final boolean unset = operand.isNull() || operand.isArray() && operand.isEmpty();
      if (entry.getKey().equals("$exists")) {
        exists = !unset;
      } else if (!unset) {
        return false;
      }
    }
    return exists;
  }

  /**
   * The values a property can only match one of ({@code "x"}, {@code $eq}, {@code $in}), or null.
   */
  static List<String> exactValues(final JsonNode spec) {
    if (spec.isTextual() || spec.isNumber()) {
      return List.of(spec.asText());
    }
    if (!spec.isObject()) {
      return null;
    }
    final JsonNode eq = spec.path("$eq");
    if (eq.isTextual() || eq.isNumber()) {
      return List.of(eq.asText());
    }
    final JsonNode in = spec.path("$in");
    if (in.isArray() && !in.isEmpty()) {
      final List<String> values = new ArrayList<>();
      in.forEach(item -> values.add(item.asText()));
      return values;
    }
    return null;
  }

  private static <T extends Comparable<? super T>> Predicate<List<T>> operator(
      final String operator,
      final String at,
      final JsonNode operand,
      final Parser<T> parser,
      final SearchProblems problems) {
    switch (operator) {
      case "$exists" -> {
        if (!operand.isBoolean()) {
          problems.cannotParse(at);
          return null;
        }
        final boolean exists = operand.booleanValue();
        return values -> values.isEmpty() != exists;
      }
      case "$in", "$notIn" -> {
        if (!operand.isArray()) {
          problems.cannotParse(at);
          return null;
        }
        if (operand.isEmpty()) {
          return null;
        }
        final List<T> options = new ArrayList<>();
        for (int i = 0; i < operand.size(); i++) {
          final T option = parser.parse(at + "[" + i + "]", operand.get(i), problems);
          if (option != null) {
            options.add(option);
          }
        }
        final boolean in = operator.equals("$in");
        return values -> in == values.stream().anyMatch(value -> anyEqual(options, value));
      }
      case "$like" -> {
        if (!operand.isTextual()) {
          problems.cannotParse(at);
          return null;
        }
        final Predicate<String> like = like(operand.asText());
        return values -> values.stream().anyMatch(value -> like.test(value.toString()));
      }
      default -> {
        final T bound = parser.parse(at, operand, problems);
        if (bound == null) {
          return null;
        }
        return switch (operator) {
          case "$eq" -> values -> anyEqual(values, bound);
          case "$neq" -> values -> !anyEqual(values, bound);
          case "$gt" -> values -> values.stream().anyMatch(value -> value.compareTo(bound) > 0);
          case "$gte" -> values -> values.stream().anyMatch(value -> value.compareTo(bound) >= 0);
          case "$lt" -> values -> values.stream().anyMatch(value -> value.compareTo(bound) < 0);
          case "$lte" -> values -> values.stream().anyMatch(value -> value.compareTo(bound) <= 0);
          default -> throw new IllegalStateException("Unhandled operator " + operator);
        };
      }
    }
  }

  private static <T extends Comparable<? super T>> boolean anyEqual(
      final List<T> values, final T wanted) {
    for (final T value : values) {
      if (value.compareTo(wanted) == 0) {
        return true;
      }
    }
    return false;
  }

  /** {@code *} any characters, {@code ?} one; a backslash escapes the next character. */
  static Predicate<String> like(final String pattern) {
    final StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      final char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '*') {
        regex.append(".*");
      } else if (c == '?') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL).asMatchPredicate();
  }
}

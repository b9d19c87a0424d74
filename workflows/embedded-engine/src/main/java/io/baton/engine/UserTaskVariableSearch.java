package io.baton.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.VariableSearchResult;
import java.util.List;
import java.util.function.Predicate;

/**
 * Camunda 8.8's search of a user task's variables ({@code UserTaskVariableSearchQueryRequest}):
 * {@code filter.name} as a string filter property, sorting by {@code value}, {@code name}, {@code
 * tenantId}, {@code variableKey}, {@code scopeKey} or {@code processInstanceKey}, ties broken by
 * the variable key, and the same paging as every search.
 */
final class UserTaskVariableSearch {

  static final SearchQuery.Sortable<VariableSearchResult> SORTABLE =
      SearchQuery.Sortable.<VariableSearchResult>byKey(
              variable -> Long.parseLong(variable.getVariableKey()))
          .text("value", VariableSearchResult::getValue)
          .text("name", VariableSearchResult::getName)
          .text("tenantId", VariableSearchResult::getTenantId)
          .number("variableKey", variable -> key(variable.getVariableKey()))
          .number("scopeKey", variable -> key(variable.getScopeKey()))
          .number("processInstanceKey", variable -> key(variable.getProcessInstanceKey()));

  private UserTaskVariableSearch() {}

  /** The filter's condition (every variable without one); problems are recorded. */
  static Predicate<VariableSearchResult> filter(
      final JsonNode filter, final SearchProblems problems) {
    if (filter == null || filter.isNull() || filter.isMissingNode()) {
      return variable -> true;
    }
    if (!filter.isObject()) {
      problems.cannotParse("filter");
      return variable -> false;
    }
    Predicate<VariableSearchResult> condition = variable -> true;
    for (final var field : filter.properties()) {
      if (!field.getKey().equals("name")) {
        problems.cannotParse("filter." + field.getKey());
      } else if (!field.getValue().isNull()) {
        final Predicate<List<String>> name =
            FilterProperty.condition(
                "filter.name",
                field.getValue(),
                FilterProperty.STRING_OPERATORS,
                FilterProperty.TEXT,
                problems);
        condition = variable -> name.test(List.of(variable.getName()));
      }
    }
    return condition;
  }

  private static Long key(final String key) {
    return key == null ? null : Long.valueOf(key);
  }
}

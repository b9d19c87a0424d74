package io.baton.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.VariableSearchResult;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Camunda 8.8's search of a user task's variables ({@code UserTaskVariableSearchQueryRequest}):
 * {@code filter.name} as a string filter property, sorted and paged as every variable search
 * ({@link VariableSearch#SORTABLE}).
 */
final class UserTaskVariableSearch {

  private static final Map<String, SearchFilter.Field<VariableSearchResult>> FIELDS =
      Map.of("name", VariableSearch.FIELDS.get("name"));

  private UserTaskVariableSearch() {}

  /** The filter's condition (every variable without one); problems are recorded. */
  static Predicate<VariableSearchResult> filter(
      final JsonNode filter, final SearchProblems problems) {
    return new SearchFilter<>(filter, FIELDS, problems);
  }
}

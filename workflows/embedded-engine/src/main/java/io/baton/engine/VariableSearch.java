package io.baton.engine;

import io.camunda.client.protocol.rest.VariableResult;
import io.camunda.client.protocol.rest.VariableSearchResult;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import java.util.Map;
import java.util.function.Function;

/**
 * Camunda 8.8's variable search ({@code VariableFilter}): {@code name} and {@code value} as string
 * filter properties (the value as Camunda stores it, JSON text), {@code tenantId} plain, {@code
 * isTruncated}, and the keys as basic string filter properties; sorting by {@code value}, {@code
 * name}, {@code tenantId}, {@code variableKey}, {@code scopeKey} or {@code processInstanceKey} (a
 * user task's variables sort the same way), ties broken by the variable key. Values are never
 * truncated here, so {@code isTruncated} is false and {@code truncateValues} changes nothing.
 */
final class VariableSearch {

  static final SearchQuery.Sortable<VariableSearchResult> SORTABLE =
      SearchQuery.Sortable.<VariableSearchResult>byKey(
              variable -> Long.parseLong(variable.getVariableKey()))
          .text("value", VariableSearchResult::getValue)
          .text("name", VariableSearchResult::getName)
          .text("tenantId", VariableSearchResult::getTenantId)
          .number("variableKey", variable -> ApiFormats.key(variable.getVariableKey()))
          .number("scopeKey", variable -> ApiFormats.key(variable.getScopeKey()))
          .number(
              "processInstanceKey", variable -> ApiFormats.key(variable.getProcessInstanceKey()));

  static final Map<String, SearchFilter.Field<VariableSearchResult>> FIELDS =
      Map.of(
          "name", SearchFilter.string(VariableSearchResult::getName),
          "value", SearchFilter.string(VariableSearchResult::getValue),
          "tenantId", SearchFilter.plain(VariableSearchResult::getTenantId),
          "isTruncated", SearchFilter.bool(VariableSearchResult::getIsTruncated),
          "variableKey", SearchFilter.key(VariableSearchResult::getVariableKey),
          "scopeKey", SearchFilter.key(VariableSearchResult::getScopeKey),
          "processInstanceKey", SearchFilter.key(VariableSearchResult::getProcessInstanceKey));

  /** The fields the read model indexes; {@code processInstanceKey} finds an instance's. */
  static final Map<String, Function<VariableSearchResult, String>> INDEXED =
      Map.of(
          "variableKey", VariableSearchResult::getVariableKey,
          "name", VariableSearchResult::getName,
          "scopeKey", VariableSearchResult::getScopeKey,
          "processInstanceKey", VariableSearchResult::getProcessInstanceKey);

  private VariableSearch() {}

  /** A variable as searches answer it, from its latest record. */
  static VariableSearchResult result(final long variableKey, final VariableRecordValue variable) {
    return new VariableSearchResult()
        .variableKey(Long.toString(variableKey))
        .name(variable.getName())
        .value(variable.getValue())
        .isTruncated(false)
        .scopeKey(Long.toString(variable.getScopeKey()))
        .processInstanceKey(Long.toString(variable.getProcessInstanceKey()))
        .tenantId(variable.getTenantId());
  }

  /** A variable as {@code GET /v2/variables/{key}} answers it (8.8 has no isTruncated there). */
  static VariableResult toGetResult(final VariableSearchResult variable) {
    return new VariableResult()
        .variableKey(variable.getVariableKey())
        .name(variable.getName())
        .value(variable.getValue())
        .scopeKey(variable.getScopeKey())
        .processInstanceKey(variable.getProcessInstanceKey())
        .tenantId(variable.getTenantId());
  }
}

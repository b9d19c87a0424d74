package io.baton.engine;

import io.camunda.client.protocol.rest.IncidentResult;
import io.camunda.client.protocol.rest.IncidentResult.ErrorTypeEnum;
import io.camunda.client.protocol.rest.IncidentResult.StateEnum;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Camunda 8.8's incident search ({@code IncidentFilter}): {@code creationTime} as a date range,
 * every other field a plain value ({@code errorType} and {@code state} one of 8.8's names); sorting
 * by 8.8's fields, ties broken by the incident key.
 */
final class IncidentSearch {

  private static final Set<String> ERROR_TYPES =
      Arrays.stream(ErrorTypeEnum.values())
          .filter(type -> type != ErrorTypeEnum.UNKNOWN_DEFAULT_OPEN_API)
          .map(ErrorTypeEnum::getValue)
          .collect(Collectors.toUnmodifiableSet());

  private static final Set<String> STATES =
      Arrays.stream(StateEnum.values())
          .filter(state -> state != StateEnum.UNKNOWN_DEFAULT_OPEN_API)
          .map(StateEnum::getValue)
          .collect(Collectors.toUnmodifiableSet());

  private static final Function<IncidentResult, String> STATE =
      incident -> incident.getState().getValue();

  static final Map<String, SearchFilter.Field<IncidentResult>> FIELDS =
      Map.ofEntries(
          Map.entry(
              "processDefinitionId", SearchFilter.plain(IncidentResult::getProcessDefinitionId)),
          Map.entry(
              "errorType",
              SearchFilter.plainOneOf(ERROR_TYPES, incident -> incident.getErrorType().getValue())),
          Map.entry("errorMessage", SearchFilter.plain(IncidentResult::getErrorMessage)),
          Map.entry("elementId", SearchFilter.plain(IncidentResult::getElementId)),
          Map.entry("creationTime", SearchFilter.date(IncidentResult::getCreationTime)),
          Map.entry("state", SearchFilter.plainOneOf(STATES, STATE)),
          Map.entry("tenantId", SearchFilter.plain(IncidentResult::getTenantId)),
          Map.entry("incidentKey", SearchFilter.plainKey(IncidentResult::getIncidentKey)),
          Map.entry(
              "processDefinitionKey",
              SearchFilter.plainKey(IncidentResult::getProcessDefinitionKey)),
          Map.entry(
              "processInstanceKey", SearchFilter.plainKey(IncidentResult::getProcessInstanceKey)),
          Map.entry(
              "elementInstanceKey", SearchFilter.plainKey(IncidentResult::getElementInstanceKey)),
          Map.entry("jobKey", SearchFilter.plainKey(IncidentResult::getJobKey)));

  /** The fields the read model indexes; {@code processInstanceKey} finds an instance's. */
  static final Map<String, Function<IncidentResult, String>> INDEXED =
      Map.of(
          "incidentKey", IncidentResult::getIncidentKey,
          "processInstanceKey", IncidentResult::getProcessInstanceKey,
          "elementInstanceKey", IncidentResult::getElementInstanceKey,
          "state", STATE);

  static final SearchQuery.Sortable<IncidentResult> SORTABLE =
      SearchQuery.Sortable.<IncidentResult>byKey(
              incident -> Long.parseLong(incident.getIncidentKey()))
          .number("incidentKey", incident -> ApiFormats.key(incident.getIncidentKey()))
          .number(
              "processDefinitionKey",
              incident -> ApiFormats.key(incident.getProcessDefinitionKey()))
          .text("processDefinitionId", IncidentResult::getProcessDefinitionId)
          .number(
              "processInstanceKey", incident -> ApiFormats.key(incident.getProcessInstanceKey()))
          .text("errorType", incident -> incident.getErrorType().getValue())
          .text("errorMessage", IncidentResult::getErrorMessage)
          .text("elementId", IncidentResult::getElementId)
          .number(
              "elementInstanceKey", incident -> ApiFormats.key(incident.getElementInstanceKey()))
          .number("creationTime", incident -> ApiFormats.epochMillis(incident.getCreationTime()))
          .text("state", STATE)
          .number("jobKey", incident -> ApiFormats.key(incident.getJobKey()))
          .text("tenantId", IncidentResult::getTenantId);

  private IncidentSearch() {}

  /**
   * An incident as Camunda's API answers it, from its latest record: the error message trimmed, an
   * error type 8.8 does not name as UNKNOWN, no job key when no job failed.
   */
  static IncidentResult result(
      final long incidentKey,
      final IncidentRecordValue incident,
      final StateEnum state,
      final String creationTime) {
    final ErrorTypeEnum errorType = ErrorTypeEnum.fromValue(incident.getErrorType().name());
    return new IncidentResult()
        .incidentKey(Long.toString(incidentKey))
        .errorType(
            errorType == ErrorTypeEnum.UNKNOWN_DEFAULT_OPEN_API ? ErrorTypeEnum.UNKNOWN : errorType)
        .errorMessage(incident.getErrorMessage().strip())
        .elementId(incident.getElementId())
        .elementInstanceKey(Long.toString(incident.getElementInstanceKey()))
        .processInstanceKey(Long.toString(incident.getProcessInstanceKey()))
        .processDefinitionKey(Long.toString(incident.getProcessDefinitionKey()))
        .processDefinitionId(incident.getBpmnProcessId())
        .jobKey(ApiFormats.key(incident.getJobKey()))
        .state(state)
        .creationTime(creationTime)
        .tenantId(incident.getTenantId());
  }
}

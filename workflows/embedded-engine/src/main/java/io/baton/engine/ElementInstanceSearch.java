package io.baton.engine;

import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceStateEnum;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Camunda 8.8's element-instance search ({@code ElementInstanceFilter}): {@code state} as a state
 * filter property, {@code startDate} and {@code endDate} as date ranges, {@code hasIncident} (an
 * incident here or below), every other field a plain value ({@code elementInstanceScopeKey}: the
 * instances directly in that flow scope); sorting by 8.8's fields, ties broken by the key.
 */
final class ElementInstanceSearch {

  static final Set<String> STATES =
      Arrays.stream(ElementInstanceStateEnum.values())
          .filter(state -> state != ElementInstanceStateEnum.UNKNOWN_DEFAULT_OPEN_API)
          .map(ElementInstanceStateEnum::getValue)
          .collect(Collectors.toUnmodifiableSet());

  private static final Set<String> TYPES =
      Arrays.stream(ElementInstanceResult.TypeEnum.values())
          .filter(type -> type != ElementInstanceResult.TypeEnum.UNKNOWN_DEFAULT_OPEN_API)
          .map(ElementInstanceResult.TypeEnum::getValue)
          .collect(Collectors.toUnmodifiableSet());

  private static final Function<ElementInstanceEntry, String> KEY =
      element -> Long.toString(element.key);
  private static final Function<ElementInstanceEntry, String> PROCESS_INSTANCE_KEY =
      element -> Long.toString(element.value.getProcessInstanceKey());
  private static final Function<ElementInstanceEntry, String> STATE =
      element -> element.state.getValue();
  private static final Function<ElementInstanceEntry, String> ELEMENT_ID =
      element -> element.value.getElementId();
  private static final Function<ElementInstanceEntry, String> SCOPE_KEY =
      element -> Long.toString(element.value.getFlowScopeKey());

  static final Map<String, SearchFilter.Field<ElementInstanceEntry>> FIELDS =
      Map.ofEntries(
          Map.entry(
              "processDefinitionId",
              SearchFilter.plain(element -> element.value.getBpmnProcessId())),
          Map.entry("state", SearchFilter.state(STATES, STATE)),
          Map.entry("type", SearchFilter.plainOneOf(TYPES, element -> element.type().getValue())),
          Map.entry("elementId", SearchFilter.plain(ELEMENT_ID)),
          Map.entry("elementName", SearchFilter.plain(ElementInstanceEntry::elementName)),
          Map.entry("hasIncident", SearchFilter.bool(ElementInstanceEntry::hasIncident)),
          Map.entry("tenantId", SearchFilter.plain(element -> element.value.getTenantId())),
          Map.entry("elementInstanceKey", SearchFilter.plainKey(KEY)),
          Map.entry("processInstanceKey", SearchFilter.plainKey(PROCESS_INSTANCE_KEY)),
          Map.entry(
              "processDefinitionKey",
              SearchFilter.plainKey(
                  element -> Long.toString(element.value.getProcessDefinitionKey()))),
          Map.entry(
              "incidentKey", SearchFilter.plainKey(element -> ApiFormats.key(element.incidentKey))),
          Map.entry("startDate", SearchFilter.date(ElementInstanceEntry::startDate)),
          Map.entry("endDate", SearchFilter.date(ElementInstanceEntry::endDate)),
          Map.entry("elementInstanceScopeKey", SearchFilter.plainKey(SCOPE_KEY)));

  /** The fields the read model indexes; {@code processInstanceKey} finds an instance's. */
  static final Map<String, Function<ElementInstanceEntry, String>> INDEXED =
      Map.of(
          "elementInstanceKey", KEY,
          "processInstanceKey", PROCESS_INSTANCE_KEY,
          "state", STATE,
          "elementId", ELEMENT_ID,
          "elementInstanceScopeKey", SCOPE_KEY);

  static final SearchQuery.Sortable<ElementInstanceResult> SORTABLE =
      SearchQuery.Sortable.<ElementInstanceResult>byKey(
              element -> Long.parseLong(element.getElementInstanceKey()))
          .number("elementInstanceKey", element -> ApiFormats.key(element.getElementInstanceKey()))
          .number("processInstanceKey", element -> ApiFormats.key(element.getProcessInstanceKey()))
          .number(
              "processDefinitionKey", element -> ApiFormats.key(element.getProcessDefinitionKey()))
          .text("processDefinitionId", ElementInstanceResult::getProcessDefinitionId)
          .number("startDate", element -> ApiFormats.epochMillis(element.getStartDate()))
          .number("endDate", element -> ApiFormats.epochMillis(element.getEndDate()))
          .text("elementId", ElementInstanceResult::getElementId)
          .text("elementName", ElementInstanceResult::getElementName)
          .text("type", element -> element.getType().getValue())
          .text("state", element -> element.getState().getValue())
          .number("incidentKey", element -> ApiFormats.key(element.getIncidentKey()))
          .text("tenantId", ElementInstanceResult::getTenantId);

  private ElementInstanceSearch() {}
}

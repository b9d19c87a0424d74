package io.baton.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceStateEnum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Camunda 8.8's process-instance search ({@code ProcessInstanceFilter}), with its semantics: the
 * string, integer, date and key fields take their filter properties, {@code state} the state
 * operators; {@code variables} are {@code [{name, value}]} over the instance's variables in any
 * scope; {@code tags} must all be on the instance; {@code hasIncident} counts incidents of called
 * instances too; {@code errorMessage} and {@code incidentErrorHashCode} match an active incident's
 * message; {@code hasRetriesLeft} asks for an element whose job failed with retries left; {@code
 * elementId} asks for an element instance of that id, which must also pass {@code
 * elementInstanceState} and {@code hasElementInstanceIncident} (those two alone filter nothing, as
 * in 8.8); {@code batchOperationId} matches nothing, there are no batch operations here; {@code
 * $or} is a list of filters of the same fields, any of which must match besides the others.
 */
final class ProcessInstanceSearch {

  private static final Set<String> STATES =
      Arrays.stream(ProcessInstanceStateEnum.values())
          .filter(state -> state != ProcessInstanceStateEnum.UNKNOWN_DEFAULT_OPEN_API)
          .map(ProcessInstanceStateEnum::getValue)
          .collect(Collectors.toUnmodifiableSet());

  /** The fields on one element instance of the process instance. */
  private static final Map<String, SearchFilter.Field<ElementInstanceEntry>> ELEMENT_FIELDS =
      Map.of(
          "elementId", SearchFilter.string(element -> element.value.getElementId()),
          "elementInstanceState",
              SearchFilter.state(ElementInstanceSearch.STATES, element -> element.state.getValue()),
          "hasElementInstanceIncident", SearchFilter.bool(ElementInstanceEntry::hasIncident));

  /** {@code ProcessInstanceFilterFields}: everything but {@code $or} and the element fields. */
  private static final Map<String, SearchFilter.Field<SearchedProcessInstance>> FIELDS =
      Map.ofEntries(
          Map.entry(
              "processDefinitionId",
              SearchFilter.string(instance(ProcessInstanceResult::getProcessDefinitionId))),
          Map.entry(
              "processDefinitionName",
              SearchFilter.string(instance(ProcessInstanceResult::getProcessDefinitionName))),
          Map.entry(
              "processDefinitionVersion",
              SearchFilter.integer(instance(ProcessInstanceResult::getProcessDefinitionVersion))),
          Map.entry(
              "processDefinitionVersionTag",
              SearchFilter.string(instance(ProcessInstanceResult::getProcessDefinitionVersionTag))),
          Map.entry(
              "processDefinitionKey",
              SearchFilter.key(instance(ProcessInstanceResult::getProcessDefinitionKey))),
          Map.entry("tags", ProcessInstanceSearch::tags),
          Map.entry("startDate", SearchFilter.date(instance(ProcessInstanceResult::getStartDate))),
          Map.entry("endDate", SearchFilter.date(instance(ProcessInstanceResult::getEndDate))),
          Map.entry(
              "state",
              SearchFilter.state(STATES, instance(result -> result.getState().getValue()))),
          Map.entry(
              "hasIncident", SearchFilter.bool(searched -> searched.instance().getHasIncident())),
          Map.entry("tenantId", SearchFilter.string(instance(ProcessInstanceResult::getTenantId))),
          Map.entry(
              "variables",
              SearchFilter.variables((searched, name) -> searched.variableValues().apply(name))),
          Map.entry(
              "processInstanceKey",
              SearchFilter.key(instance(ProcessInstanceResult::getProcessInstanceKey))),
          Map.entry(
              "parentProcessInstanceKey",
              SearchFilter.key(instance(ProcessInstanceResult::getParentProcessInstanceKey))),
          Map.entry(
              "parentElementInstanceKey",
              SearchFilter.key(instance(ProcessInstanceResult::getParentElementInstanceKey))),
          Map.entry("batchOperationId", SearchFilter.string(searched -> null)),
          Map.entry(
              "errorMessage", SearchFilter.strings(searched -> searched.incidentMessages().get())),
          Map.entry(
              "incidentErrorHashCode",
              SearchFilter.property(
                  FilterProperty.RANGE_OPERATORS,
                  FilterProperty.INT32,
                  searched ->
                      searched.incidentMessages().get().stream().map(String::hashCode).toList())),
          Map.entry(
              "hasRetriesLeft",
              SearchFilter.bool(
                  searched ->
                      searched.elements().get().stream()
                          .anyMatch(element -> element.jobFailedWithRetriesLeft))));

  private static final Map<String, SearchFilter.Field<SearchedProcessInstance>> FIELDS_AND_OR =
      with(FIELDS, "$or", ProcessInstanceSearch::anyOf);

  /** The fields the read model indexes. */
  static final Map<String, Function<ProcessInstanceResult, String>> INDEXED =
      Map.of(
          "processInstanceKey", ProcessInstanceResult::getProcessInstanceKey,
          "processDefinitionId", ProcessInstanceResult::getProcessDefinitionId,
          "processDefinitionKey", ProcessInstanceResult::getProcessDefinitionKey,
          "state", instance -> instance.getState().getValue(),
          "parentProcessInstanceKey", ProcessInstanceResult::getParentProcessInstanceKey);

  static final SearchQuery.Sortable<ProcessInstanceResult> SORTABLE =
      SearchQuery.Sortable.<ProcessInstanceResult>byKey(
              instance -> Long.parseLong(instance.getProcessInstanceKey()))
          .number(
              "processInstanceKey", instance -> ApiFormats.key(instance.getProcessInstanceKey()))
          .text("processDefinitionId", ProcessInstanceResult::getProcessDefinitionId)
          .text("processDefinitionName", ProcessInstanceResult::getProcessDefinitionName)
          .number(
              "processDefinitionVersion",
              instance -> instance.getProcessDefinitionVersion().longValue())
          .text(
              "processDefinitionVersionTag", ProcessInstanceResult::getProcessDefinitionVersionTag)
          .number(
              "processDefinitionKey",
              instance -> ApiFormats.key(instance.getProcessDefinitionKey()))
          .number(
              "parentProcessInstanceKey",
              instance -> ApiFormats.key(instance.getParentProcessInstanceKey()))
          .number(
              "parentElementInstanceKey",
              instance -> ApiFormats.key(instance.getParentElementInstanceKey()))
          .number("startDate", instance -> ApiFormats.epochMillis(instance.getStartDate()))
          .number("endDate", instance -> ApiFormats.epochMillis(instance.getEndDate()))
          .text("state", instance -> instance.getState().getValue())
          .text("hasIncident", instance -> instance.getHasIncident().toString())
          .text("tenantId", ProcessInstanceResult::getTenantId);

  private ProcessInstanceSearch() {}

  /** Reads the request's filter (null or missing: every instance); problems are recorded. */
  static Filter filter(final JsonNode filter, final SearchProblems problems) {
    return filter("filter", filter, FIELDS_AND_OR, problems);
  }

  private static Filter filter(
      final String path,
      final JsonNode spec,
      final Map<String, SearchFilter.Field<SearchedProcessInstance>> fields,
      final SearchProblems problems) {
    if (!(spec instanceof final ObjectNode object)) {
      return new Filter(new SearchFilter<>(path, spec, fields, problems), null);
    }
    final ObjectNode instanceSpec = object.deepCopy();
    final ObjectNode elementSpec = instanceSpec.objectNode();
    ELEMENT_FIELDS.keySet().stream()
        .filter(instanceSpec::has)
        .forEach(name -> elementSpec.set(name, instanceSpec.remove(name)));
    final SearchFilter<ElementInstanceEntry> element =
        new SearchFilter<>(path, elementSpec, ELEMENT_FIELDS, problems);
    final JsonNode elementId = elementSpec.path("elementId");
    return new Filter(
        new SearchFilter<>(path, instanceSpec, fields, problems),
        elementId.isMissingNode() || elementId.isNull() ? null : element);
  }

  /** {@code $or}: alternatives of {@code ProcessInstanceFilterFields} (none: no condition). */
  private static Predicate<SearchedProcessInstance> anyOf(
      final String path, final JsonNode spec, final SearchProblems problems) {
    if (!spec.isArray()) {
      problems.cannotParse(path);
      return searched -> false;
    }
    final List<Filter> alternatives = new ArrayList<>();
    for (int i = 0; i < spec.size(); i++) {
      alternatives.add(filter(path + "[" + i + "]", spec.get(i), FIELDS, problems));
    }
    return searched ->
        alternatives.isEmpty()
            || alternatives.stream().anyMatch(alternative -> alternative.test(searched));
  }

  /** {@code tags}: a list of tags the instance must all have. */
  private static Predicate<SearchedProcessInstance> tags(
      final String path, final JsonNode spec, final SearchProblems problems) {
    if (!spec.isArray()) {
      problems.cannotParse(path);
      return searched -> false;
    }
    final List<String> tags = new ArrayList<>();
    for (int i = 0; i < spec.size(); i++) {
      if (spec.get(i).isTextual()) {
        tags.add(spec.get(i).asText());
      } else {
        problems.cannotParse(path + "[" + i + "]");
      }
    }
    return searched -> searched.instance().getTags().containsAll(tags);
  }

  private static <V> Function<SearchedProcessInstance, V> instance(
      final Function<ProcessInstanceResult, V> value) {
    return searched -> value.apply(searched.instance());
  }

  private static <T> Map<String, SearchFilter.Field<T>> with(
      final Map<String, SearchFilter.Field<T>> fields,
      final String name,
      final SearchFilter.Field<T> field) {
    final Map<String, SearchFilter.Field<T>> more = new HashMap<>(fields);
    more.put(name, field);
    return Map.copyOf(more);
  }

  /**
   * A parsed process-instance filter: the instance's own fields and, when {@code elementId} is set,
   * the condition one of its element instances must pass.
   */
  record Filter(
      SearchFilter<SearchedProcessInstance> instance, SearchFilter<ElementInstanceEntry> element)
      implements Predicate<SearchedProcessInstance> {

    @Override
    public boolean test(final SearchedProcessInstance searched) {
      return instance.test(searched)
          && (element == null || searched.elements().get().stream().anyMatch(element));
    }

    /** Index lookups that hold every instance this filter can match. */
    List<List<FieldValue>> lookups() {
      return FieldValue.lookups(instance, INDEXED.keySet());
    }
  }
}

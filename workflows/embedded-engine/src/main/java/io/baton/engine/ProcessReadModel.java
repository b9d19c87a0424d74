package io.baton.engine;

import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceStateEnum;
import io.camunda.client.protocol.rest.IncidentResult;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.VariableSearchResult;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import io.camunda.zeebe.protocol.record.value.deployment.Process;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What Camunda's exporters and search (Operate's indexes) would know about running and finished
 * processes, built from the engine's records (see {@link RecordReadModel}): every process instance
 * and element instance with its state, dates and incident flag, every variable, every incident, and
 * the names of the deployed processes and their elements. Like Operate, a process instance or
 * element instance has an incident while it or anything below it (called processes too) has an
 * active one.
 *
 * <p>Each resource is kept in {@link IndexedItems} filed under the fields its search indexes
 * ({@code INDEXED} of {@link ProcessInstanceSearch}, {@link ElementInstanceSearch}, {@link
 * VariableSearch}, {@link IncidentSearch}), so searches by key, process instance, state, element
 * id, variable name... read a few entries instead of every item.
 *
 * <p>It keeps the running process instances on the heap; once one ends, it is archived with its
 * element instances, variables and incidents (off the heap) and dropped after the retention.
 */
public final class ProcessReadModel extends RecordReadModel<ProcessReadModel.Saved> {

  /** The field that element instances, variables and incidents are all indexed by. */
  private static final String PROCESS_INSTANCE_KEY = "processInstanceKey";

  private static final Set<ValueType> APPLIED =
      Set.of(
          ValueType.PROCESS,
          ValueType.PROCESS_INSTANCE,
          ValueType.VARIABLE,
          ValueType.INCIDENT,
          ValueType.JOB);

  private final Map<Long, ProcessNames> processNames = new HashMap<>();
  private final Map<Long, String> versionTags = new HashMap<>();
  private final IndexedItems<ElementInstanceEntry, FieldValue> processInstances =
      items(
          'p',
          FieldValue.entries(ProcessInstanceSearch.INDEXED)
              .compose(ElementInstanceEntry::toProcessInstance),
          FieldValue::name,
          elementCodec());
  private final IndexedItems<ElementInstanceEntry, FieldValue> elementInstances =
      items(
          'e', FieldValue.entries(ElementInstanceSearch.INDEXED), FieldValue::name, elementCodec());
  private final IndexedItems<VariableSearchResult, FieldValue> variables =
      items(
          'v',
          FieldValue.entries(VariableSearch.INDEXED),
          FieldValue::name,
          json(VariableSearchResult.class, Function.identity(), Function.identity()));
  private final IndexedItems<IncidentResult, FieldValue> incidents =
      items(
          'i',
          FieldValue.entries(IncidentSearch.INDEXED),
          FieldValue::name,
          json(IncidentResult.class, Function.identity(), Function.identity()));

  ProcessReadModel(final ReadModelContext context) {
    super(context, "processes", Saved.class, APPLIED);
  }

  private IndexedItems.Codec<ElementInstanceEntry> elementCodec() {
    return json(
        ElementInstanceEntry.Saved.class,
        ElementInstanceEntry::saved,
        saved -> ElementInstanceEntry.restored(saved, this::namesOf, this::versionTagOf));
  }

  synchronized List<ProcessInstanceResult> processInstances(
      final ProcessInstanceSearch.Filter filter) {
    catchUp();
    return search(processInstances, filter.lookups(), this::searched, filter).stream()
        .map(SearchedProcessInstance::instance)
        .toList();
  }

  synchronized Optional<ProcessInstanceResult> processInstance(final long processInstanceKey) {
    catchUp();
    return Optional.ofNullable(processInstances.get(processInstanceKey))
        .map(ElementInstanceEntry::toProcessInstance);
  }

  synchronized List<ElementInstanceResult> elementInstances(
      final SearchFilter<ElementInstanceEntry> filter) {
    catchUp();
    return search(
            elementInstances,
            FieldValue.lookups(filter, ElementInstanceSearch.INDEXED.keySet()),
            Function.identity(),
            filter)
        .stream()
        .map(ElementInstanceEntry::toElementInstance)
        .toList();
  }

  synchronized Optional<ElementInstanceResult> elementInstance(final long elementInstanceKey) {
    catchUp();
    return Optional.ofNullable(elementInstances.get(elementInstanceKey))
        .map(ElementInstanceEntry::toElementInstance);
  }

  synchronized List<VariableSearchResult> variables(
      final SearchFilter<VariableSearchResult> filter) {
    catchUp();
    return search(
        variables,
        FieldValue.lookups(filter, VariableSearch.INDEXED.keySet()),
        Function.identity(),
        filter);
  }

  synchronized Optional<VariableSearchResult> variable(final long variableKey) {
    catchUp();
    return Optional.ofNullable(variables.get(variableKey));
  }

  synchronized List<IncidentResult> incidents(final SearchFilter<IncidentResult> filter) {
    catchUp();
    return search(
        incidents,
        FieldValue.lookups(filter, IncidentSearch.INDEXED.keySet()),
        Function.identity(),
        filter);
  }

  synchronized Optional<IncidentResult> incident(final long incidentKey) {
    catchUp();
    return Optional.ofNullable(incidents.get(incidentKey));
  }

  /** The items of the smallest lookup that pass the filter, each as the filter sees it. */
  private static <T, V> List<V> search(
      final IndexedItems<T, FieldValue> items,
      final List<List<FieldValue>> lookups,
      final Function<T, V> view,
      final Predicate<V> filter) {
    final List<V> matches = new ArrayList<>();
    for (final Long key : items.candidates(lookups)) {
      final V item = view.apply(items.get(key));
      if (filter.test(item)) {
        matches.add(item);
      }
    }
    return matches;
  }

  /** Where element instances, variables and incidents of a process instance are filed. */
  private static FieldValue ofInstance(final long processInstanceKey) {
    return new FieldValue(PROCESS_INSTANCE_KEY, Long.toString(processInstanceKey));
  }

  /** A process instance with what belongs to it, read from the indexes by its key. */
  private SearchedProcessInstance searched(final ElementInstanceEntry instance) {
    final FieldValue ofInstance = ofInstance(instance.key);
    return new SearchedProcessInstance(
        instance.toProcessInstance(),
        name ->
            variables.keys(ofInstance).stream()
                .map(variables::get)
                .filter(variable -> variable.getName().equals(name))
                .map(VariableSearchResult::getValue)
                .toList(),
        () -> elementInstances.keys(ofInstance).stream().map(elementInstances::get).toList(),
        () ->
            incidents.keys(ofInstance).stream()
                .map(incidents::get)
                .filter(incident -> incident.getState() == IncidentResult.StateEnum.ACTIVE)
                .map(IncidentResult::getErrorMessage)
                .toList());
  }

  @Override
  protected void apply(final Record<?> record) {
    switch (record.getValueType()) {
      case PROCESS -> {
        if (record.getIntent() == ProcessIntent.CREATED) {
          final Process process = (Process) record.getValue();
          processNames.put(process.getProcessDefinitionKey(), ProcessNames.of(process));
          versionTags.put(process.getProcessDefinitionKey(), blankToNull(process.getVersionTag()));
        }
      }
      case PROCESS_INSTANCE ->
          applyElement(
              (ProcessInstanceIntent) record.getIntent(),
              record,
              (ProcessInstanceRecordValue) record.getValue());
      case VARIABLE ->
          variables.put(
              record.getKey(),
              VariableSearch.result(record.getKey(), (VariableRecordValue) record.getValue()));
      case INCIDENT ->
          applyIncident(
              (IncidentIntent) record.getIntent(), record, (IncidentRecordValue) record.getValue());
      case JOB -> {
        final JobRecordValue job = (JobRecordValue) record.getValue();
        final boolean retriesLeft = record.getIntent() == JobIntent.FAILED && job.getRetries() > 0;
        elementInstances.change(
            job.getElementInstanceKey(), element -> element.jobFailedWithRetriesLeft = retriesLeft);
      }
      default -> {}
    }
  }

  /** Element instances as Operate keeps them: from activating to completed or terminated. */
  private void applyElement(
      final ProcessInstanceIntent intent,
      final Record<?> record,
      final ProcessInstanceRecordValue value) {
    if (value.getBpmnElementType() == BpmnElementType.SEQUENCE_FLOW) {
      return;
    }
    final long key = record.getKey();
    final IndexedItems<ElementInstanceEntry, FieldValue> items =
        value.getBpmnElementType() == BpmnElementType.PROCESS ? processInstances : elementInstances;
    final ProcessNames names = namesOf(value);
    final String versionTag = versionTagOf(value);
    if (intent == ProcessInstanceIntent.ELEMENT_ACTIVATING) {
      items.put(
          key, new ElementInstanceEntry(key, record.getTimestamp(), value, names, versionTag));
      return;
    }
    items.change(
        key,
        element -> {
          element.value = value;
          element.names = names;
          element.versionTag = versionTag;
          switch (intent) {
            case ELEMENT_COMPLETED -> end(element, ElementInstanceStateEnum.COMPLETED, record);
            case ELEMENT_TERMINATED -> end(element, ElementInstanceStateEnum.TERMINATED, record);
            default -> {}
          }
        });
    final boolean ended =
        intent == ProcessInstanceIntent.ELEMENT_COMPLETED
            || intent == ProcessInstanceIntent.ELEMENT_TERMINATED;
    if (ended && value.getBpmnElementType() == BpmnElementType.PROCESS) {
      archive(key, record.getTimestamp());
    }
  }

  /** Archives an ended process instance with its element instances, variables and incidents. */
  private void archive(final long processInstanceKey, final long endTimestamp) {
    final FieldValue ofInstance = ofInstance(processInstanceKey);
    elementInstances.keys(ofInstance).forEach(key -> elementInstances.archive(key, endTimestamp));
    variables.keys(ofInstance).forEach(key -> variables.archive(key, endTimestamp));
    incidents.keys(ofInstance).forEach(key -> incidents.archive(key, endTimestamp));
    processInstances.archive(processInstanceKey, endTimestamp);
  }

  private ProcessNames namesOf(final ProcessInstanceRecordValue value) {
    return processNames.getOrDefault(value.getProcessDefinitionKey(), ProcessNames.NONE);
  }

  private String versionTagOf(final ProcessInstanceRecordValue value) {
    return versionTags.get(value.getProcessDefinitionKey());
  }

  private void end(
      final ElementInstanceEntry element,
      final ElementInstanceStateEnum state,
      final Record<?> record) {
    element.state = state;
    element.endTimestamp = record.getTimestamp();
  }

  private void applyIncident(
      final IncidentIntent intent, final Record<?> record, final IncidentRecordValue value) {
    final long key = record.getKey();
    final IncidentResult known = incidents.get(key);
    switch (intent) {
      case CREATED -> {
        incidents.put(
            key,
            IncidentSearch.result(
                key,
                value,
                IncidentResult.StateEnum.ACTIVE,
                ApiFormats.date(record.getTimestamp())));
        changeElement(value.getElementInstanceKey(), element -> element.incidentKey = key);
        countIncident(value.getElementInstanceKey(), 1);
      }
      case RESOLVED -> {
        if (known != null && known.getState() != IncidentResult.StateEnum.RESOLVED) {
          incidents.put(
              key,
              IncidentSearch.result(
                  key, value, IncidentResult.StateEnum.RESOLVED, known.getCreationTime()));
          changeElement(
              value.getElementInstanceKey(),
              element -> {
                if (element.incidentKey == key) {
                  element.incidentKey = 0;
                }
              });
          countIncident(value.getElementInstanceKey(), -1);
        }
      }
      case MIGRATED -> {
        if (known != null) {
          incidents.put(
              key, IncidentSearch.result(key, value, known.getState(), known.getCreationTime()));
        }
      }
      default -> {}
    }
  }

  /**
   * Counts an incident created (+1) or resolved (-1) for its element instance and every instance
   * above it: flow scopes up to the process instance, then the call activity that started it, and
   * so on up to the root process instance.
   */
  private void countIncident(final long elementInstanceKey, final int change) {
    long key = elementInstanceKey;
    while (key > 0) {
      final ElementInstanceEntry element = element(key);
      if (element == null) {
        return;
      }
      changeElement(key, entry -> entry.activeIncidents += change);
      key = element.parentKey();
    }
  }

  private ElementInstanceEntry element(final long key) {
    final ElementInstanceEntry element = elementInstances.get(key);
    return element != null ? element : processInstances.get(key);
  }

  private void changeElement(final long key, final Consumer<ElementInstanceEntry> change) {
    elementInstances.change(key, change);
    processInstances.change(key, change);
  }

  private static String blankToNull(final String text) {
    return text == null || text.isBlank() ? null : text;
  }

  @Override
  protected void dropExpired() {
    processInstances.dropExpired();
    elementInstances.dropExpired();
    variables.dropExpired();
    incidents.dropExpired();
  }

  @Override
  Map<String, Integer> sizes() {
    final Map<String, Integer> sizes = new TreeMap<>();
    sizes.putAll(processInstances.sizes("processInstances"));
    sizes.putAll(elementInstances.sizes("elementInstances"));
    sizes.putAll(variables.sizes("variables"));
    sizes.putAll(incidents.sizes("incidents"));
    sizes.put(
        "indexEntries",
        processInstances.indexEntryCount()
            + elementInstances.indexEntryCount()
            + variables.indexEntryCount()
            + incidents.indexEntryCount());
    return sizes;
  }

  @Override
  protected Saved saved() {
    final List<ElementInstanceEntry.Saved> elements = new ArrayList<>();
    processInstances.live().forEach(instance -> elements.add(instance.saved()));
    elementInstances.live().forEach(element -> elements.add(element.saved()));
    // a process without a version tag has null: no immutable copy of the tags
    return new Saved(
        Map.copyOf(processNames),
        new HashMap<>(versionTags),
        elements,
        List.copyOf(variables.live()),
        List.copyOf(incidents.live()));
  }

  @Override
  protected void restore(final Saved saved) {
    processNames.putAll(saved.processNames());
    versionTags.putAll(saved.versionTags());
    for (final ElementInstanceEntry.Saved savedElement : saved.elements()) {
      final ElementInstanceEntry element =
          ElementInstanceEntry.restored(savedElement, this::namesOf, this::versionTagOf);
      if (element.isProcess()) {
        processInstances.put(element.key, element);
      } else {
        elementInstances.put(element.key, element);
      }
    }
    saved
        .variables()
        .forEach(variable -> variables.put(ApiFormats.key(variable.getVariableKey()), variable));
    saved
        .incidents()
        .forEach(incident -> incidents.put(ApiFormats.key(incident.getIncidentKey()), incident));
  }

  /** The model as a snapshot holds it. */
  record Saved(
      Map<Long, ProcessNames> processNames,
      Map<Long, String> versionTags,
      List<ElementInstanceEntry.Saved> elements,
      List<VariableSearchResult> variables,
      List<IncidentResult> incidents) {}
}

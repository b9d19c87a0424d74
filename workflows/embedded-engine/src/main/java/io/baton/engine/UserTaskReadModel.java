package io.baton.engine;

import io.camunda.client.protocol.rest.FormResult;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskStateEnum;
import io.camunda.client.protocol.rest.VariableSearchResult;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.intent.FormIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessIntent;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.UserTaskRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import io.camunda.zeebe.protocol.record.value.deployment.Form;
import io.camunda.zeebe.protocol.record.value.deployment.Process;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Camunda's exporters and search would know about user tasks, built from the engine's records:
 * the latest state of each user task, the deployed forms, process and element names, and the
 * variables in each scope. It catches up with the log on every query, so it is rebuilt from the
 * persisted log at start and reads its own writes.
 *
 * <p>Searches are served from {@link TaskIndex indexes} (state, assignee, candidate group and user,
 * process instance, key), updated as each user-task record is applied. One lock (this object's
 * monitor) guards the log position, the tasks, the indexes and the variables: every public
 * operation catches up and reads under it, and hands out only copies.
 */
public final class UserTaskReadModel {

  private static final Logger LOG = LoggerFactory.getLogger(UserTaskReadModel.class);

  private final RecordLog records;
  private final Map<Long, UserTaskEntry> tasks = new LinkedHashMap<>();
  private final Map<Long, FormResult> forms = new HashMap<>();
  private final Map<Long, ProcessNames> processNames = new HashMap<>();
  private final Map<Long, Map<String, VariableSearchResult>> variablesByScope = new HashMap<>();
  private final Map<Long, Long> flowScopeOf = new HashMap<>();
  private final Map<TaskIndex, Map<String, Set<Long>>> indexes = new EnumMap<>(TaskIndex.class);
  private int nextRecord;

  UserTaskReadModel(final RecordLog records) {
    this.records = records;
    for (final TaskIndex index : TaskIndex.values()) {
      indexes.put(index, new HashMap<>());
    }
  }

  /**
   * The tasks that pass the filter, read from the smallest of the given index lookups (each a
   * superset of the matches); with no lookup, every task is checked.
   */
  synchronized List<UserTaskResult> search(
      final List<TaskIndex.Lookup> lookups, final Predicate<SearchedTask> filter) {
    catchUp();
    final List<UserTaskResult> matches = new ArrayList<>();
    for (final Long key : candidates(lookups)) {
      final UserTaskEntry task = tasks.get(key);
      if (task != null && task.isKnown()) {
        final SearchedTask searched = searched(task);
        if (filter.test(searched)) {
          matches.add(searched.task());
        }
      }
    }
    return matches;
  }

  public synchronized Optional<UserTaskResult> find(final long userTaskKey) {
    catchUp();
    return Optional.ofNullable(tasks.get(userTaskKey)).map(UserTaskEntry::toResult);
  }

  public synchronized Optional<FormResult> form(final long formKey) {
    catchUp();
    return Optional.ofNullable(forms.get(formKey));
  }

  /** The variables a user task sees: its own scope's first, then each enclosing scope's. */
  public synchronized List<VariableSearchResult> variablesVisibleTo(final long userTaskKey) {
    catchUp();
    final UserTaskEntry task = tasks.get(userTaskKey);
    if (task == null) {
      return List.of();
    }
    final Map<String, VariableSearchResult> visible = new LinkedHashMap<>();
    Long scope = task.elementInstanceKey;
    while (scope != null && scope > 0) {
      variablesByScope.getOrDefault(scope, Map.of()).forEach(visible::putIfAbsent);
      scope = flowScopeOf.get(scope);
    }
    return new ArrayList<>(visible.values());
  }

  /** The keys of the smallest lookup (sized by its index entries before any is copied). */
  private Collection<Long> candidates(final List<TaskIndex.Lookup> lookups) {
    TaskIndex.Lookup smallest = null;
    int smallestSize = Integer.MAX_VALUE;
    for (final TaskIndex.Lookup lookup : lookups) {
      final int size = lookup.anyOf().stream().mapToInt(entry -> indexed(entry).size()).sum();
      if (size < smallestSize) {
        smallest = lookup;
        smallestSize = size;
      }
    }
    return smallest == null ? List.copyOf(tasks.keySet()) : keys(smallest);
  }

  private Collection<Long> keys(final TaskIndex.Lookup lookup) {
    if (lookup.anyOf().size() == 1) {
      return List.copyOf(indexed(lookup.anyOf().getFirst()));
    }
    final Set<Long> keys = new TreeSet<>();
    lookup.anyOf().forEach(entry -> keys.addAll(indexed(entry)));
    return keys;
  }

  private Set<Long> indexed(final TaskIndex.Entry entry) {
    return indexes.get(entry.index()).getOrDefault(entry.value(), Set.of());
  }

  private SearchedTask searched(final UserTaskEntry task) {
    final Map<String, VariableSearchResult> processScope =
        variablesByScope.getOrDefault(task.processInstanceKey(), Map.of());
    final Map<String, VariableSearchResult> localScope =
        variablesByScope.getOrDefault(task.elementInstanceKey, Map.of());
    return new SearchedTask(
        task.toResult(),
        name -> valueOf(processScope.get(name)),
        name -> valueOf(localScope.get(name)));
  }

  private static String valueOf(final VariableSearchResult variable) {
    return variable == null ? null : variable.getValue();
  }

  private void catchUp() {
    final List<Record<?>> fresh = records.since(nextRecord);
    nextRecord += fresh.size();
    fresh.stream().filter(r -> r.getRecordType() == RecordType.EVENT).forEach(this::applySafely);
  }

  private void applySafely(final Record<?> record) {
    try {
      apply(record);
    } catch (final RuntimeException e) {
      LOG.warn("Skipped record {} in the user-task read model", record.getPosition(), e);
    }
  }

  private void apply(final Record<?> record) {
    switch (record.getIntent()) {
      case final UserTaskIntent intent -> applyUserTask(intent, castValue(record));
      case final ProcessIntent intent when intent == ProcessIntent.CREATED ->
          applyProcess((Process) record.getValue());
      case final FormIntent intent when intent == FormIntent.CREATED ->
          applyForm((Form) record.getValue());
      case final VariableIntent intent
          when intent == VariableIntent.CREATED || intent == VariableIntent.UPDATED ->
          applyVariable(record.getKey(), (VariableRecordValue) record.getValue());
      case final ProcessInstanceIntent intent
          when intent == ProcessInstanceIntent.ELEMENT_ACTIVATING ->
          flowScopeOf.put(
              record.getKey(), ((ProcessInstanceRecordValue) record.getValue()).getFlowScopeKey());
      default -> {}
    }
  }

  @SuppressWarnings("unchecked")
  private static Record<UserTaskRecordValue> castValue(final Record<?> record) {
    return (Record<UserTaskRecordValue>) record;
  }

  private void applyUserTask(
      final UserTaskIntent intent, final Record<UserTaskRecordValue> record) {
    final UserTaskRecordValue value = record.getValue();
    final UserTaskEntry task =
        tasks.computeIfAbsent(value.getUserTaskKey(), key -> new UserTaskEntry());
    final List<TaskIndex.Entry> indexedBefore = task.indexEntries();
    applyToTask(intent, record, task);
    final List<TaskIndex.Entry> indexedAfter = task.indexEntries();
    if (!indexedAfter.equals(indexedBefore)) {
      final long key = value.getUserTaskKey();
      indexedBefore.forEach(entry -> unindex(entry, key));
      indexedAfter.forEach(
          entry ->
              indexes
                  .get(entry.index())
                  .computeIfAbsent(entry.value(), v -> new HashSet<>())
                  .add(key));
    }
  }

  private void unindex(final TaskIndex.Entry entry, final long key) {
    final Map<String, Set<Long>> index = indexes.get(entry.index());
    final Set<Long> keys = index.get(entry.value());
    if (keys != null && keys.remove(key) && keys.isEmpty()) {
      index.remove(entry.value());
    }
  }

  private void applyToTask(
      final UserTaskIntent intent,
      final Record<UserTaskRecordValue> record,
      final UserTaskEntry task) {
    final UserTaskRecordValue value = record.getValue();
    switch (intent) {
      case CREATING -> task.update(value, UserTaskStateEnum.CREATING, names(value));
      case CREATED -> {
        task.update(value, UserTaskStateEnum.CREATED, names(value));
        task.creationTimestamp =
            value.getCreationTimestamp() > 0 ? value.getCreationTimestamp() : record.getTimestamp();
      }
      case ASSIGNED, UPDATED -> task.update(value, UserTaskStateEnum.CREATED, names(value));
      case MIGRATED -> task.update(value, task.state, names(value));
      case ASSIGNING, CLAIMING -> task.state = UserTaskStateEnum.ASSIGNING;
      case UPDATING -> task.state = UserTaskStateEnum.UPDATING;
      case COMPLETING -> task.state = UserTaskStateEnum.COMPLETING;
      case CANCELING -> task.state = UserTaskStateEnum.CANCELING;
      case ASSIGNMENT_DENIED, UPDATE_DENIED, COMPLETION_DENIED ->
          task.state = UserTaskStateEnum.CREATED;
      case COMPLETED -> {
        task.update(value, UserTaskStateEnum.COMPLETED, names(value));
        task.completionTimestamp = record.getTimestamp();
      }
      case CANCELED -> {
        task.update(value, UserTaskStateEnum.CANCELED, names(value));
        task.completionTimestamp = record.getTimestamp();
      }
      default -> {}
    }
  }

  private ProcessNames names(final UserTaskRecordValue value) {
    return processNames.getOrDefault(value.getProcessDefinitionKey(), ProcessNames.NONE);
  }

  private void applyProcess(final Process process) {
    final BpmnModelInstance model =
        Bpmn.readModelFromStream(new ByteArrayInputStream(process.getResource()));
    final Map<String, String> elementNames = new HashMap<>();
    model.getModelElementsByType(FlowElement.class).stream()
        .filter(element -> element.getName() != null)
        .forEach(element -> elementNames.put(element.getId(), element.getName()));
    final String processName =
        model.getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.Process.class).stream()
            .filter(p -> process.getBpmnProcessId().equals(p.getId()))
            .findFirst()
            .map(io.camunda.zeebe.model.bpmn.instance.Process::getName)
            .orElse(null);
    processNames.put(
        process.getProcessDefinitionKey(), new ProcessNames(processName, elementNames));
  }

  private void applyForm(final Form form) {
    forms.put(
        form.getFormKey(),
        new FormResult()
            .formKey(Long.toString(form.getFormKey()))
            .formId(form.getFormId())
            .version((long) form.getVersion())
            .tenantId(form.getTenantId())
            .schema(new String(form.getResource(), StandardCharsets.UTF_8)));
  }

  private void applyVariable(final long variableKey, final VariableRecordValue variable) {
    variablesByScope
        .computeIfAbsent(variable.getScopeKey(), scope -> new LinkedHashMap<>())
        .put(
            variable.getName(),
            new VariableSearchResult()
                .variableKey(Long.toString(variableKey))
                .name(variable.getName())
                .value(variable.getValue())
                .isTruncated(false)
                .scopeKey(Long.toString(variable.getScopeKey()))
                .processInstanceKey(Long.toString(variable.getProcessInstanceKey()))
                .tenantId(variable.getTenantId()));
  }

  record ProcessNames(String processName, Map<String, String> elementNames) {
    static final ProcessNames NONE = new ProcessNames(null, Map.of());
  }
}

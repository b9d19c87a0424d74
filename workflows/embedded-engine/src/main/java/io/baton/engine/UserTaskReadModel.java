package io.baton.engine;

import io.camunda.client.protocol.rest.FormResult;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskStateEnum;
import io.camunda.client.protocol.rest.VariableSearchResult;
import io.camunda.zeebe.protocol.record.Record;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What Camunda's exporters and search would know about user tasks, built from the engine's records:
 * the latest state of each user task, the deployed forms, process and element names, and the
 * variables in each scope (see {@link RecordReadModel} for how it follows the log).
 *
 * <p>Searches are served from {@link TaskIndex indexes} (state, assignee, candidate group and user,
 * process instance, key), updated as each user-task record is applied.
 */
public final class UserTaskReadModel extends RecordReadModel {

  private final IndexedItems<UserTaskEntry, TaskIndex.Entry> tasks =
      new IndexedItems<>(UserTaskEntry::indexEntries);
  private final Map<Long, FormResult> forms = new HashMap<>();
  private final Map<Long, ProcessNames> processNames = new HashMap<>();
  private final Map<Long, Map<String, VariableSearchResult>> variablesByScope = new HashMap<>();
  private final Map<Long, Long> flowScopeOf = new HashMap<>();

  UserTaskReadModel(final RecordLog records) {
    super(records);
  }

  /**
   * The tasks that pass the filter, read from the smallest of the given index lookups (each a
   * superset of the matches); with no lookup, every task is checked.
   */
  synchronized List<UserTaskResult> search(
      final List<TaskIndex.Lookup> lookups, final Predicate<SearchedTask> filter) {
    catchUp();
    final List<UserTaskResult> matches = new ArrayList<>();
    final List<List<TaskIndex.Entry>> unions =
        lookups.stream().map(TaskIndex.Lookup::anyOf).toList();
    for (final Long key : tasks.candidates(unions)) {
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

  @Override
  protected void apply(final Record<?> record) {
    switch (record.getIntent()) {
      case final UserTaskIntent intent -> applyUserTask(intent, castValue(record));
      case final ProcessIntent intent when intent == ProcessIntent.CREATED -> {
        final Process process = (Process) record.getValue();
        processNames.put(process.getProcessDefinitionKey(), ProcessNames.of(process));
      }
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
    final long key = record.getValue().getUserTaskKey();
    tasks.putIfAbsent(key, new UserTaskEntry());
    tasks.change(key, task -> applyToTask(intent, record, task));
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
        .put(variable.getName(), VariableSearch.result(variableKey, variable));
  }
}

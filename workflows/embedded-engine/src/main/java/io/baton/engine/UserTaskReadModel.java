package io.baton.engine;

import io.camunda.client.protocol.rest.FormResult;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskStateEnum;
import io.camunda.client.protocol.rest.VariableSearchResult;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.FormIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessIntent;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What Camunda's exporters and search would know about user tasks, built from the engine's records:
 * the latest state of each user task, the deployed forms, process and element names, and the
 * variables in each scope (see {@link RecordReadModel} for how it follows the log).
 *
 * <p>Searches are served from {@link TaskIndex indexes} (state, assignee, candidate group and user,
 * process instance, key), updated as each user-task record is applied.
 *
 * <p>It keeps the open tasks on the heap; a completed or canceled one is archived (off the heap)
 * and dropped after the retention. The variables and element scopes a task sees are kept per
 * process instance: on the heap while it runs, then archived for the retention after it ended (its
 * tasks ended no later than it did).
 */
public final class UserTaskReadModel extends RecordReadModel<UserTaskReadModel.Saved> {

  private static final Set<ValueType> APPLIED =
      Set.of(
          ValueType.USER_TASK,
          ValueType.PROCESS,
          ValueType.FORM,
          ValueType.VARIABLE,
          ValueType.PROCESS_INSTANCE);

  private final Map<Long, FormResult> forms = new HashMap<>();
  private final Map<Long, ProcessNames> processNames = new HashMap<>();
  private final IndexedItems<UserTaskEntry, TaskIndex.Entry> tasks =
      items(
          't',
          UserTaskEntry::indexEntries,
          TaskIndex.Entry::name,
          json(
              UserTaskEntry.Saved.class,
              UserTaskEntry::saved,
              saved -> UserTaskEntry.restored(saved, this::names)));
  private final IndexedItems<InstanceScopes, Void> instances =
      items(
          's',
          scopes -> List.of(),
          entry -> "",
          json(SavedInstance.class, InstanceScopes::saved, InstanceScopes::restored));

  UserTaskReadModel(final ReadModelContext context) {
    super(context, "user-tasks", Saved.class, APPLIED);
  }

  /**
   * The page the query asks for of the tasks that pass the filter, read from the smallest of the
   * given index lookups (each a superset of the matches); with no lookup, every task is checked.
   * The filter and the paging read the tasks as the model keeps them; only the page's tasks are
   * turned into API views, under the model's lock like the rest.
   */
  synchronized SearchQuery.Page<UserTaskResult> search(
      final List<TaskIndex.Lookup> lookups,
      final Predicate<SearchedTask> filter,
      final SearchQuery<UserTaskEntry> query) {
    catchUp();
    final List<UserTaskEntry> matches = new ArrayList<>();
    final List<List<TaskIndex.Entry>> unions =
        lookups.stream().map(TaskIndex.Lookup::anyOf).toList();
    for (final Long key : tasks.candidates(unions)) {
      final UserTaskEntry task = tasks.get(key);
      if (task != null && task.isKnown() && filter.test(searched(task))) {
        matches.add(task);
      }
    }
    return query.page(matches).map(UserTaskEntry::toResult);
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
    final InstanceScopes scopes = scopesOf(task);
    final Map<String, VariableSearchResult> visible = new LinkedHashMap<>();
    Long scope = task.elementInstanceKey;
    while (scope != null && scope > 0) {
      scopes.variables(scope).forEach(visible::putIfAbsent);
      scope = scopes.flowScopeOf.get(scope);
    }
    return new ArrayList<>(visible.values());
  }

  private InstanceScopes scopesOf(final UserTaskEntry task) {
    final InstanceScopes scopes = instances.get(task.processInstanceKey());
    return scopes == null ? InstanceScopes.NONE : scopes;
  }

  /** The task as a filter sees it: its variables are looked up only if the filter asks. */
  private SearchedTask searched(final UserTaskEntry task) {
    return new SearchedTask(
        task,
        name -> valueOf(scopesOf(task).variables(task.processInstanceKey()).get(name)),
        name -> valueOf(scopesOf(task).variables(task.elementInstanceKey).get(name)));
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
          applyVariable(
              VariableSearch.result(record.getKey(), (VariableRecordValue) record.getValue()));
      case final ProcessInstanceIntent intent ->
          applyElement(intent, record, (ProcessInstanceRecordValue) record.getValue());
      default -> {}
    }
  }

  /** Files each element instance under its flow scope, and notes when a process instance ends. */
  private void applyElement(
      final ProcessInstanceIntent intent,
      final Record<?> record,
      final ProcessInstanceRecordValue value) {
    switch (intent) {
      case ELEMENT_ACTIVATING ->
          scopes(value.getProcessInstanceKey())
              .flowScopeOf
              .put(record.getKey(), value.getFlowScopeKey());
      case ELEMENT_COMPLETED, ELEMENT_TERMINATED -> {
        if (value.getBpmnElementType() == BpmnElementType.PROCESS) {
          instances.archive(record.getKey(), record.getTimestamp());
        }
      }
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
    tasks.computeIfAbsent(key, taskKey -> new UserTaskEntry());
    tasks.change(key, task -> applyToTask(intent, record, task));
    if (intent == UserTaskIntent.COMPLETED || intent == UserTaskIntent.CANCELED) {
      tasks.archive(key, record.getTimestamp());
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

  private void applyVariable(final VariableSearchResult variable) {
    scopes(Long.parseLong(variable.getProcessInstanceKey())).put(variable);
  }

  /** The live scopes of a running process instance, new ones if none were kept yet. */
  private InstanceScopes scopes(final long processInstanceKey) {
    return instances.computeIfAbsent(processInstanceKey, InstanceScopes::new);
  }

  @Override
  protected void dropExpired() {
    tasks.dropExpired();
    instances.dropExpired();
  }

  @Override
  Map<String, Integer> sizes() {
    final Map<String, Integer> sizes = new TreeMap<>();
    sizes.putAll(tasks.sizes("tasks"));
    sizes.putAll(instances.sizes("processInstances"));
    sizes.put("taskIndexEntries", tasks.indexEntryCount());
    return sizes;
  }

  @Override
  protected Saved saved() {
    return new Saved(
        Map.copyOf(forms),
        Map.copyOf(processNames),
        tasks.live().stream().filter(UserTaskEntry::isKnown).map(UserTaskEntry::saved).toList(),
        instances.live().stream().map(InstanceScopes::saved).toList());
  }

  @Override
  protected void restore(final Saved saved) {
    forms.putAll(saved.forms());
    processNames.putAll(saved.processNames());
    for (final UserTaskEntry.Saved savedTask : saved.tasks()) {
      final UserTaskEntry task = UserTaskEntry.restored(savedTask, this::names);
      tasks.put(task.key(), task);
    }
    for (final SavedInstance instance : saved.instances()) {
      instances.put(instance.key(), InstanceScopes.restored(instance));
    }
  }

  /**
   * What the model keeps of one process instance for its tasks: the variables of each scope and the
   * flow scope of each element instance, to find the variables a task sees.
   */
  private static final class InstanceScopes {

    static final InstanceScopes NONE = new InstanceScopes(0);

    final long processInstanceKey;
    final Map<Long, Map<String, VariableSearchResult>> variablesByScope = new HashMap<>();
    final Map<Long, Long> flowScopeOf = new HashMap<>();

    InstanceScopes(final long processInstanceKey) {
      this.processInstanceKey = processInstanceKey;
    }

    Map<String, VariableSearchResult> variables(final long scopeKey) {
      return variablesByScope.getOrDefault(scopeKey, Map.of());
    }

    /** Adds or replaces the variable in its scope. */
    void put(final VariableSearchResult variable) {
      variablesByScope
          .computeIfAbsent(Long.parseLong(variable.getScopeKey()), scope -> new LinkedHashMap<>())
          .put(variable.getName(), variable);
    }

    SavedInstance saved() {
      return new SavedInstance(
          processInstanceKey,
          Map.copyOf(flowScopeOf),
          variablesByScope.values().stream().flatMap(scope -> scope.values().stream()).toList());
    }

    static InstanceScopes restored(final SavedInstance saved) {
      final InstanceScopes scopes = new InstanceScopes(saved.key());
      scopes.flowScopeOf.putAll(saved.flowScopeOf());
      saved.variables().forEach(scopes::put);
      return scopes;
    }
  }

  /** The model as a snapshot holds it. */
  record Saved(
      Map<Long, FormResult> forms,
      Map<Long, ProcessNames> processNames,
      List<UserTaskEntry.Saved> tasks,
      List<SavedInstance> instances) {}

  /** One process instance's scopes as a snapshot holds them: its variables carry their scope. */
  record SavedInstance(
      long key, Map<Long, Long> flowScopeOf, List<VariableSearchResult> variables) {}
}

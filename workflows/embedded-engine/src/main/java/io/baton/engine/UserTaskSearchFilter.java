package io.baton.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskStateEnum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The {@code filter} of a Camunda 8.8 user-task search ({@code UserTaskFilter}), read as every
 * search's {@link SearchFilter}: string fields take the string operators, {@code state} the same
 * minus {@code $notIn}, {@code priority} and the dates ranges; {@code elementId}, {@code name},
 * {@code processDefinitionId} and the keys are plain values; {@code processInstanceVariables} (the
 * instance's root scope) and {@code localVariables} (the task's own scope) are {@code [{name,
 * value}]}.
 */
final class UserTaskSearchFilter implements Predicate<SearchedTask> {

  private static final Set<String> STATES =
      Arrays.stream(UserTaskStateEnum.values())
          .filter(state -> state != UserTaskStateEnum.UNKNOWN_DEFAULT_OPEN_API)
          .map(UserTaskStateEnum::getValue)
          .collect(Collectors.toUnmodifiableSet());

  private static final Map<String, SearchFilter.Field<SearchedTask>> FIELDS =
      Map.ofEntries(
          Map.entry(
              "state",
              SearchFilter.state(
                  STATES,
                  task(task -> task.getState() == null ? null : task.getState().getValue()))),
          Map.entry("assignee", SearchFilter.string(task(UserTaskResult::getAssignee))),
          Map.entry("priority", SearchFilter.integer(task(UserTaskResult::getPriority))),
          Map.entry("elementId", SearchFilter.plain(task(UserTaskResult::getElementId))),
          Map.entry("name", SearchFilter.plain(task(UserTaskResult::getName))),
          Map.entry(
              "candidateGroup",
              SearchFilter.strings(task(task -> orEmpty(task.getCandidateGroups())))),
          Map.entry(
              "candidateUser",
              SearchFilter.strings(task(task -> orEmpty(task.getCandidateUsers())))),
          Map.entry("tenantId", SearchFilter.string(task(UserTaskResult::getTenantId))),
          Map.entry(
              "processDefinitionId",
              SearchFilter.plain(task(UserTaskResult::getProcessDefinitionId))),
          Map.entry("creationDate", SearchFilter.date(task(UserTaskResult::getCreationDate))),
          Map.entry("completionDate", SearchFilter.date(task(UserTaskResult::getCompletionDate))),
          Map.entry("followUpDate", SearchFilter.date(task(UserTaskResult::getFollowUpDate))),
          Map.entry("dueDate", SearchFilter.date(task(UserTaskResult::getDueDate))),
          Map.entry(
              "processInstanceVariables",
              SearchFilter.variables(
                  (task, name) -> SearchFilter.single(task.processInstanceVariable().apply(name)))),
          Map.entry(
              "localVariables",
              SearchFilter.variables(
                  (task, name) -> SearchFilter.single(task.localVariable().apply(name)))),
          Map.entry("userTaskKey", SearchFilter.plainKey(task(UserTaskResult::getUserTaskKey))),
          Map.entry(
              "processDefinitionKey",
              SearchFilter.plainKey(task(UserTaskResult::getProcessDefinitionKey))),
          Map.entry(
              "processInstanceKey",
              SearchFilter.plainKey(task(UserTaskResult::getProcessInstanceKey))),
          Map.entry(
              "elementInstanceKey",
              SearchFilter.plainKey(task(UserTaskResult::getElementInstanceKey))));

  /** The fields that can be answered from an index, with the index. */
  private static final Map<String, TaskIndex> INDEXED =
      Map.of(
          "userTaskKey", TaskIndex.USER_TASK,
          "state", TaskIndex.STATE,
          "assignee", TaskIndex.ASSIGNEE,
          "candidateGroup", TaskIndex.CANDIDATE_GROUP,
          "candidateUser", TaskIndex.CANDIDATE_USER,
          "processInstanceKey", TaskIndex.PROCESS_INSTANCE);

  private final SearchFilter<SearchedTask> filter;

  /** Reads a filter (null or missing: every task); problems are recorded, not thrown. */
  UserTaskSearchFilter(final JsonNode filter, final SearchProblems problems) {
    this.filter = new SearchFilter<>(filter, FIELDS, problems);
  }

  /** A filter that must be valid (a 400 with every problem otherwise). */
  static UserTaskSearchFilter parse(final JsonNode filter) {
    final SearchProblems problems = new SearchProblems();
    final UserTaskSearchFilter parsed = new UserTaskSearchFilter(filter, problems);
    problems.throwIfAny();
    return parsed;
  }

  /** Index lookups that hold every task this filter can match. */
  List<TaskIndex.Lookup> lookups() {
    final List<TaskIndex.Lookup> lookups = new ArrayList<>();
    INDEXED.forEach(
        (field, index) -> {
          final List<String> values = filter.exactValues(field);
          if (values != null) {
            lookups.add(TaskIndex.Lookup.of(index, values));
          }
        });
    return List.copyOf(lookups);
  }

  @Override
  public boolean test(final SearchedTask task) {
    return filter.test(task);
  }

  /** A value of the task's API view. */
  private static <V> Function<SearchedTask, V> task(final Function<UserTaskResult, V> value) {
    return searched -> value.apply(searched.task());
  }

  private static List<String> orEmpty(final List<String> values) {
    return values == null ? List.of() : values;
  }
}

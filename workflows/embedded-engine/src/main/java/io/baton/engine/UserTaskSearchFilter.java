package io.baton.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.UserTaskStateEnum;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
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
          Map.entry("state", SearchFilter.state(STATES, task(task -> task.state.getValue()))),
          Map.entry("assignee", SearchFilter.string(task(UserTaskEntry::assignee))),
          Map.entry("priority", SearchFilter.integer(task(UserTaskEntry::priority))),
          Map.entry("elementId", SearchFilter.plain(task(UserTaskEntry::elementId))),
          Map.entry("name", SearchFilter.plain(task(UserTaskEntry::name))),
          Map.entry("candidateGroup", SearchFilter.strings(task(UserTaskEntry::candidateGroups))),
          Map.entry("candidateUser", SearchFilter.strings(task(UserTaskEntry::candidateUsers))),
          Map.entry("tenantId", SearchFilter.string(task(UserTaskEntry::tenantId))),
          Map.entry(
              "processDefinitionId", SearchFilter.plain(task(UserTaskEntry::processDefinitionId))),
          Map.entry("creationDate", date(UserTaskEntry::creationDate)),
          Map.entry("completionDate", date(UserTaskEntry::completionDate)),
          Map.entry("followUpDate", date(UserTaskEntry::followUpDate)),
          Map.entry("dueDate", date(UserTaskEntry::dueDate)),
          Map.entry(
              "processInstanceVariables",
              SearchFilter.variables(
                  (task, name) -> SearchFilter.single(task.processInstanceVariable().apply(name)))),
          Map.entry(
              "localVariables",
              SearchFilter.variables(
                  (task, name) -> SearchFilter.single(task.localVariable().apply(name)))),
          Map.entry("userTaskKey", key(UserTaskEntry::key)),
          Map.entry("processDefinitionKey", key(UserTaskEntry::processDefinitionKey)),
          Map.entry("processInstanceKey", key(UserTaskEntry::processInstanceKey)),
          Map.entry("elementInstanceKey", key(task -> task.elementInstanceKey)));

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

  /** A value of the task as the read model keeps it. */
  private static <V> Function<SearchedTask, V> task(final Function<UserTaskEntry, V> value) {
    return searched -> value.apply(searched.task());
  }

  /** A date of the task, in epoch millis (null when it has none). */
  private static SearchFilter.Field<SearchedTask> date(final Function<UserTaskEntry, Long> value) {
    return SearchFilter.instant(
        task(
            task -> {
              final Long epochMillis = value.apply(task);
              return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
            }));
  }

  /** A key of the task, matched as the API writes it. */
  private static SearchFilter.Field<SearchedTask> key(final ToLongFunction<UserTaskEntry> value) {
    return SearchFilter.plainKey(task(task -> Long.toString(value.applyAsLong(task))));
  }
}

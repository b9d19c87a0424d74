package io.baton.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskStateEnum;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code filter} of a Camunda 8.8 user-task search ({@code UserTaskFilter}): its fields are
 * joined with AND, each a plain value or an advanced filter of the operators its type allows (see
 * {@link FilterProperty}). A field or operator 8.8 does not have is a 400 naming it, as is a value
 * of the wrong type. Dates compare as instants; variable values compare as Camunda stores them,
 * JSON text ({@code "\"ACME\""}, {@code "10000"}).
 */
final class UserTaskSearchFilter implements Predicate<SearchedTask> {

  private static final Pattern KEY = Pattern.compile("-?\\d{1,19}");
  private static final Set<String> STATES =
      Arrays.stream(UserTaskStateEnum.values())
          .filter(state -> state != UserTaskStateEnum.UNKNOWN_DEFAULT_OPEN_API)
          .map(UserTaskStateEnum::getValue)
          .collect(Collectors.toUnmodifiableSet());
  private static final Set<String> VARIABLE_PROPERTIES = Set.of("name", "value");

  /** Reads one filter field into a condition on a task; problems are recorded. */
  private interface Field {
    Predicate<SearchedTask> parse(String path, JsonNode spec, SearchProblems problems);
  }

  private static final Map<String, Field> FIELDS =
      Map.ofEntries(
          Map.entry(
              "state",
              property(
                  FilterProperty.ENUM_OPERATORS,
                  FilterProperty.oneOf(STATES),
                  task -> single(task.getState() == null ? null : task.getState().getValue()))),
          Map.entry("assignee", string(task -> single(task.getAssignee()))),
          Map.entry(
              "priority",
              property(
                  FilterProperty.RANGE_OPERATORS,
                  FilterProperty.INT32,
                  task -> single(task.getPriority()))),
          Map.entry("elementId", plain(UserTaskResult::getElementId, false)),
          Map.entry("name", plain(UserTaskResult::getName, false)),
          Map.entry("candidateGroup", string(task -> orEmpty(task.getCandidateGroups()))),
          Map.entry("candidateUser", string(task -> orEmpty(task.getCandidateUsers()))),
          Map.entry("tenantId", string(task -> single(task.getTenantId()))),
          Map.entry("processDefinitionId", plain(UserTaskResult::getProcessDefinitionId, false)),
          Map.entry("creationDate", date(UserTaskResult::getCreationDate)),
          Map.entry("completionDate", date(UserTaskResult::getCompletionDate)),
          Map.entry("followUpDate", date(UserTaskResult::getFollowUpDate)),
          Map.entry("dueDate", date(UserTaskResult::getDueDate)),
          Map.entry("processInstanceVariables", variables(SearchedTask::processInstanceVariable)),
          Map.entry("localVariables", variables(SearchedTask::localVariable)),
          Map.entry("userTaskKey", plain(UserTaskResult::getUserTaskKey, true)),
          Map.entry("processDefinitionKey", plain(UserTaskResult::getProcessDefinitionKey, true)),
          Map.entry("processInstanceKey", plain(UserTaskResult::getProcessInstanceKey, true)),
          Map.entry("elementInstanceKey", plain(UserTaskResult::getElementInstanceKey, true)));

  /** The fields that can be answered from an index, with the index. */
  private static final Map<String, TaskIndex> INDEXED =
      Map.of(
          "userTaskKey", TaskIndex.USER_TASK,
          "state", TaskIndex.STATE,
          "assignee", TaskIndex.ASSIGNEE,
          "candidateGroup", TaskIndex.CANDIDATE_GROUP,
          "candidateUser", TaskIndex.CANDIDATE_USER,
          "processInstanceKey", TaskIndex.PROCESS_INSTANCE);

  private final List<Predicate<SearchedTask>> conditions = new ArrayList<>();
  private final List<TaskIndex.Lookup> lookups = new ArrayList<>();

  /** Reads a filter (null or missing: every task); problems are recorded, not thrown. */
  UserTaskSearchFilter(final JsonNode filter, final SearchProblems problems) {
    if (filter == null || filter.isNull() || filter.isMissingNode()) {
      return;
    }
    if (!filter.isObject()) {
      problems.cannotParse("filter");
      return;
    }
    filter
        .properties()
        .forEach(
            entry -> {
              final String path = "filter." + entry.getKey();
              final Field field = FIELDS.get(entry.getKey());
              final JsonNode spec = entry.getValue();
              if (field == null) {
                problems.cannotParse(path);
              } else if (!spec.isNull()) {
                conditions.add(field.parse(path, spec, problems));
                final TaskIndex index = INDEXED.get(entry.getKey());
                final List<String> values = index == null ? null : FilterProperty.exactValues(spec);
                if (values != null) {
                  lookups.add(TaskIndex.Lookup.of(index, values));
                }
              }
            });
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
    return List.copyOf(lookups);
  }

  @Override
  public boolean test(final SearchedTask task) {
    return conditions.stream().allMatch(condition -> condition.test(task));
  }

  private static <T extends Comparable<? super T>> Field property(
      final Set<String> operators,
      final FilterProperty.Parser<T> parser,
      final Function<UserTaskResult, List<T>> values) {
    return (path, spec, problems) -> {
      final Predicate<List<T>> condition =
          FilterProperty.condition(path, spec, operators, parser, problems);
      return task -> condition.test(values.apply(task.task()));
    };
  }

  private static Field string(final Function<UserTaskResult, List<String>> values) {
    return property(FilterProperty.STRING_OPERATORS, FilterProperty.TEXT, values);
  }

  private static Field date(final Function<UserTaskResult, String> value) {
    return property(
        FilterProperty.RANGE_OPERATORS,
        FilterProperty.DATE_TIME,
        task -> {
          final String date = value.apply(task);
          return date == null
              ? List.<Instant>of()
              : List.of(OffsetDateTime.parse(date).toInstant());
        });
  }

  /** A field 8.8 filters by exact value only (no advanced filter); keys must look like keys. */
  private static Field plain(final Function<UserTaskResult, String> value, final boolean key) {
    return (path, spec, problems) -> {
      if (!(spec.isTextual() || spec.isIntegralNumber())
          || key && !KEY.matcher(spec.asText()).matches()) {
        problems.cannotParse(path);
        return task -> false;
      }
      final String wanted = spec.asText();
      return task -> wanted.equals(value.apply(task.task()));
    };
  }

  /**
   * {@code [{"name", "value"}]}: the task has each variable with a value that passes its filter. A
   * filter of only {@code $exists} asks whether the variable is there at all.
   */
  private static Field variables(final Function<SearchedTask, Function<String, String>> scope) {
    return (path, spec, problems) -> {
      if (!spec.isArray()) {
        problems.cannotParse(path);
        return task -> false;
      }
      final List<Predicate<SearchedTask>> variables = new ArrayList<>();
      for (int i = 0; i < spec.size(); i++) {
        final String at = path + "[" + i + "]";
        final JsonNode variable = spec.get(i);
        if (!variable.isObject()) {
          problems.cannotParse(at);
          continue;
        }
        variable
            .propertyStream()
            .map(Map.Entry::getKey)
            .filter(name -> !VARIABLE_PROPERTIES.contains(name))
            .forEach(name -> problems.cannotParse(at + "." + name));
        final JsonNode name = variable.path("name");
        final JsonNode value = variable.path("value");
        if (!name.isTextual() || name.asText().isEmpty()) {
          problems.add("No name provided in '" + at + "'");
          continue;
        }
        if (value.isMissingNode() || value.isNull()) {
          problems.add("No value provided in '" + at + "'");
          continue;
        }
        final Predicate<List<String>> condition =
            FilterProperty.condition(
                at + ".value",
                value,
                FilterProperty.STRING_OPERATORS,
                FilterProperty.TEXT,
                problems);
        final boolean existence = FilterProperty.onlyExists(value);
        final String variableName = name.asText();
        variables.add(
            task -> {
              final String current = scope.apply(task).apply(variableName);
              return current == null
                  ? existence && condition.test(List.of())
                  : condition.test(List.of(current));
            });
      }
      return task -> variables.stream().allMatch(variable -> variable.test(task));
    };
  }

  private static <T> List<T> single(final T value) {
    return value == null ? List.of() : List.of(value);
  }

  private static List<String> orEmpty(final List<String> values) {
    return values == null ? List.of() : values;
  }
}

package io.baton.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.UserTaskResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The {@code filter} of a Camunda 8.8 user-task search. A field holds either a plain value or an
 * advanced filter ({@code $eq}, {@code $neq}, {@code $in}, {@code $notIn}, {@code $exists},
 * {@code $like} with {@code *} and {@code ?}); unset operators (null, or the empty lists the
 * client sends by default) are ignored. Fields it does not know are ignored, as are fields the read
 * model cannot answer (dates, variables).
 */
final class UserTaskSearchFilter implements Predicate<UserTaskResult> {

  private static final Map<String, Function<UserTaskResult, List<String>>> FIELDS =
      Map.ofEntries(
          single("userTaskKey", UserTaskResult::getUserTaskKey),
          single("state", task -> task.getState().getValue()),
          single("assignee", UserTaskResult::getAssignee),
          single("elementId", UserTaskResult::getElementId),
          single("name", UserTaskResult::getName),
          single("processDefinitionId", UserTaskResult::getProcessDefinitionId),
          single("processDefinitionKey", UserTaskResult::getProcessDefinitionKey),
          single("processInstanceKey", UserTaskResult::getProcessInstanceKey),
          single("elementInstanceKey", UserTaskResult::getElementInstanceKey),
          single("tenantId", UserTaskResult::getTenantId),
          single("priority", task -> String.valueOf(task.getPriority())),
          Map.entry("candidateGroup", UserTaskResult::getCandidateGroups),
          Map.entry("candidateUser", UserTaskResult::getCandidateUsers));

  private final List<Predicate<UserTaskResult>> conditions = new ArrayList<>();

  UserTaskSearchFilter(final JsonNode filter) {
    if (filter == null || filter.isNull()) {
      return;
    }
    if (!filter.isObject()) {
      throw new IllegalArgumentException("The filter must be an object");
    }
    filter
        .properties()
        .forEach(
            field -> {
              final var values = FIELDS.get(field.getKey());
              if (values != null && !field.getValue().isNull()) {
                final Predicate<List<String>> condition = condition(field.getValue());
                conditions.add(task -> condition.test(values.apply(task)));
              }
            });
  }

  @Override
  public boolean test(final UserTaskResult task) {
    return conditions.stream().allMatch(condition -> condition.test(task));
  }

  private static Map.Entry<String, Function<UserTaskResult, List<String>>> single(
      final String name, final Function<UserTaskResult, String> value) {
    return Map.entry(
        name,
        task -> {
          final String text = value.apply(task);
          return text == null ? List.of() : List.of(text);
        });
  }

  private static Predicate<List<String>> condition(final JsonNode spec) {
    if (spec.isValueNode()) {
      return values -> values.contains(spec.asText());
    }
    if (!spec.isObject()) {
      throw new IllegalArgumentException("Unsupported filter value: " + spec);
    }
    final List<Predicate<List<String>>> parts = new ArrayList<>();
    spec.properties()
        .forEach(
            operator -> {
              final JsonNode operand = operator.getValue();
              if (operand.isNull() || operand.isArray() && operand.isEmpty()) {
                return;
              }
              parts.add(
                  switch (operator.getKey()) {
                    case "$eq" -> values -> values.contains(operand.asText());
                    case "$neq" -> values -> !values.contains(operand.asText());
                    case "$exists" -> values -> values.isEmpty() != operand.asBoolean();
                    case "$in" -> values -> values.stream().anyMatch(texts(operand)::contains);
                    case "$notIn" -> values -> values.stream().noneMatch(texts(operand)::contains);
                    case "$like" -> values -> values.stream().anyMatch(like(operand.asText()));
                    default ->
                        throw new IllegalArgumentException(
                            "Unsupported filter operator: " + operator.getKey());
                  });
            });
    return values -> parts.stream().allMatch(part -> part.test(values));
  }

  private static List<String> texts(final JsonNode array) {
    final List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static Predicate<String> like(final String pattern) {
    final StringBuilder regex = new StringBuilder();
    for (final char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString()).asMatchPredicate();
  }
}

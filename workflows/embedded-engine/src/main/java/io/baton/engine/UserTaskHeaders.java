package io.baton.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.protocol.Protocol;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The user task a task listener's job is about, as the engine writes it into the job's reserved
 * {@code io.camunda.zeebe:*} headers. Camunda's gateway hands these to workers as the job's user
 * task properties; for a completing listener the assignee is the user who completes the task (only
 * the assignee may complete it).
 */
record UserTaskHeaders(
    String action,
    String assignee,
    List<String> candidateGroups,
    List<String> candidateUsers,
    List<String> changedAttributes,
    String dueDate,
    String followUpDate,
    Long formKey,
    Integer priority,
    long userTaskKey) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

  /**
   * The properties of a task listener's job; empty for any other job (no user task key). A creating
   * listener's task has no action yet: its action is empty.
   */
  static Optional<UserTaskHeaders> of(final Map<String, String> headers) {
    final String userTaskKey = headers.get(Protocol.USER_TASK_KEY_HEADER_NAME);
    if (userTaskKey == null) {
      return Optional.empty();
    }
    return Optional.of(
        new UserTaskHeaders(
            headers.getOrDefault(Protocol.USER_TASK_ACTION_HEADER_NAME, ""),
            headers.get(Protocol.USER_TASK_ASSIGNEE_HEADER_NAME),
            names(headers.get(Protocol.USER_TASK_CANDIDATE_GROUPS_HEADER_NAME)),
            names(headers.get(Protocol.USER_TASK_CANDIDATE_USERS_HEADER_NAME)),
            names(headers.get(Protocol.USER_TASK_CHANGED_ATTRIBUTES_HEADER_NAME)),
            headers.get(Protocol.USER_TASK_DUE_DATE_HEADER_NAME),
            headers.get(Protocol.USER_TASK_FOLLOW_UP_DATE_HEADER_NAME),
            number(headers.get(Protocol.USER_TASK_FORM_KEY_HEADER_NAME), Long::valueOf),
            number(headers.get(Protocol.USER_TASK_PRIORITY_HEADER_NAME), Integer::valueOf),
            Long.parseLong(userTaskKey)));
  }

  /** The headers of a job as the gateway gets them: one JSON object of strings. */
  static Map<String, String> parse(final String customHeaders) {
    if (customHeaders == null || customHeaders.isBlank()) {
      return Map.of();
    }
    try {
      return JSON.readValue(customHeaders, new TypeReference<Map<String, String>>() {});
    } catch (final JsonProcessingException e) {
      throw new IllegalStateException("A job's custom headers are not a JSON object of strings", e);
    }
  }

  private static List<String> names(final String jsonList) {
    if (jsonList == null || jsonList.isBlank()) {
      return List.of();
    }
    try {
      return JSON.readValue(jsonList, NAMES);
    } catch (final JsonProcessingException e) {
      throw new IllegalStateException("A user task header is not a JSON list: " + jsonList, e);
    }
  }

  private static <T> T number(final String text, final Function<String, T> parse) {
    return text == null || text.isBlank() ? null : parse.apply(text);
  }
}

package io.baton.engine;

import io.camunda.client.protocol.rest.UserTaskResult;
import java.util.Map;
import java.util.function.Function;

/**
 * One user task as a search filter sees it: its API view and the variables it may be filtered by,
 * each as Camunda keeps variable values (JSON text, e.g. {@code "\"ACME\""} or {@code 10000}).
 *
 * @param task the task as the API answers it
 * @param processInstanceVariable a variable of the task's process instance (its root scope), or
 *     null
 * @param localVariable a variable of the task's own scope, or null
 */
record SearchedTask(
    UserTaskResult task,
    Function<String, String> processInstanceVariable,
    Function<String, String> localVariable) {

  static SearchedTask of(
      final UserTaskResult task,
      final Map<String, String> processInstanceVariables,
      final Map<String, String> localVariables) {
    return new SearchedTask(task, processInstanceVariables::get, localVariables::get);
  }
}

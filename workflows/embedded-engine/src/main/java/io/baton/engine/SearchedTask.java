package io.baton.engine;

import java.util.Map;
import java.util.function.Function;

/**
 * One user task as a search filter sees it: the read model's task itself, not its API view (which a
 * search builds only for the page it answers), and the variables it may be filtered by, each as
 * Camunda keeps variable values (JSON text, e.g. {@code "\"ACME\""} or {@code 10000}).
 *
 * @param task the task as the read model keeps it
 * @param processInstanceVariable a variable of the task's process instance (its root scope), or
 *     null
 * @param localVariable a variable of the task's own scope, or null
 */
record SearchedTask(
    UserTaskEntry task,
    Function<String, String> processInstanceVariable,
    Function<String, String> localVariable) {

  static SearchedTask of(
      final UserTaskEntry task,
      final Map<String, String> processInstanceVariables,
      final Map<String, String> localVariables) {
    return new SearchedTask(task, processInstanceVariables::get, localVariables::get);
  }
}

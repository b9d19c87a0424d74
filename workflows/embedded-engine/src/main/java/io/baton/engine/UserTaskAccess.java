package io.baton.engine;

import io.camunda.client.protocol.rest.UserTaskResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Tasklist's rules for user tasks, as Camunda 8.8 applies them with authorizations on: a user sees
 * a task (and its variables and form) only if it is assigned to them or its candidate users or
 * groups include them; only a candidate may claim it, and only for themselves; only its assignee
 * may complete, unassign or update it. Supervisors (see {@link TaskUser}) may do everything.
 */
@Component
class UserTaskAccess {

  private final EngineSecurityProperties properties;

  UserTaskAccess(final EngineSecurityProperties properties) {
    this.properties = properties;
  }

  TaskUser caller() {
    return TaskUser.current(properties);
  }

  boolean maySee(final TaskUser user, final UserTaskResult task) {
    return maySee(
        user,
        task.getAssignee(),
        orEmpty(task.getCandidateUsers()),
        orEmpty(task.getCandidateGroups()));
  }

  /** The same rule on the read model's task, which a search checks before it builds any result. */
  boolean maySee(final TaskUser user, final UserTaskEntry task) {
    return maySee(user, task.assignee(), task.candidateUsers(), task.candidateGroups());
  }

  /**
   * Where the read model finds every task the user may see: the tasks assigned to them and those
   * naming them or one of their groups as candidates. None for a supervisor, who sees every task.
   */
  Optional<TaskIndex.Lookup> visibleTasks(final TaskUser user) {
    if (user.supervisor()) {
      return Optional.empty();
    }
    final List<TaskIndex.Entry> entries = new ArrayList<>();
    entries.add(TaskIndex.ASSIGNEE.entry(user.username()));
    entries.add(TaskIndex.CANDIDATE_USER.entry(user.username()));
    user.groups().stream()
        .sorted()
        .forEach(group -> entries.add(TaskIndex.CANDIDATE_GROUP.entry(group)));
    return Optional.of(new TaskIndex.Lookup(entries));
  }

  void requireVisible(final TaskUser user, final UserTaskResult task) {
    if (!maySee(user, task)) {
      throw forbidden(user, "READ_USER_TASK", task);
    }
  }

  void requireMayAssign(final TaskUser user, final UserTaskResult task, final String assignee) {
    requireVisible(user, task);
    if (!user.supervisor() && !(user.username().equals(assignee) && isCandidate(user, task))) {
      throw forbidden(user, "CLAIM_USER_TASK (a candidate claims a task for themselves)", task);
    }
  }

  void requireAssignee(final TaskUser user, final UserTaskResult task, final String operation) {
    requireVisible(user, task);
    if (!user.supervisor() && !user.username().equals(task.getAssignee())) {
      throw forbidden(user, operation + " (only the assignee)", task);
    }
  }

  private static boolean maySee(
      final TaskUser user,
      final String assignee,
      final List<String> candidateUsers,
      final List<String> candidateGroups) {
    return user.supervisor()
        || user.username().equals(assignee)
        || isCandidate(user, candidateUsers, candidateGroups);
  }

  private static boolean isCandidate(final TaskUser user, final UserTaskResult task) {
    return isCandidate(user, orEmpty(task.getCandidateUsers()), orEmpty(task.getCandidateGroups()));
  }

  private static boolean isCandidate(
      final TaskUser user, final List<String> candidateUsers, final List<String> candidateGroups) {
    return candidateUsers.contains(user.username())
        || candidateGroups.stream().anyMatch(user.groups()::contains);
  }

  private static List<String> orEmpty(final List<String> names) {
    return names == null ? List.of() : names;
  }

  private static ForbiddenException forbidden(
      final TaskUser user, final String operation, final UserTaskResult task) {
    return new ForbiddenException(
        "Unauthorized to perform operation '"
            + operation
            + "' on user task "
            + task.getUserTaskKey()
            + " for "
            + user.username());
  }
}

package io.baton.engine;

import static io.baton.engine.RestRequests.orEmpty;

import io.camunda.zeebe.protocol.impl.record.value.usertask.UserTaskRecord;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The body of Camunda 8.8's user-task update and the UPDATE command it asks for. Read into this
 * record rather than the client's generated {@code UserTaskUpdateRequest}: its {@code Changeset} is
 * a map whose typed fields JSON never fills.
 */
record UserTaskUpdate(Changeset changeset, String action) {

  /** The attributes to change; null where the task keeps its value. */
  record Changeset(
      String dueDate,
      String followUpDate,
      List<String> candidateUsers,
      List<String> candidateGroups,
      Integer priority) {}

  static UserTaskRecord toCommand(final UserTaskUpdate request, final long userTaskKey) {
    final Changeset changes = request == null ? null : request.changeset();
    if (request == null
        || request.action() == null
            && (changes == null
                || changes.dueDate() == null
                    && changes.followUpDate() == null
                    && changes.candidateUsers() == null
                    && changes.candidateGroups() == null
                    && changes.priority() == null)) {
      throw new IllegalArgumentException(
          "No update data provided. Provide at least an \"action\" or a non-null value for a"
              + " supported attribute in the \"changeset\"");
    }
    final UserTaskRecord command =
        new UserTaskRecord().setUserTaskKey(userTaskKey).setAction(orEmpty(request.action()));
    if (changes == null) {
      return command;
    }
    if (changes.dueDate() != null) {
      command.setDueDate(date(changes.dueDate(), "due date")).setDueDateChanged();
    }
    if (changes.followUpDate() != null) {
      command
          .setFollowUpDate(date(changes.followUpDate(), "follow-up date"))
          .setFollowUpDateChanged();
    }
    if (changes.candidateUsers() != null) {
      command.setCandidateUsersList(changes.candidateUsers()).setCandidateUsersChanged();
    }
    if (changes.candidateGroups() != null) {
      command.setCandidateGroupsList(changes.candidateGroups()).setCandidateGroupsChanged();
    }
    if (changes.priority() != null) {
      RestRequests.check(
          changes.priority() >= 0 && changes.priority() <= 100,
          "priority",
          changes.priority(),
          "within the [0,100] range");
      command.setPriority(changes.priority()).setPriorityChanged();
    }
    return command;
  }

  /** A date as RFC 3339 wants it, or "" to clear it. */
  private static String date(final String date, final String name) {
    if (!date.isEmpty()) {
      try {
        OffsetDateTime.parse(date);
      } catch (final DateTimeParseException e) {
        throw new IllegalArgumentException(
            "The provided %s '%s' cannot be parsed as a date according to RFC 3339, section 5.6"
                .formatted(name, date),
            e);
      }
    }
    return date;
  }
}

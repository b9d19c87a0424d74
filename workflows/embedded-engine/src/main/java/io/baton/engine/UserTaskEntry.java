package io.baton.engine;

import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskStateEnum;
import io.camunda.zeebe.protocol.impl.record.value.usertask.UserTaskRecord;
import io.camunda.zeebe.protocol.record.value.UserTaskRecordValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The latest known state of one user task, as the read model keeps it. */
final class UserTaskEntry {

  UserTaskStateEnum state = UserTaskStateEnum.CREATING;
  long elementInstanceKey;
  long creationTimestamp;
  long completionTimestamp;
  private UserTaskRecordValue value;
  private ProcessNames names = ProcessNames.NONE;

  void update(
      final UserTaskRecordValue value, final UserTaskStateEnum state, final ProcessNames names) {
    this.value = value;
    this.state = state;
    this.names = names;
    elementInstanceKey = value.getElementInstanceKey();
  }

  /** The task saved with a snapshot and restored by {@link #restored}. */
  Saved saved() {
    return new Saved(state, creationTimestamp, completionTimestamp, RecordValues.encode(value));
  }

  /** A saved task, with the names its process gives (not saved: they are the process's). */
  static UserTaskEntry restored(
      final Saved saved, final Function<UserTaskRecordValue, ProcessNames> namesOf) {
    final UserTaskEntry task = new UserTaskEntry();
    final UserTaskRecord value = RecordValues.decode(saved.value(), new UserTaskRecord());
    task.update(value, saved.state(), namesOf.apply(value));
    task.creationTimestamp = saved.creationTimestamp();
    task.completionTimestamp = saved.completionTimestamp();
    return task;
  }

  /** False until the first record with the task's data (CREATING) arrived. */
  boolean isKnown() {
    return value != null;
  }

  long key() {
    return value.getUserTaskKey();
  }

  long processInstanceKey() {
    return value == null ? 0 : value.getProcessInstanceKey();
  }

  /** Where the read model's {@link TaskIndex indexes} file this task now. */
  List<TaskIndex.Entry> indexEntries() {
    if (value == null) {
      return List.of();
    }
    final List<TaskIndex.Entry> entries = new ArrayList<>();
    entries.add(TaskIndex.USER_TASK.entry(Long.toString(value.getUserTaskKey())));
    entries.add(TaskIndex.STATE.entry(state.getValue()));
    final String assignee = blankToNull(value.getAssignee());
    if (assignee != null) {
      entries.add(TaskIndex.ASSIGNEE.entry(assignee));
    }
    value
        .getCandidateGroupsList()
        .forEach(group -> entries.add(TaskIndex.CANDIDATE_GROUP.entry(group)));
    value
        .getCandidateUsersList()
        .forEach(user -> entries.add(TaskIndex.CANDIDATE_USER.entry(user)));
    entries.add(TaskIndex.PROCESS_INSTANCE.entry(Long.toString(value.getProcessInstanceKey())));
    return entries;
  }

  UserTaskResult toResult() {
    return new UserTaskResult()
        .userTaskKey(Long.toString(value.getUserTaskKey()))
        .name(names.elementName(value.getElementId()))
        .state(state)
        .assignee(blankToNull(value.getAssignee()))
        .elementId(value.getElementId())
        .elementInstanceKey(Long.toString(value.getElementInstanceKey()))
        .candidateGroups(List.copyOf(value.getCandidateGroupsList()))
        .candidateUsers(List.copyOf(value.getCandidateUsersList()))
        .processDefinitionId(value.getBpmnProcessId())
        .processDefinitionKey(Long.toString(value.getProcessDefinitionKey()))
        .processDefinitionVersion(value.getProcessDefinitionVersion())
        .processInstanceKey(Long.toString(value.getProcessInstanceKey()))
        .processName(names.processName())
        .creationDate(ApiFormats.date(creationTimestamp))
        .completionDate(ApiFormats.date(completionTimestamp))
        .dueDate(ApiFormats.engineDate(value.getDueDate()))
        .followUpDate(ApiFormats.engineDate(value.getFollowUpDate()))
        .formKey(value.getFormKey() > 0 ? Long.toString(value.getFormKey()) : null)
        .externalFormReference(blankToNull(value.getExternalFormReference()))
        .customHeaders(Map.copyOf(value.getCustomHeaders()))
        .priority(value.getPriority())
        .tenantId(value.getTenantId());
  }

  private static String blankToNull(final String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  /** A task as a snapshot holds it: its state, dates and latest record value (encoded). */
  record Saved(
      UserTaskStateEnum state, long creationTimestamp, long completionTimestamp, byte[] value) {}
}

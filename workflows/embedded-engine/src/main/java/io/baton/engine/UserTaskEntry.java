package io.baton.engine;

import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskStateEnum;
import io.camunda.zeebe.protocol.impl.record.value.usertask.UserTaskRecord;
import io.camunda.zeebe.protocol.record.value.UserTaskRecordValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The latest known state of one user task, as the read model keeps it.
 *
 * <p>A search reads its fields on every candidate task and builds the API view ({@link #toResult})
 * only for the tasks of the page it answers, so each field reads as the view would show it: the
 * same values, dates as epoch millis (null when the view has none). Who the task is for (assignee,
 * candidate users and groups) is decoded once per change, since every search checks it (the record
 * value decodes its strings on each read).
 */
final class UserTaskEntry {

  UserTaskStateEnum state = UserTaskStateEnum.CREATING;
  long elementInstanceKey;
  long creationTimestamp;
  long completionTimestamp;
  private UserTaskRecordValue value;
  private ProcessNames names = ProcessNames.NONE;
  private String assignee;
  private List<String> candidateGroups = List.of();
  private List<String> candidateUsers = List.of();

  void update(
      final UserTaskRecordValue value, final UserTaskStateEnum state, final ProcessNames names) {
    this.value = value;
    this.state = state;
    this.names = names;
    elementInstanceKey = value.getElementInstanceKey();
    assignee = blankToNull(value.getAssignee());
    candidateGroups = List.copyOf(value.getCandidateGroupsList());
    candidateUsers = List.copyOf(value.getCandidateUsersList());
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

  long processDefinitionKey() {
    return value.getProcessDefinitionKey();
  }

  String processDefinitionId() {
    return value.getBpmnProcessId();
  }

  String elementId() {
    return value.getElementId();
  }

  /** The element's name, or its id when it has none. */
  String name() {
    return names.elementName(value.getElementId());
  }

  String tenantId() {
    return value.getTenantId();
  }

  int priority() {
    return value.getPriority();
  }

  /** The assignee, or null when the task has none. */
  String assignee() {
    return assignee;
  }

  List<String> candidateGroups() {
    return candidateGroups;
  }

  List<String> candidateUsers() {
    return candidateUsers;
  }

  Long creationDate() {
    return creationTimestamp > 0 ? creationTimestamp : null;
  }

  Long completionDate() {
    return completionTimestamp > 0 ? completionTimestamp : null;
  }

  Long dueDate() {
    return ApiFormats.engineEpochMillis(value.getDueDate());
  }

  Long followUpDate() {
    return ApiFormats.engineEpochMillis(value.getFollowUpDate());
  }

  /** Where the read model's {@link TaskIndex indexes} file this task now. */
  List<TaskIndex.Entry> indexEntries() {
    if (value == null) {
      return List.of();
    }
    final List<TaskIndex.Entry> entries = new ArrayList<>();
    entries.add(TaskIndex.USER_TASK.entry(Long.toString(value.getUserTaskKey())));
    entries.add(TaskIndex.STATE.entry(state.getValue()));
    if (assignee != null) {
      entries.add(TaskIndex.ASSIGNEE.entry(assignee));
    }
    candidateGroups.forEach(group -> entries.add(TaskIndex.CANDIDATE_GROUP.entry(group)));
    candidateUsers.forEach(user -> entries.add(TaskIndex.CANDIDATE_USER.entry(user)));
    entries.add(TaskIndex.PROCESS_INSTANCE.entry(Long.toString(value.getProcessInstanceKey())));
    return entries;
  }

  /** The task as the API answers it: a new object each time, for the caller to keep. */
  UserTaskResult toResult() {
    return new UserTaskResult()
        .userTaskKey(Long.toString(key()))
        .name(name())
        .state(state)
        .assignee(assignee)
        .elementId(elementId())
        .elementInstanceKey(Long.toString(elementInstanceKey))
        .candidateGroups(candidateGroups)
        .candidateUsers(candidateUsers)
        .processDefinitionId(processDefinitionId())
        .processDefinitionKey(Long.toString(processDefinitionKey()))
        .processDefinitionVersion(value.getProcessDefinitionVersion())
        .processInstanceKey(Long.toString(processInstanceKey()))
        .processName(names.processName())
        .creationDate(ApiFormats.date(creationTimestamp))
        .completionDate(ApiFormats.date(completionTimestamp))
        .dueDate(ApiFormats.engineDate(value.getDueDate()))
        .followUpDate(ApiFormats.engineDate(value.getFollowUpDate()))
        .formKey(value.getFormKey() > 0 ? Long.toString(value.getFormKey()) : null)
        .externalFormReference(blankToNull(value.getExternalFormReference()))
        .customHeaders(Map.copyOf(value.getCustomHeaders()))
        .priority(priority())
        .tenantId(tenantId());
  }

  private static String blankToNull(final String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  /** A task as a snapshot holds it: its state, dates and latest record value (encoded). */
  record Saved(
      UserTaskStateEnum state, long creationTimestamp, long completionTimestamp, byte[] value) {}
}

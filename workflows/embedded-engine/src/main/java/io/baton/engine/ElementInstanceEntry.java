package io.baton.engine;

import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceStateEnum;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceStateEnum;
import io.camunda.zeebe.protocol.impl.record.value.processinstance.ProcessInstanceRecord;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.util.LinkedHashSet;
import java.util.function.Function;

/**
 * The latest known state of one element instance, as the process read model keeps it. The instance
 * of the process element itself is the process instance (Operate keeps it apart from the element
 * instances, and so does the read model).
 */
final class ElementInstanceEntry {

  final long key;
  final long startTimestamp;
  ProcessInstanceRecordValue value;
  ProcessNames names;
  String versionTag;
  ElementInstanceStateEnum state = ElementInstanceStateEnum.ACTIVE;
  long endTimestamp;

  /** Its own active incident (0: none). */
  long incidentKey;

  /** The active incidents of this instance and of everything below it, called processes too. */
  int activeIncidents;

  /** Its job's last event was a failure with retries left (Operate's "retries left"). */
  boolean jobFailedWithRetriesLeft;

  ElementInstanceEntry(
      final long key,
      final long startTimestamp,
      final ProcessInstanceRecordValue value,
      final ProcessNames names,
      final String versionTag) {
    this.key = key;
    this.startTimestamp = startTimestamp;
    this.value = value;
    this.names = names;
    this.versionTag = versionTag;
  }

  /** The instance saved with a snapshot and restored by {@link #restored}. */
  Saved saved() {
    return new Saved(
        key,
        startTimestamp,
        RecordValues.encode(value),
        state,
        endTimestamp,
        incidentKey,
        activeIncidents,
        jobFailedWithRetriesLeft);
  }

  /**
   * A saved instance, with the names and version tag of its process (not saved: they are the
   * process's).
   */
  static ElementInstanceEntry restored(
      final Saved saved,
      final Function<ProcessInstanceRecordValue, ProcessNames> namesOf,
      final Function<ProcessInstanceRecordValue, String> versionTagOf) {
    final ProcessInstanceRecord value =
        RecordValues.decode(saved.value(), new ProcessInstanceRecord());
    final ElementInstanceEntry element =
        new ElementInstanceEntry(
            saved.key(),
            saved.startTimestamp(),
            value,
            namesOf.apply(value),
            versionTagOf.apply(value));
    element.state = saved.state();
    element.endTimestamp = saved.endTimestamp();
    element.incidentKey = saved.incidentKey();
    element.activeIncidents = saved.activeIncidents();
    element.jobFailedWithRetriesLeft = saved.jobFailedWithRetriesLeft();
    return element;
  }

  boolean isProcess() {
    return value.getBpmnElementType() == BpmnElementType.PROCESS;
  }

  boolean hasIncident() {
    return activeIncidents > 0;
  }

  /**
   * The instance an incident here also counts for: the flow scope, or for a process instance the
   * call activity that started it (0 or less: none).
   */
  long parentKey() {
    return isProcess() ? value.getParentElementInstanceKey() : value.getFlowScopeKey();
  }

  String elementName() {
    return names.elementName(value.getElementId());
  }

  String startDate() {
    return ApiFormats.date(startTimestamp);
  }

  String endDate() {
    return ApiFormats.date(endTimestamp);
  }

  /** The element's type as Camunda's API names it. */
  ElementInstanceResult.TypeEnum type() {
    final ElementInstanceResult.TypeEnum type =
        ElementInstanceResult.TypeEnum.fromValue(value.getBpmnElementType().name());
    return type == ElementInstanceResult.TypeEnum.UNKNOWN_DEFAULT_OPEN_API
        ? ElementInstanceResult.TypeEnum.UNKNOWN
        : type;
  }

  ElementInstanceResult toElementInstance() {
    return new ElementInstanceResult()
        .elementInstanceKey(Long.toString(key))
        .elementId(value.getElementId())
        .elementName(elementName())
        .type(type())
        .state(state)
        .startDate(startDate())
        .endDate(endDate())
        .hasIncident(hasIncident())
        .incidentKey(ApiFormats.key(incidentKey))
        .processInstanceKey(Long.toString(value.getProcessInstanceKey()))
        .processDefinitionKey(Long.toString(value.getProcessDefinitionKey()))
        .processDefinitionId(value.getBpmnProcessId())
        .tenantId(value.getTenantId());
  }

  /** As a process instance; the process name defaults to its id, as in Operate. */
  ProcessInstanceResult toProcessInstance() {
    final String processName = names.processName();
    return new ProcessInstanceResult()
        .processInstanceKey(Long.toString(key))
        .processDefinitionId(value.getBpmnProcessId())
        .processDefinitionName(
            processName == null || processName.isBlank() ? value.getBpmnProcessId() : processName)
        .processDefinitionVersion(value.getVersion())
        .processDefinitionVersionTag(versionTag)
        .processDefinitionKey(Long.toString(value.getProcessDefinitionKey()))
        .parentProcessInstanceKey(ApiFormats.key(value.getParentProcessInstanceKey()))
        .parentElementInstanceKey(ApiFormats.key(value.getParentElementInstanceKey()))
        .state(ProcessInstanceStateEnum.fromValue(state.getValue()))
        .startDate(startDate())
        .endDate(endDate())
        .hasIncident(hasIncident())
        .tenantId(value.getTenantId())
        .tags(new LinkedHashSet<>(value.getTags()));
  }

  /** An element instance as a snapshot holds it: its latest record value encoded. */
  record Saved(
      long key,
      long startTimestamp,
      byte[] value,
      ElementInstanceStateEnum state,
      long endTimestamp,
      long incidentKey,
      int activeIncidents,
      boolean jobFailedWithRetriesLeft) {}
}

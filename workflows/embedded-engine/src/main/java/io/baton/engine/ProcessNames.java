package io.baton.engine;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.protocol.record.value.deployment.Process;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The names a deployed process gives itself and its elements, read from its BPMN: the records carry
 * only ids, Camunda's API answers names.
 *
 * @param processName the process's name, or null when it has none
 * @param elementNames the names of the elements that have one, by element id
 */
record ProcessNames(String processName, Map<String, String> elementNames) {

  static final ProcessNames NONE = new ProcessNames(null, Map.of());

  static ProcessNames of(final Process process) {
    final BpmnModelInstance model =
        Bpmn.readModelFromStream(new ByteArrayInputStream(process.getResource()));
    final Map<String, String> elementNames = new HashMap<>();
    model.getModelElementsByType(FlowElement.class).stream()
        .filter(element -> element.getName() != null)
        .forEach(element -> elementNames.put(element.getId(), element.getName()));
    final String processName =
        model.getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.Process.class).stream()
            .filter(p -> process.getBpmnProcessId().equals(p.getId()))
            .findFirst()
            .map(io.camunda.zeebe.model.bpmn.instance.Process::getName)
            .orElse(null);
    return new ProcessNames(processName, Map.copyOf(elementNames));
  }

  /** An element's name, or its id when it has none (as Operate shows it). */
  String elementName(final String elementId) {
    return elementNames.getOrDefault(elementId, elementId);
  }
}

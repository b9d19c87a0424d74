package io.baton.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.model.xml.validation.ValidationResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every deployable resource is valid for Zeebe and follows Baton's conventions. */
class ProcessModelsTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> bpmnResources() {
    return ProcessContract.deployableResources().stream().filter(name -> name.endsWith(".bpmn"));
  }

  @ParameterizedTest
  @MethodSource("bpmnResources")
  void passesZeebeDesignTimeValidation(String resource) {
    ValidationResults results = read(resource).validate(ZeebeDesignTimeValidators.VALIDATORS);

    assertThat(results.getResults()).as("validation results of %s", resource).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("bpmnResources")
  void isNamedAfterItsProcessId(String resource) {
    List<String> processIds =
        read(resource).getModelElementsByType(Process.class).stream().map(Process::getId).toList();

    assertThat(processIds).hasSize(1);
    assertThat(resource).isEqualTo(ProcessContract.RESOURCE_LOCATION + processIds.getFirst() + ".bpmn");
  }

  @ParameterizedTest
  @MethodSource("bpmnResources")
  void hasOnlySemanticElementIds(String resource) {
    List<String> ids =
        read(resource).getModelElementsByType(BaseElement.class).stream()
            .map(BaseElement::getId)
            .filter(Objects::nonNull)
            .toList();

    assertThat(ids)
        .isNotEmpty()
        .noneMatch(id -> id.matches("(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Process|Definitions)_[0-9a-z]{7}"));
  }

  @ParameterizedTest
  @MethodSource("bpmnResources")
  void namesJobTypesAfterTheServiceThatOwnsThem(String resource) {
    List<String> jobTypes =
        read(resource).getModelElementsByType(ZeebeTaskDefinition.class).stream()
            .map(ZeebeTaskDefinition::getType)
            .toList();

    assertThat(jobTypes).allMatch(type -> type.matches("(lead|handoff|onboarding|retention)\\.[a-z]+(-[a-z]+)+"));
  }

  @ParameterizedTest
  @MethodSource("bpmnResources")
  void linksOnlyFormsThatAreDeployedWithIt(String resource) {
    List<String> deployedFormIds =
        ProcessContract.deployableResources().stream()
            .filter(name -> name.endsWith(".form"))
            .map(name -> readJson(name).path("id").asText())
            .toList();

    List<String> linkedFormIds =
        read(resource).getModelElementsByType(ZeebeFormDefinition.class).stream()
            .map(ZeebeFormDefinition::getFormId)
            .toList();

    assertThat(deployedFormIds).containsAll(linkedFormIds);
  }

  @Test
  void deploysEveryResourceInTheWorkflowsFolder() throws IOException {
    try (Stream<Path> files = Files.list(RESOURCES.resolve(ProcessContract.RESOURCE_LOCATION))) {
      List<String> onDisk =
          files.map(file -> ProcessContract.RESOURCE_LOCATION + file.getFileName()).toList();

      assertThat(ProcessContract.deployableResources()).containsExactlyInAnyOrderElementsOf(onDisk);
    }
  }

  private static BpmnModelInstance read(String resource) {
    try (InputStream in = ProcessModelsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readJson(String resource) {
    try (InputStream in = ProcessModelsTest.class.getClassLoader().getResourceAsStream(resource)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

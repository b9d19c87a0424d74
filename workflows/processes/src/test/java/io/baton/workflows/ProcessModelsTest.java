package io.baton.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.xml.validation.ValidationResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every deployable resource is valid for Zeebe and follows Baton's conventions. */
class ProcessModelsTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Path PROJECT_ROOT = Path.of("../..").toAbsolutePath().normalize();
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
    assertThat(resource)
        .isEqualTo(ProcessContract.RESOURCE_LOCATION + processIds.getFirst() + ".bpmn");
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
        .noneMatch(
            id ->
                id.matches(
                    "(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Process|Definitions)_[0-9a-z]{7}"));
  }

  @ParameterizedTest
  @MethodSource("bpmnResources")
  void namesJobTypesAfterTheServiceThatOwnsThem(String resource) {
    List<String> jobTypes =
        read(resource).getModelElementsByType(ZeebeTaskDefinition.class).stream()
            .map(ZeebeTaskDefinition::getType)
            .toList();

    assertThat(jobTypes)
        .allMatch(type -> type.matches("(lead|handoff|onboarding|retention)\\.[a-z]+(-[a-z]+)+"));
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

  /**
   * A BPMN error a worker throws that no boundary event catches becomes an "unhandled error"
   * incident: the process stops and somebody has to fix it by hand. Every {@code bpmnError(...)} in
   * the services' workers names a contract constant, and the task with the worker's job type has an
   * error boundary event for that code in every process it appears in.
   */
  @Test
  void everyBpmnErrorAWorkerThrowsIsCaughtByABoundaryEventOnItsTask() throws IOException {
    List<WorkerError> thrown = WorkerError.inServices(PROJECT_ROOT);
    assertThat(thrown).as("BPMN errors the workers throw").isNotEmpty();

    for (WorkerError error : thrown) {
      List<Activity> tasks =
          bpmnResources()
              .map(ProcessModelsTest::read)
              .flatMap(model -> model.getModelElementsByType(ZeebeTaskDefinition.class).stream())
              .filter(definition -> definition.getType().equals(error.jobType()))
              .map(definition -> (Activity) definition.getParentElement().getParentElement())
              .toList();
      assertThat(tasks).as("tasks of job type %s", error.jobType()).isNotEmpty();
      for (Activity task : tasks) {
        List<String> caught =
            task.getModelInstance().getModelElementsByType(BoundaryEvent.class).stream()
                .filter(boundary -> boundary.getAttachedTo() == task)
                .flatMap(boundary -> boundary.getEventDefinitions().stream())
                .filter(ErrorEventDefinition.class::isInstance)
                .map(definition -> ((ErrorEventDefinition) definition).getError())
                .map(caughtError -> caughtError == null ? "(any)" : caughtError.getErrorCode())
                .toList();
        assertThat(caught)
            .as(
                "error codes caught on %s (job type %s, thrown in %s)",
                task.getId(), error.jobType(), error.source())
            .containsAnyOf(error.code(), "(any)");
      }
    }
  }

  /** A BPMN error code thrown by the worker of a job type, found in the worker's source. */
  private record WorkerError(String jobType, String code, Path source) {

    private static final Pattern JOB_TYPE = Pattern.compile("@JobWorker\\(type = (\\w+)\\.(\\w+)");
    private static final Pattern THROWN = Pattern.compile("bpmnError\\(\\s*([^,]+),");
    private static final Pattern CONSTANT = Pattern.compile("(\\w+)\\.(\\w+_ERROR)");

    static List<WorkerError> inServices(Path projectRoot) throws IOException {
      List<WorkerError> errors = new ArrayList<>();
      try (Stream<Path> files = Files.walk(projectRoot)) {
        List<Path> sources =
            files
                .filter(file -> file.toString().endsWith(".java"))
                .filter(file -> file.toString().contains("-service/src/main/java/"))
                .toList();
        for (Path source : sources) {
          String code = Files.readString(source);
          Matcher thrown = THROWN.matcher(code);
          while (thrown.find()) {
            Matcher jobType = JOB_TYPE.matcher(code);
            assertThat(jobType.find()).as("the @JobWorker that throws in %s", source).isTrue();
            Matcher constant = CONSTANT.matcher(thrown.group(1).trim());
            assertThat(constant.matches())
                .as(
                    "BPMN error code %s in %s is a ProcessContract constant",
                    thrown.group(1), source)
                .isTrue();
            errors.add(
                new WorkerError(
                    contractValue(jobType.group(1), jobType.group(2)),
                    contractValue(constant.group(1), constant.group(2)),
                    projectRoot.relativize(source)));
          }
        }
      }
      return errors;
    }

    private static String contractValue(String process, String constant) {
      try {
        Class<?> contract = Class.forName(ProcessContract.class.getName() + "$" + process);
        return (String) contract.getField(constant).get(null);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(
            "ProcessContract." + process + "." + constant + " does not exist", e);
      }
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

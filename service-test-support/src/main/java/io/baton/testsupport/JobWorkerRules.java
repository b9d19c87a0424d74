package io.baton.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How every service writes its job workers, so a newcomer finds the worker of a job type by its
 * name: one {@code @JobWorker} method per class, and the class named after its job type ({@code
 * onboarding.record-checkpoint} is worked by {@code RecordCheckpointWorker}).
 */
public final class JobWorkerRules {

  private static final String JOB_WORKER = "io.camunda.client.annotation.JobWorker";

  private JobWorkerRules() {}

  public static void check(String servicePackage) {
    classes()
        .that()
        .resideInAPackage(servicePackage + "..")
        .should(haveAtMostOneJobWorker())
        .andShould(beNamedAfterTheirJobType())
        .as("the job workers of " + servicePackage + " are one per class, named after the job type")
        .allowEmptyShould(true)
        .check(HexagonalArchitecture.classesOf(servicePackage));
  }

  /** {@code onboarding.record-checkpoint} → {@code RecordCheckpointWorker}. */
  static String workerName(String jobType) {
    String verbNoun = jobType.substring(jobType.indexOf('.') + 1);
    return Arrays.stream(verbNoun.split("-"))
            .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
            .collect(Collectors.joining())
        + "Worker";
  }

  private static List<JavaMethod> jobWorkers(JavaClass javaClass) {
    return javaClass.getMethods().stream()
        .filter(method -> method.isAnnotatedWith(JOB_WORKER))
        .toList();
  }

  private static ArchCondition<JavaClass> haveAtMostOneJobWorker() {
    return new ArchCondition<>("have at most one @JobWorker method") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        List<JavaMethod> workers = jobWorkers(javaClass);
        if (workers.size() > 1) {
          events.add(
              SimpleConditionEvent.violated(
                  javaClass,
                  javaClass.getName()
                      + " has "
                      + workers.size()
                      + " @JobWorker methods: "
                      + workers.stream()
                          .map(JavaMethod::getName)
                          .collect(Collectors.joining(", "))));
        }
      }
    };
  }

  private static ArchCondition<JavaClass> beNamedAfterTheirJobType() {
    return new ArchCondition<>("be named after their job type") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        for (JavaMethod worker : jobWorkers(javaClass)) {
          Optional<String> type =
              worker
                  .getAnnotationOfType(JOB_WORKER)
                  .get("type")
                  .map(String.class::cast)
                  .filter(t -> !t.isBlank());
          if (type.isEmpty()) {
            events.add(
                SimpleConditionEvent.violated(worker, worker.getFullName() + " names no job type"));
          } else if (!javaClass.getSimpleName().equals(workerName(type.get()))) {
            events.add(
                SimpleConditionEvent.violated(
                    javaClass,
                    javaClass.getName()
                        + " works "
                        + type.get()
                        + ", so it is called "
                        + workerName(type.get())));
          }
        }
      }
    };
  }
}

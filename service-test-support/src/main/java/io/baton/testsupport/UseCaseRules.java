package io.baton.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * How every service's use cases take their input, so each has one shape however many adapters call
 * it: a use case (a {@code @Service} of an application ring, at the top or in a feature) takes at
 * most three inputs, and more come as one command record named after the command ({@code
 * RecordAttempt}), built by the adapter.
 */
public final class UseCaseRules {

  private static final String SERVICE = "org.springframework.stereotype.Service";
  static final int MAX_INPUTS = 3;

  private UseCaseRules() {}

  public static void check(String servicePackage) {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(servicePackage + "..application..")
        .and()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(SERVICE)
        .and()
        .arePublic()
        .should(takeAtMostThreeInputs())
        .as(
            "the use cases of "
                + servicePackage
                + " take at most "
                + MAX_INPUTS
                + " inputs, or one command record")
        .allowEmptyShould(true)
        .check(HexagonalArchitecture.classesOf(servicePackage));
  }

  private static ArchCondition<JavaMethod> takeAtMostThreeInputs() {
    return new ArchCondition<>("take at most " + MAX_INPUTS + " inputs") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        int inputs = method.getRawParameterTypes().size();
        if (inputs > MAX_INPUTS) {
          events.add(
              SimpleConditionEvent.violated(
                  method,
                  method.getFullName()
                      + " takes "
                      + inputs
                      + " inputs: take one command record named after the command instead"));
        }
      }
    };
  }
}

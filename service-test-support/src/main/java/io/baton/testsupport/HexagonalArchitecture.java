package io.baton.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The rings every service keeps: the domain knows no framework, the application does not reach into
 * adapters and reaches the engine and the outbox only through its ports, and adapters do not call
 * each other.
 */
public final class HexagonalArchitecture {

  /**
   * The relay publishes outboxes from MongoDB to the engine: adapters wire it behind the Outbox
   * port.
   */
  private static final String OUTBOX_RELAY = "io.baton.support.outbox.OutboxRelay";

  private HexagonalArchitecture() {}

  public static void check(String servicePackage) {
    JavaClasses classes = classesOf(servicePackage);

    noClasses()
        .that()
        .resideInAPackage(servicePackage + ".domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "org.bson..", "com.mongodb..", "io.camunda..", "jakarta..")
        .as("the domain of " + servicePackage + " knows no framework")
        .allowEmptyShould(true)
        .check(classes);

    noClasses()
        .that()
        .resideInAnyPackage(servicePackage + ".domain..", servicePackage + ".application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(servicePackage + ".adapter..")
        .as("the domain and application of " + servicePackage + " do not reach into adapters")
        .allowEmptyShould(true)
        .check(classes);

    noClasses()
        .that()
        .resideInAPackage(servicePackage + ".application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.camunda..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName(OUTBOX_RELAY)
        .as(
            "the application of "
                + servicePackage
                + " reaches the engine and the outbox relay only through ports")
        .allowEmptyShould(true)
        .check(classes);

    noClasses()
        .that()
        .resideInAPackage(servicePackage + ".adapter.in..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(servicePackage + ".adapter.out..")
        .as("inbound adapters of " + servicePackage + " go through the application")
        .allowEmptyShould(true)
        .check(classes);
  }

  /** The service's own classes, without its tests. */
  static JavaClasses classesOf(String servicePackage) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(servicePackage);
  }
}

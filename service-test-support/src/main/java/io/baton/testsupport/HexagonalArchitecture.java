package io.baton.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rings every service keeps: the domain knows no framework, the application does not reach into
 * adapters and reaches the engine and the outbox only through its ports, and adapters do not call
 * each other.
 *
 * <p>A small service keeps its rings at the top ({@link #check}: {@code io.baton.lead.domain},
 * {@code .application}, {@code .adapter}). A service of several capabilities is packaged by feature
 * first, each feature with its own rings ({@link #checkFeatures}: {@code
 * io.baton.retention.health.domain}, {@code io.baton.retention.saveplay.adapter.in.web}...): every
 * feature keeps the same rules, and no domain or application reaches into the adapters of any
 * feature, its own or another's.
 */
public final class HexagonalArchitecture {

  /**
   * The relay publishes outboxes from MongoDB to the engine: adapters wire it behind the Outbox
   * port.
   */
  private static final String OUTBOX_RELAY = "io.baton.support.outbox.OutboxRelay";

  private static final String[] FRAMEWORKS = {
    "org.springframework..", "org.bson..", "com.mongodb..", "io.camunda..", "jakarta.."
  };

  private HexagonalArchitecture() {}

  /** A service with its rings at the top: {@code servicePackage.domain}, {@code .application}... */
  public static void check(String servicePackage) {
    check(classesOf(servicePackage), servicePackage);
  }

  /**
   * A service packaged by feature first: each of {@code features} (e.g. {@code health}, {@code
   * saveplay}, and what they share) is a package under {@code servicePackage} with its own rings,
   * and every class of the service but those at its top (the application class) lives in one of
   * them, so none goes unchecked.
   */
  public static void checkFeatures(String servicePackage, String... features) {
    checkFeatures(classesOf(servicePackage), servicePackage, features);
  }

  static void check(JavaClasses classes, String servicePackage) {
    checkRings(classes, servicePackage, List.of(servicePackage));
  }

  static void checkFeatures(JavaClasses classes, String servicePackage, String... features) {
    if (features.length == 0) {
      throw new IllegalArgumentException("Name the features of " + servicePackage);
    }
    List<String> featurePackages =
        Arrays.stream(features).map(feature -> servicePackage + "." + feature).toList();

    classes()
        .that()
        .resideInAPackage(servicePackage + "..")
        .and()
        .resideOutsideOfPackage(servicePackage)
        .should()
        .resideInAnyPackage(
            within(
                featurePackages, ".domain..", ".application..", ".adapter.in..", ".adapter.out.."))
        .as(
            "every class of "
                + servicePackage
                + " lives in a ring (domain, application, adapter.in, adapter.out) of one of its"
                + " features "
                + featurePackages)
        .allowEmptyShould(true)
        .check(classes);

    checkRings(classes, servicePackage, featurePackages);
  }

  /** The ring rules over every package of {@code ringRoots} (the service, or each feature). */
  private static void checkRings(JavaClasses classes, String servicePackage, List<String> roots) {
    String what = roots.size() == 1 ? roots.getFirst() : servicePackage + "'s features";
    String[] adapters = within(roots, ".adapter..");

    noClasses()
        .that()
        .resideInAnyPackage(within(roots, ".domain.."))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORKS)
        .as("the domain of " + what + " knows no framework")
        .allowEmptyShould(true)
        .check(classes);

    noClasses()
        .that()
        .resideInAnyPackage(within(roots, ".domain..", ".application.."))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(adapters)
        .as("the domain and application of " + what + " do not reach into adapters")
        .allowEmptyShould(true)
        .check(classes);

    noClasses()
        .that()
        .resideInAnyPackage(within(roots, ".application.."))
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.camunda..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName(OUTBOX_RELAY)
        .as(
            "the application of "
                + what
                + " reaches the engine and the outbox relay only through ports")
        .allowEmptyShould(true)
        .check(classes);

    noClasses()
        .that()
        .resideInAnyPackage(within(roots, ".adapter.in.."))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(within(roots, ".adapter.out.."))
        .as("inbound adapters of " + what + " go through the application")
        .allowEmptyShould(true)
        .check(classes);
  }

  /** Each root with each of the ring suffixes: {@code io.baton.retention.health.domain..}. */
  private static String[] within(List<String> roots, String... rings) {
    return roots.stream()
        .flatMap(root -> Stream.of(rings).map(ring -> root + ring))
        .toArray(String[]::new);
  }

  /** The service's own classes, without its tests. */
  static JavaClasses classesOf(String servicePackage) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(servicePackage);
  }
}

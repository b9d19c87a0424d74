package io.baton.retention;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.Slice;
import io.baton.testsupport.HexagonalArchitecture;
import io.baton.testsupport.JobWorkerRules;
import io.baton.testsupport.UseCaseRules;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  /**
   * Retention is packaged by feature first: health, renewal, save plays and the revenue figures,
   * with the customer they all change and what the service shares; each keeps its own rings.
   */
  @Test
  void keepsEachFeaturesDomainFreeOfFrameworksAndAdaptersApart() {
    HexagonalArchitecture.checkFeatures(
        "io.baton.retention", "customer", "health", "renewal", "saveplay", "revenue", "shared");
  }

  /**
   * The revenue figures read customers and save plays (and what the service shares); nothing
   * depends on them, so they can change without touching what they measure.
   */
  @Test
  void hasTheRevenueFiguresReadCustomersAndSavePlaysWithNothingDependingOnThem() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.baton.retention");
    noClasses()
        .that()
        .resideOutsideOfPackage("io.baton.retention.revenue..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.baton.retention.revenue..")
        .as("nothing outside the revenue figures depends on them")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("io.baton.retention.revenue..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.baton.retention.health..", "io.baton.retention.renewal..")
        .as("the revenue figures read only customers, save plays and what the service shares")
        .check(classes);
  }

  /**
   * Renewal and save plays read health; health and renewal hand the save plays they ask for to the
   * customer's {@code PendingSavePlays} port, never to the save-play feature itself.
   */
  @Test
  void hasItsCapabilitiesDependOnEachOtherOneWayOnly() {
    Set<String> capabilities = Set.of("health", "renewal", "saveplay", "revenue");
    slices()
        .matching("io.baton.retention.(*)..")
        .that(
            DescribedPredicate.describe(
                "are capabilities " + capabilities,
                (Slice slice) -> capabilities.contains(slice.getNamePart(1))))
        .should()
        .beFreeOfCycles()
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.baton.retention"));
  }

  @Test
  void hasUseCasesTakingACommandRecordForMoreThanThreeInputs() {
    UseCaseRules.check("io.baton.retention");
  }

  @Test
  void hasOneJobWorkerPerClassNamedAfterItsJobType() {
    JobWorkerRules.check("io.baton.retention");
  }
}

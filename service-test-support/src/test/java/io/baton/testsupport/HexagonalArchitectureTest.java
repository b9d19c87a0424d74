package io.baton.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The ring rules pass a service that keeps them and fail one that breaks any of them: each fixture
 * service under {@code fixtures} breaks one rule.
 */
class HexagonalArchitectureTest {

  private static final String FIXTURES = "io.baton.testsupport.fixtures.";

  @Test
  void passesAFeatureFirstServiceThatKeepsItsRings() {
    assertThatCode(() -> checkFeatures("clean", "customer", "health", "saveplay"))
        .doesNotThrowAnyException();
  }

  @Test
  void failsAFrameworkInAFeaturesDomain() {
    assertThatThrownBy(() -> checkFeatures("frameworkindomain", "health"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("knows no framework")
        .hasMessageContaining("org.springframework.util.Assert");
  }

  @Test
  void failsAnApplicationReachingIntoAnotherFeaturesAdapter() {
    assertThatThrownBy(() -> checkFeatures("applicationreachesadapter", "health", "saveplay"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("do not reach into adapters")
        .hasMessageContaining("MongoInterventions");
  }

  @Test
  void failsAnApplicationTalkingToTheEngine() {
    assertThatThrownBy(() -> checkFeatures("applicationreachesengine", "saveplay"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("only through ports")
        .hasMessageContaining("CamundaClient");
  }

  @Test
  void failsAnInboundAdapterReachingAnotherFeaturesOutboundAdapter() {
    assertThatThrownBy(() -> checkFeatures("inboundreachesoutbound", "customer", "health"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("go through the application")
        .hasMessageContaining("MongoCustomers");
  }

  @Test
  void failsAClassOutsideTheNamedFeatures() {
    assertThatThrownBy(() -> checkFeatures("outsidefeatures", "health"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("lives in a ring")
        .hasMessageContaining("Revenue");
  }

  @Test
  void wantsTheFeaturesNamed() {
    assertThatThrownBy(() -> checkFeatures("clean")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stillFailsAFrameworkInTheDomainOfAServiceWithItsRingsAtTheTop() {
    String service = FIXTURES + "ringsatthetop";
    assertThatThrownBy(() -> HexagonalArchitecture.check(classesOf(service), service))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the domain of " + service + " knows no framework");
  }

  private static void checkFeatures(String fixture, String... features) {
    String service = FIXTURES + fixture;
    HexagonalArchitecture.checkFeatures(classesOf(service), service, features);
  }

  /** The fixtures are test classes, which {@link HexagonalArchitecture#classesOf} leaves out. */
  private static JavaClasses classesOf(String service) {
    return new ClassFileImporter().importPackages(service);
  }
}

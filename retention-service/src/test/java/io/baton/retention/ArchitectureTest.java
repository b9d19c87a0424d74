package io.baton.retention;

import io.baton.testsupport.HexagonalArchitecture;
import io.baton.testsupport.JobWorkerRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  /**
   * Retention is packaged by feature first: health, renewal and save plays, with the customer they
   * all change and what the service shares; each keeps its own rings.
   */
  @Test
  void keepsEachFeaturesDomainFreeOfFrameworksAndAdaptersApart() {
    HexagonalArchitecture.checkFeatures(
        "io.baton.retention", "customer", "health", "renewal", "saveplay", "shared");
  }

  @Test
  void hasOneJobWorkerPerClassNamedAfterItsJobType() {
    JobWorkerRules.check("io.baton.retention");
  }
}

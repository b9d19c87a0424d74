package io.baton.retention;

import io.baton.testsupport.HexagonalArchitecture;
import io.baton.testsupport.JobWorkerRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  @Test
  void keepsTheDomainFreeOfFrameworksAndAdaptersApart() {
    HexagonalArchitecture.check("io.baton.retention");
  }

  @Test
  void hasOneJobWorkerPerClassNamedAfterItsJobType() {
    JobWorkerRules.check("io.baton.retention");
  }
}

package io.baton.handoff;

import io.baton.testsupport.HexagonalArchitecture;
import io.baton.testsupport.JobWorkerRules;
import io.baton.testsupport.UseCaseRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  @Test
  void keepsTheDomainFreeOfFrameworksAndAdaptersApart() {
    HexagonalArchitecture.check("io.baton.handoff");
  }

  @Test
  void hasOneJobWorkerPerClassNamedAfterItsJobType() {
    JobWorkerRules.check("io.baton.handoff");
  }

  @Test
  void hasUseCasesTakingACommandRecordForMoreThanThreeInputs() {
    UseCaseRules.check("io.baton.handoff");
  }
}

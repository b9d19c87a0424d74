package io.baton.onboarding;

import io.baton.testsupport.HexagonalArchitecture;
import io.baton.testsupport.JobWorkerRules;
import io.baton.testsupport.UseCaseRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  @Test
  void keepsTheDomainFreeOfFrameworksAndAdaptersApart() {
    HexagonalArchitecture.check("io.baton.onboarding");
  }

  @Test
  void hasOneJobWorkerPerClassNamedAfterItsJobType() {
    JobWorkerRules.check("io.baton.onboarding");
  }

  @Test
  void hasUseCasesTakingACommandRecordForMoreThanThreeInputs() {
    UseCaseRules.check("io.baton.onboarding");
  }
}

package io.baton.retention;

import io.baton.testsupport.HexagonalArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  @Test
  void keepsTheDomainFreeOfFrameworksAndAdaptersApart() {
    HexagonalArchitecture.check("io.baton.retention");
  }
}

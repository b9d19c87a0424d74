package io.baton.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GrowthTest {

  @Test
  void tenTimesTheCostForTenTimesTheSizeIsLinear() {
    Growth growth = Growth.between(10_000, 0.5, 100_000, 5.0);

    assertThat(growth.exponent()).isEqualTo(1.0, within(1e-9));
    assertThat(growth.verdict()).isEqualTo("linear");
    assertThat(growth.describe()).isEqualTo("x10.0 for x10 (linear, k=1.00)");
  }

  @Test
  void fourTimesTheCostForTwiceTheSizeIsWorseThanLinear() {
    Growth growth = Growth.between(5_000, 2, 10_000, 8);

    assertThat(growth.exponent()).isEqualTo(2.0, within(1e-9));
    assertThat(growth.verdict()).isEqualTo("worse than linear");
  }

  @Test
  void aNearlyConstantCostIsSubLinear() {
    assertThat(Growth.between(1_000, 3.0, 10_000, 3.3).verdict()).isEqualTo("sub-linear");
  }

  @Test
  void needsTwoDistinctSizesAndPositiveCosts() {
    assertThatThrownBy(() -> Growth.between(10, 1, 10, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Growth.between(10, 0, 20, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package io.baton.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassHistogramTest {

  private static final String EARLIER =
      """
       num     #instances         #bytes  class name (module)
      -------------------------------------------------------
         1:         10000        1048576  [B (java.base@25)
         2:          2000          48000  java.lang.String (java.base@25)
         3:           100           3200  io.baton.engine.Shelf
      Total         12100        1099776
      """;

  private static final String LATER =
      """
       num     #instances         #bytes  class name (module)
      -------------------------------------------------------
         1:         30000        3145728  [B (java.base@25)
         2:          2000          48000  java.lang.String (java.base@25)
         3:          1000        1081344  java.util.HashMap$Node (java.base@25)
      Total         33000        4275072
      """;

  @Test
  void readsTheInstancesAndBytesOfEveryClassButNotTheTotal() {
    ClassHistogram histogram = ClassHistogram.parse(EARLIER);

    assertThat(histogram.classes())
        .containsOnlyKeys("[B", "java.lang.String", "io.baton.engine.Shelf")
        .containsEntry("[B", new ClassHistogram.Live(10000, 1048576));
  }

  @Test
  void countsAsLiveEveryClassButTheCollectorsFiller() {
    ClassHistogram histogram =
        ClassHistogram.parse(
            EARLIER.replace(
                "3:           100           3200  io.baton.engine.Shelf",
                "3:           100           3200  [Ljdk.internal.vm.FillerElement; (java.base@25)"));

    assertThat(histogram.liveBytes()).isEqualTo(1048576 + 48000);
  }

  @Test
  void namesTheClassesThatGrewMostFirstWithClassesThatAppeared() {
    String grown = ClassHistogram.parse(LATER).grownSince(ClassHistogram.parse(EARLIER), 2);

    assertThat(grown)
        .isEqualTo(
            "`[B` +2.00 MiB (10,000 → 30,000); `java.util.HashMap$Node` +1.03 MiB (0 → 1,000)");
  }
}

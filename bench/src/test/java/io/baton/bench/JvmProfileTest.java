package io.baton.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmProfileTest {

  @TempDir Path projectRoot;

  @Test
  void aPodOfTheChartGetsItsOptionsAHeapFromItsLimitAndTheCollectorItsMemoryMakesTheJvmPick()
      throws IOException {
    chart("1Gi");

    JvmProfile production = JvmProfile.helmChart(projectRoot);

    assertThat(production.options())
        .containsExactly(
            "-XX:MaxRAMPercentage=75.0",
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:MaxRAM=1073741824",
            "-XX:+UseSerialGC");
  }

  @Test
  void aPodWithTwoGibibytesCountsAsAServerClassMachine() throws IOException {
    chart("2Gi");

    assertThat(JvmProfile.helmChart(projectRoot).options())
        .contains("-XX:MaxRAM=2147483648", "-XX:+UseG1GC");
  }

  @Test
  void memoryQuantitiesAreReadAsKubernetesWritesThem() {
    assertThat(JvmProfile.bytes("768Mi")).isEqualTo(768L * 1024 * 1024);
    assertThat(JvmProfile.bytes("1G")).isEqualTo(1_000_000_000L);
    assertThat(JvmProfile.bytes("4096")).isEqualTo(4096);
  }

  private void chart(String memoryLimit) throws IOException {
    Path values = projectRoot.resolve("helm/baton/values.yaml");
    Files.createDirectories(values.getParent());
    Files.writeString(
        values,
        """
        componentDefaults:
          jvmOptions: "-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError"
          resources:
            requests:
              memory: 768Mi
            limits:
              memory: %s
        """
            .formatted(memoryLimit));
  }
}

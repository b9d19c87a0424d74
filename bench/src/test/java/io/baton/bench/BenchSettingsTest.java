package io.baton.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BenchSettingsTest {

  @Test
  void aPropertyReplacesTheSettingOfItsName() {
    Properties given = new Properties();
    given.setProperty("bench.growthCheckpoints", "200, 1_000,2000");
    given.setProperty("bench.growthConcurrency", "4");
    given.setProperty("bench.stepsWindow", "90s");
    given.setProperty("bench.growthDeadline", "PT1H");
    given.setProperty("bench.profiles", "local");
    given.setProperty("bench.only", "growth,steps");

    BenchSettings settings = BenchSettings.fullRun().overriddenBy(given);

    assertThat(settings.growthCheckpoints()).containsExactly(200, 1_000, 2_000);
    assertThat(settings.growthConcurrency()).isEqualTo(4);
    assertThat(settings.stepsWindow()).isEqualTo(Duration.ofSeconds(90));
    assertThat(settings.growthDeadline()).isEqualTo(Duration.ofHours(1));
    assertThat(settings.profiles()).containsExactly("local");
    assertThat(settings.runs("growth")).isTrue();
    assertThat(settings.runs("gateway")).isFalse();
    assertThat(settings.scaleLevels()).isEqualTo(BenchSettings.fullRun().scaleLevels());
  }

  @Test
  void everyBenchmarkRunsUnlessSomeAreNamed() {
    assertThat(BenchSettings.BENCHMARKS).allMatch(BenchSettings.quickRun()::runs);
  }

  @Test
  void durationsAreWrittenShortOrInIso() {
    assertThat(BenchSettings.duration("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(BenchSettings.duration("10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(BenchSettings.duration("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(BenchSettings.duration("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void anUnknownSettingOrBenchmarkFailsInsteadOfBeingIgnored() {
    Properties typo = new Properties();
    typo.setProperty("bench.growthCheckpoint", "10");
    Properties unknownBenchmark = new Properties();
    unknownBenchmark.setProperty("bench.only", "grwoth");

    assertThatThrownBy(() -> BenchSettings.fullRun().overriddenBy(typo))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bench.growthCheckpoint]");
    assertThatThrownBy(() -> BenchSettings.fullRun().overriddenBy(unknownBenchmark))
        .hasRootCauseMessage(
            "bench.only=grwoth names no benchmark of "
                + List.of(
                    "suite",
                    "replicas",
                    "gateway",
                    "steps",
                    "scale",
                    "growth",
                    "health",
                    "revenue",
                    "revenue-http",
                    "jmh"));
  }
}

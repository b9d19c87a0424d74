package io.baton.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  private static final long MILLI = 1_000_000L;

  @Test
  void takesTheNearestRankOfTheSortedSamples() {
    long[] oneToHundredMillis =
        LongStream.rangeClosed(1, 100).map(i -> (101 - i) * MILLI).toArray();

    Percentiles percentiles = Percentiles.of(oneToHundredMillis);

    assertThat(percentiles.count()).isEqualTo(100);
    assertThat(percentiles.p50Millis()).isEqualTo(50.0);
    assertThat(percentiles.p95Millis()).isEqualTo(95.0);
    assertThat(percentiles.p99Millis()).isEqualTo(99.0);
    assertThat(percentiles.maxMillis()).isEqualTo(100.0);
  }

  @Test
  void aSingleSampleIsEveryPercentile() {
    Percentiles percentiles = Percentiles.of(new long[] {7 * MILLI});

    assertThat(percentiles.p50Millis()).isEqualTo(7.0);
    assertThat(percentiles.p99Millis()).isEqualTo(7.0);
  }

  @Test
  void theP99OfFewSamplesIsTheirMaximum() {
    Percentiles percentiles =
        Percentiles.of(new long[] {1 * MILLI, 2 * MILLI, 3 * MILLI, 40 * MILLI});

    assertThat(percentiles.p50Millis()).isEqualTo(2.0);
    assertThat(percentiles.p99Millis()).isEqualTo(40.0);
  }

  @Test
  void noSamplesShowAsDashes() {
    Percentiles percentiles = Percentiles.of(new long[0]);

    assertThat(percentiles.count()).isZero();
    assertThat(percentiles.p50()).isEqualTo("-");
    assertThat(percentiles.p99()).isEqualTo("-");
  }

  @Test
  void formatsMillisecondsWithOneDecimalBelowAHundred() {
    assertThat(Percentiles.millis(3.14159)).isEqualTo("3.1");
    assertThat(Percentiles.millis(1234.4)).isEqualTo("1234");
  }
}

package io.baton.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

  @Test
  void keepsEverySampleRecordedFromManyThreads() throws InterruptedException {
    LatencyRecorder recorder = new LatencyRecorder();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      threads.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    for (int i = 1; i <= 1000; i++) {
                      recorder.record(i * 1_000_000L);
                    }
                  }));
    }
    for (Thread thread : threads) {
      thread.join();
    }

    Percentiles percentiles = recorder.percentiles();

    assertThat(percentiles.count()).isEqualTo(8000);
    assertThat(percentiles.p50Millis()).isEqualTo(500.0);
    assertThat(percentiles.p99Millis()).isEqualTo(990.0);
  }

  @Test
  void mergesTheSamplesOfAnotherRound() {
    LatencyRecorder first = new LatencyRecorder();
    first.record(1_000_000L);
    LatencyRecorder second = new LatencyRecorder();
    second.record(3_000_000L);
    second.record(5_000_000L);

    first.addAll(second);

    assertThat(first.percentiles().count()).isEqualTo(3);
    assertThat(first.percentiles().p50Millis()).isEqualTo(3.0);
  }
}

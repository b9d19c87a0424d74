package io.baton.retention.health.adapter.in.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.baton.retention.customer.application.PendingSavePlays;
import io.baton.retention.health.application.RecomputingHealth;
import io.baton.retention.health.application.RecordingSignal;
import io.baton.workflows.ProcessContract.HealthRecompute;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** The hourly pass: late signals first, then every customer's score, then pending save plays. */
class RecomputeHealthWorkerTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  private final RecordingSignal recordingSignal = mock(RecordingSignal.class);
  private final RecomputingHealth recomputingHealth = mock(RecomputingHealth.class);
  private final PendingSavePlays pendingSavePlays = mock(PendingSavePlays.class);
  private final RecomputeHealthWorker worker =
      new RecomputeHealthWorker(
          recordingSignal, recomputingHealth, pendingSavePlays, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void takesInLateSignalsBeforeScoringAndHandsOverAfterwardsAndTellsTheProcessHowMany() {
    when(recordingSignal.applyUnapplied(NOW)).thenReturn(2);
    when(recomputingHealth.recomputeAll(NOW)).thenReturn(new RecomputingHealth.Recompute(120, 7));
    when(pendingSavePlays.handleAllPending()).thenReturn(1);

    assertThat(worker.recomputeHealth())
        .containsOnly(
            entry(HealthRecompute.CUSTOMERS_ASSESSED, 120L),
            entry(HealthRecompute.CUSTOMERS_CHANGED, 7L),
            entry(HealthRecompute.LATE_SIGNALS_APPLIED, 2),
            entry(HealthRecompute.SAVE_PLAYS_HANDED_OVER, 1));
    InOrder pass = inOrder(recordingSignal, recomputingHealth, pendingSavePlays);
    pass.verify(recordingSignal).applyUnapplied(NOW);
    pass.verify(recomputingHealth).recomputeAll(NOW);
    pass.verify(pendingSavePlays).handleAllPending();
  }
}

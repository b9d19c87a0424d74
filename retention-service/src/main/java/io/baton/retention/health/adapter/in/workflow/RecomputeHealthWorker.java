package io.baton.retention.health.adapter.in.workflow;

import io.baton.retention.customer.application.PendingSavePlays;
import io.baton.retention.health.application.RecomputingHealth;
import io.baton.retention.health.application.RecordingSignal;
import io.baton.workflows.ProcessContract.HealthRecompute;
import io.camunda.client.annotation.JobWorker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code retention.recompute-health}: the hourly pass of {@code health-recompute}. It takes in the
 * signals a crash left behind, scores every customer again (signals fade with time) and hands over
 * the save plays still pending, and tells the process how many of each. The engine hands the job to
 * one replica; a pass run again (after its job timed out or failed) changes only what is still due:
 * applied signals are marked, a score is written only when it changed, a handed-over save play is
 * no longer pending.
 */
@Component
public class RecomputeHealthWorker {

  private static final Logger log = LoggerFactory.getLogger(RecomputeHealthWorker.class);

  private final RecordingSignal recordingSignal;
  private final RecomputingHealth recomputingHealth;
  private final PendingSavePlays pendingSavePlays;
  private final Clock clock;

  public RecomputeHealthWorker(
      RecordingSignal recordingSignal,
      RecomputingHealth recomputingHealth,
      PendingSavePlays pendingSavePlays,
      Clock clock) {
    this.recordingSignal = recordingSignal;
    this.recomputingHealth = recomputingHealth;
    this.pendingSavePlays = pendingSavePlays;
    this.clock = clock;
  }

  @JobWorker(type = HealthRecompute.RECOMPUTE_HEALTH_JOB)
  public Map<String, Object> recomputeHealth() {
    Instant now = clock.instant();
    int applied = recordingSignal.applyUnapplied(now);
    RecomputingHealth.Recompute recompute = recomputingHealth.recomputeAll(now);
    int handedOver = pendingSavePlays.handleAllPending();
    log.info(
        "Health recompute took {}: {} customers assessed, {} changed; {} late signals taken in;"
            + " save plays of {} customers handed over",
        Duration.between(now, clock.instant()),
        recompute.assessed(),
        recompute.changed(),
        applied,
        handedOver);
    return Map.of(
        HealthRecompute.CUSTOMERS_ASSESSED,
        recompute.assessed(),
        HealthRecompute.CUSTOMERS_CHANGED,
        recompute.changed(),
        HealthRecompute.LATE_SIGNALS_APPLIED,
        applied,
        HealthRecompute.SAVE_PLAYS_HANDED_OVER,
        handedOver);
  }
}

package io.baton.retention.health.adapter.in.schedule;

import io.baton.retention.customer.application.PendingSavePlays;
import io.baton.retention.health.application.HealthProperties;
import io.baton.retention.health.application.RecomputingHealth;
import io.baton.retention.health.application.RecordingSignal;
import io.baton.retention.shared.adapter.in.schedule.RetentionScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Every {@code baton.retention.health.recompute-interval}, on retention's own clock ({@link
 * RetentionScheduler}), it takes in signals a crash left behind, scores every customer again and
 * hands over pending save plays. The first run comes one interval after the start.
 */
@Component
class HealthSchedule implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(HealthSchedule.class);

  private final RecordingSignal recordingSignal;
  private final RecomputingHealth recomputingHealth;
  private final PendingSavePlays pendingSavePlays;
  private final HealthProperties health;
  private final RetentionScheduler scheduler;
  private final Clock clock;

  HealthSchedule(
      RecordingSignal recordingSignal,
      RecomputingHealth recomputingHealth,
      PendingSavePlays pendingSavePlays,
      HealthProperties health,
      RetentionScheduler scheduler,
      Clock clock) {
    this.recordingSignal = recordingSignal;
    this.recomputingHealth = recomputingHealth;
    this.pendingSavePlays = pendingSavePlays;
    this.health = health;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.setTaskScheduler(scheduler.scheduler());
    registrar.addFixedDelayTask(
        new FixedDelayTask(
            this::recomputeHealth, health.recomputeInterval(), health.recomputeInterval()));
  }

  void recomputeHealth() {
    Instant now = clock.instant();
    int applied = recordingSignal.applyUnapplied(now);
    RecomputingHealth.Recompute recompute = recomputingHealth.recomputeAll(now);
    int pending = pendingSavePlays.handleAllPending();
    log.info(
        "Health recompute took {}: {} customers assessed, {} changed; {} late signals taken in;"
            + " save plays of {} customers handed over",
        Duration.between(now, clock.instant()),
        recompute.assessed(),
        recompute.changed(),
        applied,
        pending);
  }
}

package io.baton.retention.shared.adapter.in.schedule;

import io.baton.retention.health.application.HealthProperties;
import io.baton.retention.health.application.RecomputingHealth;
import io.baton.retention.health.application.RecordingSignal;
import io.baton.retention.renewal.application.CheckingRenewalRunway;
import io.baton.retention.renewal.application.RenewalProperties;
import io.baton.retention.saveplay.application.TriggeringSavePlay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Retention's own clock, on its own thread (apart from the outbox sweep): every {@code
 * baton.retention.health.recompute-interval} it takes in signals a crash left behind, scores every
 * customer again and hands over pending save plays; every {@code
 * baton.retention.renewal.check-interval} it walks the renewal runway. The first run comes one
 * interval after the start.
 */
@Component
class RetentionSchedule implements SchedulingConfigurer, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

  private final RecordingSignal recordingSignal;
  private final RecomputingHealth recomputingHealth;
  private final TriggeringSavePlay triggeringSavePlay;
  private final CheckingRenewalRunway checkingRenewalRunway;
  private final HealthProperties health;
  private final RenewalProperties renewal;
  private final Clock clock;
  private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

  RetentionSchedule(
      RecordingSignal recordingSignal,
      RecomputingHealth recomputingHealth,
      TriggeringSavePlay triggeringSavePlay,
      CheckingRenewalRunway checkingRenewalRunway,
      HealthProperties health,
      RenewalProperties renewal,
      Clock clock) {
    this.recordingSignal = recordingSignal;
    this.recomputingHealth = recomputingHealth;
    this.triggeringSavePlay = triggeringSavePlay;
    this.checkingRenewalRunway = checkingRenewalRunway;
    this.health = health;
    this.renewal = renewal;
    this.clock = clock;
    scheduler.setThreadNamePrefix("retention-schedule-");
    scheduler.initialize();
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.setTaskScheduler(scheduler);
    registrar.addFixedDelayTask(
        new FixedDelayTask(
            this::recomputeHealth, health.recomputeInterval(), health.recomputeInterval()));
    registrar.addFixedDelayTask(
        new FixedDelayTask(this::checkRenewals, renewal.checkInterval(), renewal.checkInterval()));
  }

  void recomputeHealth() {
    Instant now = clock.instant();
    int applied = recordingSignal.applyUnapplied(now);
    RecomputingHealth.Recompute recompute = recomputingHealth.recomputeAll(now);
    int pending = triggeringSavePlay.handleAllPending();
    log.info(
        "Health recompute took {}: {} customers assessed, {} changed; {} late signals taken in;"
            + " save plays of {} customers handed over",
        Duration.between(now, clock.instant()),
        recompute.assessed(),
        recompute.changed(),
        applied,
        pending);
  }

  void checkRenewals() {
    CheckingRenewalRunway.RunwayRun run = checkingRenewalRunway.checkAll(clock.instant());
    log.info(
        "Renewal runway checked: {} customers at a step, {} renewals at risk",
        run.checked(),
        run.atRisk());
  }

  @Override
  public void destroy() {
    scheduler.shutdown();
  }
}

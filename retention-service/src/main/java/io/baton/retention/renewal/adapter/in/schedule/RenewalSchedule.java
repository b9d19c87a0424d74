package io.baton.retention.renewal.adapter.in.schedule;

import io.baton.retention.renewal.application.CheckingRenewalRunway;
import io.baton.retention.renewal.application.RenewalProperties;
import io.baton.retention.shared.adapter.in.schedule.RetentionScheduler;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Every {@code baton.retention.renewal.check-interval}, on retention's own clock ({@link
 * RetentionScheduler}), it walks the renewal runway. The first run comes one interval after the
 * start.
 */
@Component
class RenewalSchedule implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(RenewalSchedule.class);

  private final CheckingRenewalRunway checkingRenewalRunway;
  private final RenewalProperties renewal;
  private final RetentionScheduler scheduler;
  private final Clock clock;

  RenewalSchedule(
      CheckingRenewalRunway checkingRenewalRunway,
      RenewalProperties renewal,
      RetentionScheduler scheduler,
      Clock clock) {
    this.checkingRenewalRunway = checkingRenewalRunway;
    this.renewal = renewal;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.setTaskScheduler(scheduler.scheduler());
    registrar.addFixedDelayTask(
        new FixedDelayTask(this::checkRenewals, renewal.checkInterval(), renewal.checkInterval()));
  }

  void checkRenewals() {
    CheckingRenewalRunway.RunwayRun run = checkingRenewalRunway.checkAll(clock.instant());
    log.info(
        "Renewal runway checked: {} customers at a step, {} renewals at risk",
        run.checked(),
        run.atRisk());
  }
}

package io.baton.retention.revenue.adapter.in.schedule;

import io.baton.retention.revenue.application.LeadFigures;
import io.baton.retention.revenue.application.RevenueProperties;
import io.baton.retention.revenue.application.RevenueReadModel;
import io.baton.retention.shared.adapter.in.schedule.RetentionScheduler;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Keeps this replica's revenue read model on retention's own clock ({@link RetentionScheduler}):
 * the first run, at start, loads every customer and save play; every {@code baton.revenue.refresh}
 * after that it takes in what was stored since, then reads the lead figures that are wanted and
 * missing or old. Every replica runs it, for its own read model.
 */
@Component
class RevenueSchedule implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(RevenueSchedule.class);

  private final RevenueReadModel readModel;
  private final LeadFigures leadFigures;
  private final RevenueProperties revenue;
  private final RetentionScheduler scheduler;

  RevenueSchedule(
      RevenueReadModel readModel,
      LeadFigures leadFigures,
      RevenueProperties revenue,
      RetentionScheduler scheduler) {
    this.readModel = readModel;
    this.leadFigures = leadFigures;
    this.revenue = revenue;
    this.scheduler = scheduler;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.setTaskScheduler(scheduler.scheduler());
    registrar.addFixedDelayTask(
        new FixedDelayTask(this::refresh, revenue.refresh(), Duration.ZERO));
  }

  void refresh() {
    try {
      RevenueReadModel.Refresh refresh = readModel.refresh();
      if (refresh.firstLoad()) {
        log.info(
            "Revenue figures loaded in {}: {} customers, {} ended save plays",
            refresh.took(),
            refresh.customersRead(),
            refresh.savePlaysRead());
      } else {
        log.debug(
            "Revenue figures refreshed in {}: {} customers and {} save plays changed",
            refresh.took(),
            refresh.customersRead(),
            refresh.savePlaysRead());
      }
    } catch (RuntimeException e) {
      log.warn("Revenue figures not refreshed now; the next refresh tries again: {}", e.toString());
    }
    try {
      int read = leadFigures.refresh();
      if (read > 0) {
        log.debug("Lead figures read for {} periods", read);
      }
    } catch (RuntimeException e) {
      log.warn("Lead figures not read now; the next refresh tries again: {}", e.toString());
    }
  }
}

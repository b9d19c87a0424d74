package io.baton.retention.shared.adapter.in.schedule;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Retention's own clock, one per replica: one thread (apart from the outbox sweep) that runs the
 * work each replica does for itself, the refresh of its in-memory revenue read model ({@code
 * RevenueSchedule}). Work done once for all replicas — the hourly health recompute, the renewal
 * runway — is started by the engine's timers instead ({@code health-recompute}, {@code
 * renewal-runway}) and worked by the job workers.
 */
@Component
public class RetentionScheduler implements DisposableBean {

  private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

  public RetentionScheduler() {
    scheduler.setThreadNamePrefix("retention-schedule-");
    scheduler.initialize();
  }

  /** The scheduler every feature's schedule registers its tasks with. */
  public ThreadPoolTaskScheduler scheduler() {
    return scheduler;
  }

  @Override
  public void destroy() {
    scheduler.shutdown();
  }
}

package io.baton.retention.shared.adapter.in.schedule;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Retention's own clock: one thread (apart from the outbox sweep) that runs the schedules of every
 * feature ({@code HealthSchedule}, {@code RenewalSchedule}) one after the other, never at once.
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

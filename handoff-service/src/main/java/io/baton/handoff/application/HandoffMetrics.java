package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import io.baton.handoff.domain.Handoffs;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The hand-over metrics: how long from deal won to a complete brief and to acceptance, how often
 * handoffs are returned, how many wait past their deadline, and how many deadlines were escalated.
 */
@Component
public class HandoffMetrics {

  private final MeterRegistry registry;
  private final Timer timeToBrief;
  private final Timer timeToAccept;
  private final DistributionSummary returnsPerHandoff;

  public HandoffMetrics(MeterRegistry registry, Handoffs handoffs, Clock clock) {
    this.registry = registry;
    this.timeToBrief =
        Timer.builder("baton.handoff.time.to.brief")
            .description("From deal won to the first complete brief")
            .publishPercentileHistogram()
            .register(registry);
    this.timeToAccept =
        Timer.builder("baton.handoff.time.to.accept")
            .description("From deal won to the handoff accepted by an account manager")
            .publishPercentileHistogram()
            .register(registry);
    this.returnsPerHandoff =
        DistributionSummary.builder("baton.handoff.returns")
            .description("How often an accepted handoff was returned to sales first")
            .register(registry);
    Gauge.builder("baton.handoff.overdue", () -> handoffs.countOverdue(clock.instant()))
        .description("Handoffs waiting past the deadline of their brief or acceptance")
        .register(registry);
  }

  void briefCompleted(Handoff handoff) {
    if (handoff.returnCount() == 0) {
      handoff.timeToBrief().ifPresent(timeToBrief::record);
    }
  }

  void accepted(Handoff handoff) {
    handoff.timeToAccept().ifPresent(timeToAccept::record);
    returnsPerHandoff.record(handoff.returnCount());
  }

  void escalated(String stage) {
    Counter.builder("baton.handoff.escalations")
        .description("Handoff deadlines that passed and were escalated")
        .tag("stage", stage)
        .register(registry)
        .increment();
  }
}

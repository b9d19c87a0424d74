package io.baton.lead.application;

import io.baton.lead.domain.EscalationStage;
import io.baton.lead.domain.Lead;
import io.baton.lead.domain.Outcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * The acquisition hand-over metrics: leads received, time to first contact, speed-to-lead
 * escalations, outcomes by reason and converted ARR, each tagged with the source channel so
 * marketing sees them per source.
 */
@Component
public class LeadMetrics {

  static final String RECEIVED = "baton.lead.received";
  static final String TIME_TO_FIRST_CONTACT = "baton.lead.time.to.first.contact";
  static final String ESCALATIONS = "baton.lead.escalations";
  static final String OUTCOMES = "baton.lead.outcomes";
  static final String CONVERTED_ARR = "baton.lead.converted.arr";

  private final MeterRegistry registry;

  public LeadMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void received(Lead lead) {
    Counter.builder(RECEIVED)
        .description("Leads received")
        .tag("channel", lead.source().channel().code())
        .register(registry)
        .increment();
  }

  void firstContact(Lead lead) {
    Timer.builder(TIME_TO_FIRST_CONTACT)
        .description("From receiving a lead to its first follow-up attempt")
        .tag("channel", lead.source().channel().code())
        .publishPercentileHistogram()
        .register(registry)
        .record(lead.timeToFirstContact());
  }

  void escalated(Lead lead, EscalationStage stage) {
    Counter.builder(ESCALATIONS)
        .description("Speed-to-lead escalations of leads nobody reached in time")
        .tag("channel", lead.source().channel().code())
        .tag("stage", stage.code())
        .register(registry)
        .increment();
  }

  void outcome(Lead lead, Outcome outcome) {
    Counter.builder(OUTCOMES)
        .description("Lead outcomes, with the reason for disqualified and nurtured leads")
        .tag("channel", lead.source().channel().code())
        .tag("outcome", outcome.type().code())
        .tag("reason", outcome.reason() == null ? "none" : outcome.reason().code())
        .register(registry)
        .increment();
    if (outcome.deal() != null) {
      Counter.builder(CONVERTED_ARR)
          .description("ARR of the deals leads converted into")
          .tag("channel", lead.source().channel().code())
          .register(registry)
          .increment(outcome.deal().arr().doubleValue());
    }
  }
}

package io.baton.retention.application;

import io.baton.retention.domain.Customer;
import io.baton.retention.domain.CustomerStateException;
import io.baton.retention.domain.Customers;
import io.baton.retention.domain.HealthScoring;
import io.baton.retention.domain.Intervention;
import io.baton.retention.domain.InterventionIds;
import io.baton.retention.domain.Interventions;
import io.baton.retention.domain.Lifecycle;
import io.baton.retention.domain.RiskReason;
import io.baton.retention.domain.SavePlayTrigger;
import io.baton.support.correlation.CorrelationId;
import io.baton.support.outbox.OutboxRelay;
import io.baton.support.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * A save play is asked for — by a service agent, by a health that turned red, by a renewal at
 * risk. A customer has at most one active intervention: the first request starts one (its {@code
 * save-play-requested} message goes through the intervention's outbox), every later one is attached
 * to it. The unique active-customer index decides between requests that arrive at once; a request
 * Baton made itself (health, runway) has a stable id and is never attached or started twice.
 */
@Service
public class TriggeringSavePlay {

  private static final int TRIES = 10;
  private static final int PAGE = 500;

  private final Customers customers;
  private final Interventions interventions;
  private final ChangingCustomer changingCustomer;
  private final HealthScoring scoring;
  private final OutboxRelay outboxRelay;
  private final RetentionMetrics metrics;
  private final Clock clock;

  public TriggeringSavePlay(
      Customers customers,
      Interventions interventions,
      ChangingCustomer changingCustomer,
      HealthScoring scoring,
      OutboxRelay outboxRelay,
      RetentionMetrics metrics,
      Clock clock) {
    this.customers = customers;
    this.interventions = interventions;
    this.changingCustomer = changingCustomer;
    this.scoring = scoring;
    this.outboxRelay = outboxRelay;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** A service agent asks for a save play for the customer (from a ticket, a call, a signal). */
  public Triggering requestByAgent(
      String customerId, String reason, String sourceTicket, String triggeredBy, String correlationId) {
    return trigger(
        customerId, SavePlayTrigger.agentRequest(reason, triggeredBy, sourceTicket, clock.instant()), correlationId);
  }

  Triggering trigger(String customerId, SavePlayTrigger trigger, String correlationId) {
    for (int tries = 1; ; tries++) {
      Customer customer = customers.find(customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
      if (customer.lifecycle() == Lifecycle.CHURNED) {
        throw new CustomerStateException("Customer " + customerId + " churned; no save play can start for it");
      }
      Instant now = clock.instant();
      List<RiskReason> reasons = customer.riskReasons(trigger.source(), scoring, now);
      try {
        Optional<Intervention> active = interventions.findActive(customerId);
        if (active.isPresent()) {
          Intervention running = active.get();
          return new Triggering(running.attach(trigger, reasons) ? interventions.update(running) : running, false);
        }
        Optional<Intervention> earlier = interventions.findByTrigger(trigger.triggerId());
        if (earlier.isPresent()) {
          return new Triggering(earlier.get(), false);
        }
        Optional<Intervention> started =
            interventions.add(Intervention.start(InterventionIds.next(), customer, trigger, reasons, correlationId, now));
        if (started.isPresent()) {
          outboxRelay.publishPendingOf(RetentionCollections.INTERVENTIONS, started.get().interventionId());
          metrics.interventionStarted(trigger.source());
          return new Triggering(started.get(), true);
        }
      } catch (OptimisticLockingFailureException e) {
        if (tries == TRIES) {
          throw e;
        }
        continue;
      }
      if (tries == TRIES) {
        throw new IllegalStateException(
            "Could not start or join a save play for customer " + customerId + " in " + TRIES + " tries");
      }
    }
  }

  /** Hands every save play the customer asked for (health red, renewal risk) to an intervention. */
  void handlePending(Customer customer) {
    for (SavePlayTrigger pending : customer.pendingSavePlays()) {
      if (customer.lifecycle() != Lifecycle.CHURNED) {
        trigger(customer.customerId(), pending, CorrelationId.current());
      }
      changingCustomer.change(customer.customerId(), changed -> changed.savePlayHandled(pending.triggerId()));
    }
  }

  /**
   * Hands over the save plays still pending anywhere (after a crash between storing a customer and
   * starting its save play); returns how many customers had some.
   */
  public int handleAllPending() {
    int handled = 0;
    String after = "";
    List<String> page;
    do {
      page = customers.withPendingSavePlays(after, PAGE);
      for (String customerId : page) {
        customers.find(customerId).ifPresent(this::handlePending);
        handled++;
      }
      after = page.isEmpty() ? after : page.getLast();
    } while (page.size() == PAGE);
    return handled;
  }

  /** The intervention that has the request, and whether this request started it. */
  public record Triggering(Intervention intervention, boolean started) {}
}

package io.baton.retention.saveplay.application;

import io.baton.retention.customer.application.PendingSavePlays;
import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.CustomerStateException;
import io.baton.retention.customer.domain.Customers;
import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.health.domain.HealthScoring;
import io.baton.retention.saveplay.domain.Intervention;
import io.baton.retention.saveplay.domain.InterventionIds;
import io.baton.retention.saveplay.domain.Interventions;
import io.baton.retention.saveplay.domain.RiskReason;
import io.baton.retention.saveplay.domain.SavePlayTrigger;
import io.baton.retention.shared.domain.InvalidInputException;
import io.baton.support.correlation.CorrelationId;
import io.baton.support.unitofwork.UnitOfWork;
import io.baton.support.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A save play is asked for — by a service agent, by a health that turned red, by a renewal at risk.
 * A customer has at most one active intervention: the first request starts one (its {@code
 * save-play-requested} message goes through the intervention's outbox), every later one is attached
 * to it. The unique active-customer index decides between requests that arrive at once; a request
 * Baton made itself (health, runway) has a stable id and is never attached or started twice. A save
 * play that starts tells the account manager and the CS leaders, in the same write ({@link
 * SavePlayNotifications}).
 */
@Service
public class TriggeringSavePlay implements PendingSavePlays {

  private static final int PAGE = 500;

  private final Customers customers;
  private final Interventions interventions;
  private final UnitOfWork<Customer> customerWork;
  private final UnitOfWork<Intervention> interventionWork;
  private final HealthScoring scoring;
  private final SavePlayMetrics metrics;
  private final Clock clock;

  public TriggeringSavePlay(
      Customers customers,
      Interventions interventions,
      UnitOfWork<Customer> customerWork,
      UnitOfWork<Intervention> interventionWork,
      HealthScoring scoring,
      SavePlayMetrics metrics,
      Clock clock) {
    this.customers = customers;
    this.interventions = interventions;
    this.customerWork = customerWork;
    this.interventionWork = interventionWork;
    this.scoring = scoring;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * A service agent asks for a save play for the customer (from a ticket, a call, a signal), when
   * the ticket or call came in (kept to the millisecond, as MongoDB stores it), else now.
   *
   * @throws io.baton.retention.shared.domain.InvalidInputException when that was before the
   *     customer's contract date
   */
  public Triggering requestByAgent(RequestSavePlay command) {
    Instant requestedAt =
        command.requestedAt() == null
            ? clock.instant()
            : command.requestedAt().truncatedTo(ChronoUnit.MILLIS);
    return trigger(
        command.customerId(),
        SavePlayTrigger.agentRequest(
            command.reason(), command.triggeredBy(), command.sourceTicket(), requestedAt),
        command.correlationId());
  }

  Triggering trigger(String customerId, SavePlayTrigger trigger, String correlationId) {
    return interventionWork.retry(
        "start or join a save play for customer " + customerId,
        () -> startOrJoin(customerId, trigger, correlationId));
  }

  /**
   * Attaches the request to the customer's active intervention, or starts one; empty when another
   * request started one meanwhile: look again.
   */
  private Optional<Triggering> startOrJoin(
      String customerId, SavePlayTrigger trigger, String correlationId) {
    Customer customer =
        customers.find(customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
    if (customer.lifecycle() == Lifecycle.CHURNED) {
      throw new CustomerStateException(
          "Customer " + customerId + " churned; no save play can start for it");
    }
    InvalidInputException.throwIf(trigger.problems(customer.profile().contractDate()));
    Instant now = clock.instant();
    List<RiskReason> reasons = customer.riskReasons(trigger.source(), scoring, now);
    Optional<Intervention> active = interventions.findActive(customerId);
    if (active.isPresent()) {
      Intervention running = active.get();
      Intervention joined =
          running.attach(trigger, reasons) ? interventions.update(running) : running;
      return Optional.of(new Triggering(joined, false));
    }
    Optional<Intervention> earlier = interventions.findByTrigger(trigger.triggerId());
    if (earlier.isPresent()) {
      return Optional.of(new Triggering(earlier.get(), false));
    }
    Intervention starting =
        Intervention.start(InterventionIds.next(), customer, trigger, reasons, correlationId, now);
    starting.notify(SavePlayNotifications.started(starting, customer, now));
    Optional<Intervention> started = interventionWork.add(starting);
    started.ifPresent(intervention -> metrics.interventionStarted(trigger.source()));
    return started.map(intervention -> new Triggering(intervention, true));
  }

  /** Hands every save play the customer asked for (health red, renewal risk) to an intervention. */
  @Override
  public void handlePending(Customer customer) {
    for (SavePlayTrigger pending : customer.pendingSavePlays()) {
      if (customer.lifecycle() != Lifecycle.CHURNED) {
        trigger(customer.customerId(), pending, CorrelationId.current());
      }
      customerWork.change(
          customer.customerId(), changed -> changed.savePlayHandled(pending.triggerId()));
    }
  }

  /**
   * Hands over the save plays still pending anywhere (after a crash between storing a customer and
   * starting its save play); returns how many customers had some.
   */
  @Override
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

package io.baton.retention.health.application;

import io.baton.retention.customer.application.PendingSavePlays;
import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.Customers;
import io.baton.retention.health.domain.HealthCause;
import io.baton.retention.health.domain.HealthScoring;
import io.baton.retention.health.domain.Signal;
import io.baton.retention.health.domain.Signals;
import io.baton.retention.shared.domain.InvalidInputException;
import io.baton.support.unitofwork.Changed;
import io.baton.support.unitofwork.UnitOfWork;
import io.baton.support.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A signal about a customer came in: keep it once (the unique signal id decides between two
 * deliveries that arrive at once), then take it into the customer's health, which is assessed again
 * and, if it turned red, asks for a save play. A signal stored but not yet taken into the health (a
 * crash in between) is taken in when it is delivered again, or by {@link #applyUnapplied}.
 */
@Service
public class RecordingSignal {

  /** How long a stored signal may wait for its customer before the sweep takes it in. */
  static final Duration GRACE = Duration.ofMinutes(1);

  private static final int PAGE = 500;

  private final Signals signals;
  private final Customers customers;
  private final UnitOfWork<Customer> customerWork;
  private final HealthScoring scoring;
  private final PendingSavePlays pendingSavePlays;
  private final HealthMetrics metrics;
  private final Clock clock;

  public RecordingSignal(
      Signals signals,
      Customers customers,
      UnitOfWork<Customer> customerWork,
      HealthScoring scoring,
      PendingSavePlays pendingSavePlays,
      HealthMetrics metrics,
      Clock clock) {
    this.signals = signals;
    this.customers = customers;
    this.customerWork = customerWork;
    this.scoring = scoring;
    this.pendingSavePlays = pendingSavePlays;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Records the signal, kept to the millisecond as MongoDB stores it.
   *
   * @throws InvalidInputException when the value or details do not fit the signal's type
   * @throws NotFoundException when the customer is unknown (a signal never creates one)
   * @throws ConflictingSignalException when the signal id was used for something else
   */
  public Recording record(RecordSignal command) {
    String customerId = command.customerId();
    String signalId = command.signalId();
    Signal signal =
        Signal.reported(
            signalId,
            customerId,
            command.type(),
            command.occurredAt().truncatedTo(ChronoUnit.MILLIS),
            command.value(),
            command.details(),
            clock.instant());
    InvalidInputException.throwIf(signal.problems());
    if (!customers.exists(customerId)) {
      throw new NotFoundException("Customer", customerId);
    }
    boolean created = signals.add(signal);
    Signal stored =
        created
            ? signal
            : signals
                .find(signalId)
                .orElseThrow(() -> new IllegalStateException("Signal " + signalId + " vanished"));
    if (!stored.sameAs(signal)) {
      throw new ConflictingSignalException(signalId);
    }
    metrics.signalReceived(command.type(), !created);
    return new Recording(stored, apply(stored), created);
  }

  /**
   * Takes signals stored a while ago but not yet into their customer's health; returns how many.
   */
  public int applyUnapplied(Instant now) {
    int applied = 0;
    List<Signal> page;
    do {
      page = signals.unapplied(now.minus(GRACE), PAGE);
      for (Signal signal : page) {
        apply(signal);
        applied++;
      }
    } while (page.size() == PAGE);
    return applied;
  }

  private Customer apply(Signal signal) {
    Instant now = clock.instant();
    Changed<Customer> result =
        customerWork.change(
            signal.customerId(), customer -> customer.recordSignal(signal, scoring, now));
    signals.markApplied(signal.signalId(), now);
    if (result.changed()) {
      metrics.healthAssessed(HealthCause.SIGNAL_RECEIVED, 1);
    }
    pendingSavePlays.handlePending(result.value());
    return result.value();
  }

  /** The signal as stored, its customer after it, and whether this call received it first. */
  public record Recording(Signal signal, Customer customer, boolean created) {}
}

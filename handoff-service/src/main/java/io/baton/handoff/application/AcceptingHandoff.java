package io.baton.handoff.application;

import io.baton.handoff.domain.Handoff;
import io.baton.support.notification.Notification;
import io.baton.support.unitofwork.Changed;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * An account manager decided on the handoff and accepted it: the customer is theirs now. Who
 * decided comes from the engine (the user who completed the acceptance task), never from a form.
 * The sales owner hears of it in the same write ({@link HandoffNotifications}).
 */
@Service
public class AcceptingHandoff {

  private final UnitOfWork<Handoff> handoffWork;
  private final HandoffMetrics metrics;
  private final Clock clock;

  public AcceptingHandoff(UnitOfWork<Handoff> handoffWork, HandoffMetrics metrics, Clock clock) {
    this.handoffWork = handoffWork;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** Records who completes the acceptance task, before the process moves on with the decision. */
  public Handoff recordDecider(String dealId, String accountManager) {
    return handoffWork.change(dealId, handoff -> handoff.recordDecider(accountManager)).value();
  }

  public Handoff accept(String dealId, String note) {
    Changed<Handoff> accepted =
        handoffWork.change(
            dealId,
            handoff -> {
              Instant now = clock.instant();
              return handoff.accept(note, now)
                  && notified(handoff, HandoffNotifications.accepted(handoff, now));
            });
    if (accepted.changed()) {
      metrics.accepted(accepted.value());
    }
    return accepted.value();
  }

  /** Adds the notification to the accepted handoff; true, since the acceptance changed it. */
  private static boolean notified(Handoff handoff, Notification notification) {
    handoff.notify(notification);
    return true;
  }
}

package io.baton.retention.health.domain;

import io.baton.retention.saveplay.domain.SavePlayTrigger;
import java.util.Optional;

/** A customer's new health and the history entry that explains it. */
public record HealthUpdate(Health health, HealthChange change, boolean turnedRed) {

  /** The save play a customer asks for when its health turned red (not when it stays red). */
  public Optional<SavePlayTrigger> savePlayTrigger(String customerId) {
    return turnedRed
        ? Optional.of(SavePlayTrigger.healthRed(customerId, health.changedAt()))
        : Optional.empty();
  }
}

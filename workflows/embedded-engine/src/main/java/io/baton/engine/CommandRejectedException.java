package io.baton.engine;

import io.camunda.zeebe.protocol.record.RejectionType;
import io.camunda.zeebe.protocol.record.intent.Intent;

/** The engine rejected a command written for a REST request. */
public final class CommandRejectedException extends RuntimeException {

  private final RejectionType rejectionType;

  CommandRejectedException(
      final Intent intent, final RejectionType rejectionType, final String reason) {
    super("Command '%s' rejected with code '%s': %s".formatted(intent, rejectionType, reason));
    this.rejectionType = rejectionType;
  }

  public RejectionType rejectionType() {
    return rejectionType;
  }
}

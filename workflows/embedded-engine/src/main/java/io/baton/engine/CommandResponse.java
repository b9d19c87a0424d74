package io.baton.engine;

import io.camunda.zeebe.protocol.record.RejectionType;
import io.camunda.zeebe.protocol.record.intent.Intent;

/** The engine's answer to a command: the resulting event, or the rejection. */
record CommandResponse(
    long key, Intent intent, RejectionType rejectionType, String rejectionReason, byte[] value) {

  boolean isRejection() {
    return rejectionType != RejectionType.NULL_VAL;
  }
}

package io.baton.engine;

import io.camunda.zeebe.protocol.impl.record.UnifiedRecordValue;
import io.camunda.zeebe.protocol.record.RejectionType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import org.agrona.concurrent.UnsafeBuffer;

/** The engine's answer to a command: the resulting event, or the rejection. */
record CommandResponse(
    long key, Intent intent, RejectionType rejectionType, String rejectionReason, byte[] value) {

  boolean isRejection() {
    return rejectionType != RejectionType.NULL_VAL;
  }

  /** The event's value read into the given (empty) record, e.g. a new {@code JobBatchRecord}. */
  <T extends UnifiedRecordValue> T valueAs(final T record) {
    record.wrap(new UnsafeBuffer(value), 0, value.length);
    return record;
  }
}

package io.baton.retention.health.adapter.in.web;

import io.baton.retention.health.application.RecordingSignal;
import io.baton.retention.health.domain.Signal;
import io.baton.retention.health.domain.SignalType;
import java.time.Instant;
import java.util.Map;

/**
 * A signal as recorded (the first delivery's, for a duplicate) and the customer's health after it.
 */
record SignalResponse(
    String signalId,
    String customerId,
    SignalType type,
    Instant occurredAt,
    Double value,
    Map<String, String> details,
    Instant receivedAt,
    boolean duplicate,
    HealthJson health) {

  static SignalResponse of(RecordingSignal.Recording recording) {
    Signal signal = recording.signal();
    return new SignalResponse(
        signal.signalId(),
        signal.customerId(),
        signal.type(),
        signal.occurredAt(),
        signal.value(),
        signal.details(),
        signal.receivedAt(),
        !recording.created(),
        HealthJson.of(recording.customer().health()));
  }
}

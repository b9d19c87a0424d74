package io.baton.retention.health.adapter.out.mongo;

import io.baton.retention.health.domain.Signal;
import io.baton.retention.health.domain.SignalType;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A signal as received, one document per signal id (the id is the key, so a signal is stored once
 * however often it is delivered); {@code appliedAt} says when it reached its customer's health.
 * Public, as the customer and intervention documents are: the benchmarks seed signals exactly so.
 */
@Document(SignalDocument.COLLECTION)
@CompoundIndex(name = "unapplied", def = "{'appliedAt': 1, 'receivedAt': 1}")
public record SignalDocument(
    @Id String signalId,
    @Indexed String customerId,
    SignalType type,
    Instant occurredAt,
    Double value,
    Map<String, String> details,
    Instant receivedAt,
    Instant appliedAt) {

  static final String COLLECTION = "signals";

  static SignalDocument of(Signal signal) {
    return new SignalDocument(
        signal.signalId(),
        signal.customerId(),
        signal.type(),
        signal.occurredAt(),
        signal.value(),
        signal.details(),
        signal.receivedAt(),
        null);
  }

  Signal toSignal() {
    return Signal.reported(signalId, customerId, type, occurredAt, value, details, receivedAt);
  }
}

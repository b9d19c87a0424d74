package io.baton.retention.health.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where every signal received is kept, once per signal id. */
public interface Signals {

  /** Stores a new signal; false if one with the same id is stored already. */
  boolean add(Signal signal);

  Optional<Signal> find(String signalId);

  /** The signal reached its customer's health. */
  void markApplied(String signalId, Instant at);

  /** Signals received before {@code receivedBefore} that have not reached their customer yet. */
  List<Signal> unapplied(Instant receivedBefore, int limit);
}

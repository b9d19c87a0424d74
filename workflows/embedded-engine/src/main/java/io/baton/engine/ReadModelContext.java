package io.baton.engine;

import io.camunda.zeebe.logstreams.log.LogStream;
import java.time.Duration;
import java.time.InstantSource;

/**
 * What the read models are built from: the engine's log (and its storage, which makes written
 * records readable), the engine's clock, and how long they keep finished items.
 */
record ReadModelContext(
    LogStream log, FileLogStorage storage, InstantSource clock, Duration retention) {

  Retention newRetention() {
    return new Retention(retention, clock);
  }
}

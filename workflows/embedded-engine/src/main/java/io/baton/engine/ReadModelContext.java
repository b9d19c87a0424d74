package io.baton.engine;

import io.camunda.zeebe.logstreams.log.LogStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;

/**
 * What the read models are built from: the engine's log (and its storage, which makes written
 * records readable), the engine's clock, how long they keep finished items, and the engine's state
 * directory, where they archive them.
 */
record ReadModelContext(
    LogStream log,
    FileLogStorage storage,
    InstantSource clock,
    Duration retention,
    Path stateDirectory) {

  Retention newRetention() {
    return new Retention(retention, clock);
  }
}

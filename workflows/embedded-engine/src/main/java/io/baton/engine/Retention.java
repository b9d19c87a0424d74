package io.baton.engine;

import java.time.Duration;
import java.time.InstantSource;
import java.util.function.LongConsumer;

/**
 * When a read model drops its finished items (completed tasks, ended process instances): once they
 * have been finished for longer than the retention. Each finished item is noted on its archive
 * shelf by the time it finished, so a check reads only the items that are due, and the heap keeps
 * nothing per finished item. Time is the engine's clock, which record timestamps come from and
 * engine control moves. Its read model's lock guards it.
 */
final class Retention {

  private final Duration retention;
  private final InstantSource clock;

  Retention(final Duration retention, final InstantSource clock) {
    this.retention = retention;
    this.clock = clock;
  }

  /** The item with this key on the shelf finished at this time (engine milliseconds). */
  void finished(final Shelf shelf, final long key, final long timestamp) {
    shelf.due(key, timestamp + retention.toMillis());
  }

  /** Hands the keys of the shelf's items finished longer ago than the retention to drop, once. */
  void dropExpired(final Shelf shelf, final LongConsumer drop) {
    shelf.takeDue(clock.millis(), drop);
  }
}

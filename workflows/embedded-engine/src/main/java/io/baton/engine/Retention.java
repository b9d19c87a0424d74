package io.baton.engine;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.LongConsumer;

/**
 * The finished items of a read model (completed tasks, ended process instances) by the time they
 * finished, so that the model drops each one once it has been finished for longer than the
 * retention, looking only at the items that are due. Time is the engine's clock, which record
 * timestamps come from and engine control moves. Its read model's lock guards it.
 */
final class Retention {

  private final Duration retention;
  private final InstantSource clock;
  private final PriorityQueue<Finished> finished =
      new PriorityQueue<>(Comparator.comparingLong(Finished::timestamp));

  Retention(final Duration retention, final InstantSource clock) {
    this.retention = retention;
    this.clock = clock;
  }

  /** The item with this key finished at this time (engine milliseconds). */
  void finished(final long key, final long timestamp) {
    finished.add(new Finished(key, timestamp));
  }

  /** Hands the keys of the items finished longer ago than the retention to {@code drop}, once. */
  void dropExpired(final LongConsumer drop) {
    final long cutoff = clock.millis() - retention.toMillis();
    while (!finished.isEmpty() && finished.peek().timestamp() < cutoff) {
      drop.accept(finished.poll().key());
    }
  }

  private record Finished(long key, long timestamp) {}
}

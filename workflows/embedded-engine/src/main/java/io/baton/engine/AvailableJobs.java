package io.baton.engine;

import io.camunda.zeebe.engine.processing.streamprocessor.JobStreamer;
import io.camunda.zeebe.protocol.impl.stream.job.JobActivationProperties;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.agrona.DirectBuffer;

/**
 * The engine's job streamer (zeebe-process-test's, which pushes jobs to gRPC job streams) that also
 * tells long-polling REST job activations when jobs of a type become activatable. The engine calls
 * {@link #notifyWorkAvailable} for a job no stream took (created, failed with retries left, timed
 * out, back from a retry backoff, its incident resolved), as it notifies Camunda's gateway, so a
 * waiting activation tries again only then instead of polling.
 */
final class AvailableJobs implements JobStreamer {

  private final JobStreamer streams;
  private final Map<String, Long> notifications = new HashMap<>();
  private boolean closed;

  AvailableJobs(final JobStreamer streams) {
    this.streams = streams;
  }

  @Override
  public Optional<JobStream> streamFor(
      final DirectBuffer jobType, final Predicate<JobActivationProperties> filter) {
    return streams.streamFor(jobType, filter);
  }

  @Override
  public synchronized void notifyWorkAvailable(final String jobType) {
    notifications.merge(jobType, 1L, Long::sum);
    notifyAll();
  }

  /** How often jobs of the type became available so far: pass it to {@link #awaitAfter}. */
  synchronized long notifications(final String jobType) {
    return notifications.getOrDefault(jobType, 0L);
  }

  /**
   * Waits until jobs of the type became available after the given count of notifications, the
   * timeout passed or the engine stopped.
   */
  synchronized void awaitAfter(final String jobType, final long seen, final Duration timeout)
      throws InterruptedException {
    final long deadline = System.nanoTime() + timeout.toNanos();
    long remaining = timeout.toNanos();
    while (!closed && notifications(jobType) == seen && remaining > 0) {
      wait(Math.max(1, remaining / 1_000_000));
      remaining = deadline - System.nanoTime();
    }
  }

  /** Wakes every waiting activation: the engine stops. */
  synchronized void close() {
    closed = true;
    notifyAll();
  }
}

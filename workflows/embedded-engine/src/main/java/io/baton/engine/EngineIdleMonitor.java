package io.baton.engine;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells whether the engine is busy (writing to its log) or idle (processed everything and waiting),
 * with the same meaning as zeebe-process-test's EngineStateMonitor: idle once processing has
 * reached the end of the log and nothing was committed for two checks in a row (blocks written but
 * not yet on disk are invisible to processing, so they count as busy too); busy once something was
 * committed since the engine was last seen idle — so a test that moves the clock and then waits for
 * the engine to get busy does not miss a timer that fired before it started waiting.
 */
final class EngineIdleMonitor implements LogStorage.CommitListener {

  private static final long CHECK_INTERVAL_MS = 50;
  private static final int QUIET_CHECKS_FOR_IDLE = 2;

  private final FileLogStorage logStorage;
  private final StreamProcessor streamProcessor;
  private final AtomicLong commits = new AtomicLong();
  private final AtomicBoolean busySinceIdle = new AtomicBoolean();

  EngineIdleMonitor(final FileLogStorage logStorage, final StreamProcessor streamProcessor) {
    this.logStorage = logStorage;
    this.streamProcessor = streamProcessor;
    logStorage.addCommitListener(this);
  }

  @Override
  public void onCommit() {
    commits.incrementAndGet();
    busySinceIdle.set(true);
  }

  void waitForIdleState(final Duration timeout) throws InterruptedException, TimeoutException {
    final long deadline = System.nanoTime() + timeout.toNanos();
    long seenCommits = commits.get();
    int quietChecks = 0;
    while (quietChecks < QUIET_CHECKS_FOR_IDLE) {
      checkDeadline(deadline, "Engine has not reached idle state within " + timeout);
      Thread.sleep(CHECK_INTERVAL_MS);
      final long nowCommits = commits.get();
      if (nowCommits == seenCommits && hasProcessedEverything()) {
        quietChecks++;
      } else {
        quietChecks = 0;
        seenCommits = nowCommits;
      }
    }
    busySinceIdle.set(false);
  }

  void waitForBusyState(final Duration timeout) throws InterruptedException, TimeoutException {
    final long deadline = System.nanoTime() + timeout.toNanos();
    while (!busySinceIdle.get() && hasProcessedEverything()) {
      checkDeadline(deadline, "Engine has not started processing within " + timeout);
      Thread.sleep(CHECK_INTERVAL_MS / 5);
    }
  }

  private static void checkDeadline(final long deadline, final String message)
      throws TimeoutException {
    if (System.nanoTime() > deadline) {
      throw new TimeoutException(message);
    }
  }

  private boolean hasProcessedEverything() {
    if (logStorage.hasUnacknowledgedBlocks()) {
      return false;
    }
    try {
      return streamProcessor.hasProcessingReachedTheEnd().join();
    } catch (final RuntimeException closedOrFailed) {
      return streamProcessor.isClosed();
    }
  }
}

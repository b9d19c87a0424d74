package io.baton.engine;

import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.scheduler.future.ActorFuture;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the engine's snapshots, as Zeebe's snapshot director does for a partition, and keeps the
 * log to what the latest one does not cover.
 *
 * <p>A snapshot is taken every {@code snapshot-period}, once {@code snapshot-after-records} records
 * were processed since the last one, and at a graceful stop, in each case only if the engine
 * processed anything since the last one. Its position is the last one the engine had processed
 * before the RocksDB checkpoint (the state may hold more: the engine replays from what the state
 * itself holds). A snapshot counts only once the log on disk holds everything the checkpointed
 * state came from: the records the engine wrote while processing are awaited in the log, the log is
 * forced to disk, and only then is the snapshot renamed into place. The read models are saved with
 * it, then the log is compacted up to its position.
 *
 * <p>At start, the read models are restored from the latest snapshot and the log is compacted up to
 * its position: the engine itself replays only the log after it.
 */
final class SnapshotDirector implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SnapshotDirector.class);
  private static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);
  private static final Duration ENGINE_ANSWER_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration LOG_POLL_INTERVAL = Duration.ofMillis(5);

  private final EngineState state;
  private final StreamProcessor streamProcessor;
  private final FileLogStorage logStorage;
  private final LogStreamReader writtenRecords;
  private final List<RecordReadModel<?>> readModels;
  private final List<LogFollower> otherFollowers;
  private final Duration period;
  private final long afterRecords;
  private final ScheduledExecutorService schedule =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("baton-engine-snapshots").daemon().factory());
  private long lastTakenNanos = System.nanoTime();

  /**
   * @param readModels saved with each snapshot
   * @param otherFollowers what else reads the log and must catch up before it is compacted
   * @param period the longest time between two snapshots while the engine processes
   * @param afterRecords how many processed records (log positions) bring a snapshot forward
   */
  SnapshotDirector(
      final EngineState state,
      final StreamProcessor streamProcessor,
      final LogStream logStream,
      final FileLogStorage logStorage,
      final List<RecordReadModel<?>> readModels,
      final List<LogFollower> otherFollowers,
      final Duration period,
      final long afterRecords) {
    this.state = state;
    this.streamProcessor = streamProcessor;
    this.logStorage = logStorage;
    this.readModels = readModels;
    this.otherFollowers = otherFollowers;
    this.period = period;
    this.afterRecords = afterRecords;
    writtenRecords = logStream.newLogStreamReader();
  }

  /**
   * Restores the read models from the latest snapshot and drops from memory the log it covers;
   * before the engine starts.
   */
  void recover() {
    state
        .latestSnapshot()
        .ifPresent(
            snapshot -> {
              readModels.forEach(model -> model.restoreFrom(snapshot.directory()));
              compactLog(snapshot.position());
            });
  }

  /** Starts taking snapshots on schedule; once the engine runs. */
  void start() {
    schedule.scheduleWithFixedDelay(
        this::takeIfDue,
        CHECK_INTERVAL.toMillis(),
        CHECK_INTERVAL.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * Stops the schedule and takes a last snapshot, before the engine stops; without it, the next
   * start replays the log after the previous snapshot.
   */
  @Override
  public void close() {
    schedule.shutdown();
    try {
      if (!schedule.awaitTermination(ENGINE_ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("A snapshot of the engine state was still being taken at stop");
      }
      take();
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (final RuntimeException e) {
      LOG.warn("Could not take a snapshot of the engine state at stop", e);
    } finally {
      synchronized (this) {
        writtenRecords.close();
      }
    }
  }

  /**
   * Takes a snapshot now, unless the engine is not running or processed nothing since the last one.
   */
  synchronized Optional<EngineState.Snapshot> take() {
    if (!streamProcessor.isOpened() || streamProcessor.isFailed()) {
      return Optional.empty();
    }
    final long position = engineAnswer(streamProcessor.getLastProcessedPositionAsync());
    if (position <= latestSnapshotPosition()) {
      return Optional.empty();
    }
    final EngineState.Snapshot snapshot = state.take(position, this::saveWithSnapshot);
    lastTakenNanos = System.nanoTime();
    compactLog(position);
    LOG.debug("Took a snapshot of the engine state at log position {}", position);
    return Optional.of(snapshot);
  }

  private synchronized void takeIfDue() {
    try {
      final long sinceLast =
          engineAnswer(streamProcessor.getLastProcessedPositionAsync()) - latestSnapshotPosition();
      if (sinceLast >= afterRecords || System.nanoTime() - lastTakenNanos >= period.toNanos()) {
        take();
      }
    } catch (final RuntimeException e) {
      LOG.warn("Could not take a snapshot of the engine state; the next check tries again", e);
    }
  }

  /** The latest snapshot's position, 0 (before the first record) if there is none. */
  private long latestSnapshotPosition() {
    return state.latestSnapshot().map(EngineState.Snapshot::position).orElse(0L);
  }

  /** What goes with the checkpoint, which is already in the snapshot's directory. */
  private void saveWithSnapshot(final Path directory) {
    awaitInLog(engineAnswer(streamProcessor.getLastWrittenPositionAsync()));
    otherFollowers.forEach(LogFollower::catchUp);
    readModels.forEach(model -> model.save(directory));
    logStorage.flush();
  }

  /** Waits until the log holds the record at this position (the engine wrote it before). */
  private void awaitInLog(final long position) {
    final long deadline = System.nanoTime() + ENGINE_ANSWER_TIMEOUT.toNanos();
    while (position > 0 && !writtenRecords.seek(position)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "The record at log position " + position + " did not reach the log");
      }
      try {
        Thread.sleep(LOG_POLL_INTERVAL);
      } catch (final InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the log", e);
      }
    }
  }

  /** The one place that compacts the log: up to a snapshot's position. */
  private void compactLog(final long snapshotPosition) {
    logStorage.compact(snapshotPosition);
  }

  private static long engineAnswer(final ActorFuture<Long> answer) {
    return answer.join(ENGINE_ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
  }
}

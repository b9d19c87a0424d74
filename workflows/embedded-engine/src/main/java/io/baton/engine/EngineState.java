package io.baton.engine;

import io.camunda.zeebe.db.AccessMetricsConfiguration;
import io.camunda.zeebe.db.ConsistencyChecksSettings;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.db.impl.rocksdb.RocksDbConfiguration;
import io.camunda.zeebe.db.impl.rocksdb.ZeebeRocksDbFactory;
import io.camunda.zeebe.db.impl.rocksdb.ZeebeRocksDbFactory.SharedRocksDbResources;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.util.FileUtil;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's state in Zeebe's RocksDB, kept as a broker partition keeps it, with its snapshots,
 * in {@code <data-dir>/state}:
 *
 * <ul>
 *   <li>{@code runtime/}: the open database;
 *   <li>{@code snapshots/<position>/}: the latest snapshot, a RocksDB checkpoint ({@code db/}) of
 *       state that processed the log up to at least that position, and whatever was saved with it
 *       (the read models);
 *   <li>{@code snapshots/<position>.tmp/}: a snapshot being written, renamed once complete; one a
 *       crash left behind is deleted at start.
 * </ul>
 *
 * <p>As in Zeebe, the runtime database has no write-ahead log: at start it is thrown away and
 * rebuilt as a checkpoint of the latest snapshot, and the engine replays the log after the
 * snapshot's position (Zeebe's stream processor starts after the last processed position that the
 * state itself holds). Writes to it since the last snapshot are therefore never needed after a stop
 * or a crash.
 */
final class EngineState implements AutoCloseable {

  static final String DIRECTORY = "state";
  static final String SNAPSHOTS = "snapshots";
  private static final Logger LOG = LoggerFactory.getLogger(EngineState.class);
  private static final String DATABASE = "db";
  static final String TEMPORARY = ".tmp";

  /** RocksDB's caches and write buffers (off the heap): a local engine's state is small. */
  private static final long MEMORY_LIMIT = 64L * 1024 * 1024;

  private final Path snapshots;
  private final SharedRocksDbResources resources;
  private final ZeebeDb<ZbColumnFamilies> database;
  private Snapshot latest;

  private EngineState(
      final Path snapshots,
      final SharedRocksDbResources resources,
      final ZeebeDb<ZbColumnFamilies> database,
      final Snapshot latest) {
    this.snapshots = snapshots;
    this.resources = resources;
    this.database = database;
    this.latest = latest;
  }

  /**
   * Opens the state in this directory: the runtime database rebuilt from the latest snapshot, or
   * empty if there is none. Only one engine may use the directory (the log's lock ensures it).
   */
  static EngineState open(final Path directory) {
    final Path snapshots = directory.resolve(SNAPSHOTS);
    final Path runtime = directory.resolve("runtime");
    final SharedRocksDbResources resources = SharedRocksDbResources.allocate(MEMORY_LIMIT);
    try {
      final Snapshot latest = cleanUp(snapshots);
      final ZeebeRocksDbFactory<ZbColumnFamilies> factory =
          new ZeebeRocksDbFactory<>(
              new RocksDbConfiguration().setMemoryLimit(MEMORY_LIMIT),
              new ConsistencyChecksSettings(),
              new AccessMetricsConfiguration(AccessMetricsConfiguration.Kind.NONE, 1),
              SimpleMeterRegistry::new,
              resources,
              1);
      FileUtil.deleteFolderIfExists(runtime);
      if (latest != null) {
        try (ZeebeDb<ZbColumnFamilies> snapshot =
            factory.openSnapshotOnlyDb(latest.directory().resolve(DATABASE).toFile())) {
          snapshot.createSnapshot(runtime.toFile());
        }
        LOG.info(
            "Recovered the engine state from the snapshot at log position {}", latest.position);
      }
      return new EngineState(snapshots, resources, factory.createDb(runtime.toFile()), latest);
    } catch (final Exception e) {
      resources.close();
      throw new IllegalStateException("Cannot open the engine state in " + directory, e);
    }
  }

  /**
   * Deletes the snapshots being written when the engine stopped and all but the latest complete one
   * (a crash may leave the one before); answers the latest, or null if there is none.
   */
  private static Snapshot cleanUp(final Path snapshots) throws IOException {
    Files.createDirectories(snapshots);
    final List<Path> directories;
    try (Stream<Path> listed = Files.list(snapshots)) {
      directories = listed.toList();
    }
    final List<Snapshot> complete =
        directories.stream()
            .filter(path -> !path.getFileName().toString().endsWith(TEMPORARY))
            .map(path -> new Snapshot(Long.parseLong(path.getFileName().toString()), path))
            .sorted(Comparator.comparingLong(Snapshot::position).reversed())
            .toList();
    for (final Path directory : directories) {
      if (complete.isEmpty() || !directory.equals(complete.getFirst().directory())) {
        FileUtil.deleteFolder(directory);
      }
    }
    return complete.isEmpty() ? null : complete.getFirst();
  }

  ZeebeDb<ZbColumnFamilies> database() {
    return database;
  }

  synchronized Optional<Snapshot> latestSnapshot() {
    return Optional.ofNullable(latest);
  }

  /**
   * Takes a snapshot of the state, which processed the log up to at least the position: a RocksDB
   * checkpoint plus what {@code saveWithIt} writes into the snapshot's directory, made visible at
   * once by renaming a complete directory. Then deletes the previous snapshot.
   *
   * @param position no higher than the last position the state processed, above the latest
   *     snapshot's
   */
  synchronized Snapshot take(final long position, final Consumer<Path> saveWithIt) {
    final Path temporary = snapshots.resolve(position + TEMPORARY);
    final Path complete = snapshots.resolve(Long.toString(position));
    try {
      FileUtil.deleteFolderIfExists(temporary);
      Files.createDirectories(temporary);
      database.createSnapshot(temporary.resolve(DATABASE).toFile());
      saveWithIt.accept(temporary);
      flushFiles(temporary);
      FileUtil.moveDurably(temporary, complete, StandardCopyOption.ATOMIC_MOVE);
    } catch (final IOException e) {
      throw new UncheckedIOException("Cannot take a snapshot of the engine state", e);
    }
    final Snapshot previous = latest;
    latest = new Snapshot(position, complete);
    if (previous != null) {
      deleteQuietly(previous.directory());
    }
    return latest;
  }

  /** Forces the files saved with a snapshot, and the directory listing them, to disk. */
  private static void flushFiles(final Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      for (final Path file : files.filter(Files::isRegularFile).toList()) {
        FileUtil.flush(file);
      }
    }
    FileUtil.flushDirectory(directory);
  }

  /** A snapshot left behind is deleted at the next start. */
  private static void deleteQuietly(final Path directory) {
    try {
      FileUtil.deleteFolder(directory);
    } catch (final IOException e) {
      LOG.warn("Cannot delete the replaced snapshot {}; the next start will", directory, e);
    }
  }

  @Override
  public void close() {
    try {
      database.close();
    } catch (final Exception e) {
      throw new IllegalStateException("The engine's state could not be closed", e);
    } finally {
      resources.close();
    }
  }

  /** A complete snapshot: its directory holds state that processed the log up to the position. */
  record Snapshot(long position, Path directory) {}
}

package io.baton.engine;

import io.camunda.zeebe.util.FileUtil;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.Checkpoint;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteOptions;

/**
 * Where a read model keeps its finished items: off the heap, in a RocksDB database of its own, so
 * the heap holds what is live however long the retention and however busy the engine. The heap
 * keeps no trace of an archived item, not even its key; its indexes are keys in the database too
 * ({@link Shelf}).
 *
 * <p>It is kept as the engine's state is ({@link EngineState}): the database in {@code
 * <data-dir>/state/read-models/<model>} has no write-ahead log and is thrown away at start; a
 * snapshot holds a RocksDB checkpoint of it, taken with the rest of the model under the model's
 * lock, and a start rebuilds it from the latest snapshot's checkpoint, after which the model
 * replays the log after the snapshot's position. Its model's lock guards it.
 */
final class Archive implements AutoCloseable {

  static final String DIRECTORY = "read-models";
  private static final String CHECKPOINT_SUFFIX = ".db";

  /** The write buffer, which a snapshot flushes: finished items arrive in small steady amounts. */
  private static final long WRITE_BUFFER_BYTES = 8L * 1024 * 1024;

  private static final long BLOCK_CACHE_BYTES = 16L * 1024 * 1024;

  static {
    RocksDB.loadLibrary();
  }

  private final Path runtime;
  private final String name;
  private final LRUCache blockCache = new LRUCache(BLOCK_CACHE_BYTES);
  private final BloomFilter bloomFilter = new BloomFilter(10);
  private final Options options;
  private final WriteOptions writeOptions = new WriteOptions().setDisableWAL(true);
  private final ReadOptions readOptions = new ReadOptions();
  private RocksDB database;

  /**
   * An empty archive for the named model in this data dir's state directory (what was there is
   * thrown away).
   */
  Archive(final Path stateDirectory, final String name) {
    this.name = name;
    runtime = stateDirectory.resolve(DIRECTORY).resolve(name);
    options =
        new Options()
            .setCreateIfMissing(true)
            .setWriteBufferSize(WRITE_BUFFER_BYTES)
            .setMaxWriteBufferNumber(2)
            .setTableFormatConfig(
                new BlockBasedTableConfig()
                    .setBlockCache(blockCache)
                    .setFilterPolicy(bloomFilter)
                    .setWholeKeyFiltering(true));
    database = openEmpty();
  }

  /** A namespace of this archive, for one kind of item. */
  Shelf shelf(final char id) {
    return new Shelf(this, (byte) id);
  }

  /** Writes a checkpoint of the archive into a snapshot's directory. */
  void checkpoint(final Path snapshotDirectory) {
    try (Checkpoint checkpoint = Checkpoint.create(database)) {
      checkpoint.createCheckpoint(snapshotDirectory.resolve(name + CHECKPOINT_SUFFIX).toString());
    } catch (final RocksDBException e) {
      throw new IllegalStateException("Cannot write a checkpoint of the " + name + " archive", e);
    }
  }

  /**
   * Replaces what the archive holds with the checkpoint in a snapshot's directory, copied as
   * RocksDB copies a checkpoint: table files (never changed once written) linked, the rest copied,
   * so the snapshot stays as it was while the archive changes.
   */
  void restoreFrom(final Path snapshotDirectory) {
    final Path saved = snapshotDirectory.resolve(name + CHECKPOINT_SUFFIX);
    if (!Files.isDirectory(saved)) {
      throw new IllegalStateException(
          "The snapshot "
              + snapshotDirectory
              + " holds no archive of the "
              + name
              + " read model: an earlier version of the engine wrote it. Delete the data dir to"
              + " start empty");
    }
    database.close();
    try {
      FileUtil.deleteFolderIfExists(runtime);
      Files.createDirectories(runtime);
      try (Stream<Path> files = Files.list(saved)) {
        for (final Path file : files.toList()) {
          final Path copy = runtime.resolve(file.getFileName());
          if (file.getFileName().toString().endsWith(".sst")) {
            Files.createLink(copy, file);
          } else {
            Files.copy(file, copy);
          }
        }
      }
      database = RocksDB.open(options, runtime.toString());
    } catch (final IOException e) {
      throw new UncheckedIOException("Cannot restore the " + name + " archive from " + saved, e);
    } catch (final RocksDBException e) {
      throw new IllegalStateException("Cannot restore the " + name + " archive from " + saved, e);
    }
  }

  private RocksDB openEmpty() {
    try {
      FileUtil.deleteFolderIfExists(runtime);
      Files.createDirectories(runtime);
      return RocksDB.open(options, runtime.toString());
    } catch (final IOException e) {
      throw new UncheckedIOException("Cannot create the " + name + " archive in " + runtime, e);
    } catch (final RocksDBException e) {
      throw new IllegalStateException("Cannot open the " + name + " archive in " + runtime, e);
    }
  }

  void put(final byte[] key, final byte[] value) {
    try {
      database.put(writeOptions, key, value);
    } catch (final RocksDBException e) {
      throw failed(e);
    }
  }

  byte[] get(final byte[] key) {
    try {
      return database.get(readOptions, key);
    } catch (final RocksDBException e) {
      throw failed(e);
    }
  }

  void delete(final byte[] key) {
    try {
      database.delete(writeOptions, key);
    } catch (final RocksDBException e) {
      throw failed(e);
    }
  }

  /** An iterator over the archive's keys in byte order, to close after use. */
  RocksIterator iterator() {
    return database.newIterator(readOptions);
  }

  private IllegalStateException failed(final RocksDBException e) {
    return new IllegalStateException("The " + name + " archive failed", e);
  }

  @Override
  public void close() {
    database.close();
    readOptions.close();
    writeOptions.close();
    options.close();
    bloomFilter.close();
    blockCache.close();
  }
}

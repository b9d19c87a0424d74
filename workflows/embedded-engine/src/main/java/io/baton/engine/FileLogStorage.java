package io.baton.engine;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link LogStorage} that keeps the appended blocks in memory for reading and appends each to one
 * file, so that the log survives a restart.
 *
 * <p>Each frame in the file is: lowest position (long), highest position (long), length (int), then
 * the block's bytes. On open the file is read back; an incomplete last frame (the process died
 * mid-write) is cut off. Writes go to the OS without an fsync per block; {@link #flush()} and
 * {@link #close()} force them to disk.
 *
 * <p>{@link #compact(long)} drops the blocks that a state snapshot made unnecessary from memory
 * only: the file keeps them and the next open reads them back, to be compacted again. Blocks are
 * numbered from the first ever appended, so readers keep their place when blocks before them go.
 */
public final class FileLogStorage implements LogStorage, AutoCloseable {

  static final int FRAME_HEADER_BYTES = Long.BYTES + Long.BYTES + Integer.BYTES;
  private static final Logger LOG = LoggerFactory.getLogger(FileLogStorage.class);

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final List<Block> blocks = new ArrayList<>();
  private final Set<CommitListener> commitListeners = new CopyOnWriteArraySet<>();
  private int compactedBlocks;

  private FileLogStorage(final Path file, final FileChannel channel, final FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Opens (or creates) the log file, loads its blocks and cuts off a torn last frame. */
  public static FileLogStorage open(final Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      final FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      final FileLock lock = lock(file, channel);
      final FileLogStorage storage = new FileLogStorage(file, channel, lock);
      storage.load();
      return storage;
    } catch (final IOException e) {
      throw new UncheckedIOException("Cannot open the engine log " + file, e);
    }
  }

  private static FileLock lock(final Path file, final FileChannel channel) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (final OverlappingFileLockException lockedInThisProcess) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IllegalStateException(
          "The engine log " + file + " is already in use by another engine; use another data dir");
    }
    return lock;
  }

  private void load() throws IOException {
    final long size = channel.size();
    final ByteBuffer header = ByteBuffer.allocate(FRAME_HEADER_BYTES);
    long offset = 0;
    while (offset + FRAME_HEADER_BYTES <= size) {
      header.clear();
      channel.read(header, offset);
      header.flip();
      final long lowest = header.getLong();
      final long highest = header.getLong();
      final int length = header.getInt();
      if (length < 0 || offset + FRAME_HEADER_BYTES + length > size) {
        break;
      }
      final ByteBuffer data = ByteBuffer.allocate(length);
      channel.read(data, offset + FRAME_HEADER_BYTES);
      blocks.add(new Block(blocks.size(), lowest, highest, data.flip()));
      offset += FRAME_HEADER_BYTES + length;
    }
    if (offset < size) {
      LOG.warn("Cut off a torn frame at the end of {} ({} of {} bytes kept)", file, offset, size);
      channel.truncate(offset);
    }
    channel.position(offset);
  }

  /** The number of blocks held in memory. */
  public synchronized int blockCount() {
    return blocks.size();
  }

  /**
   * Drops from memory the blocks whose records all come before the position, keeping the one that
   * holds it: a reader seeking the position still finds it. Rewrites nothing on disk.
   */
  public synchronized void compact(final long position) {
    int below = 0;
    while (below < blocks.size() - 1 && blocks.get(below).highestPosition() < position) {
      below++;
    }
    blocks.subList(0, below).clear();
    compactedBlocks += below;
  }

  /** Forces the blocks appended so far to disk. */
  public synchronized void flush() {
    try {
      channel.force(false);
    } catch (final IOException e) {
      throw new UncheckedIOException("Cannot force the engine log " + file + " to disk", e);
    }
  }

  @Override
  public LogStorageReader newReader() {
    return new BlockReader();
  }

  @Override
  public void append(
      final long lowestPosition,
      final long highestPosition,
      final BufferWriter bufferWriter,
      final AppendListener listener) {
    final ByteBuffer buffer = ByteBuffer.allocate(bufferWriter.getLength());
    bufferWriter.write(new UnsafeBuffer(buffer), 0);
    append(lowestPosition, highestPosition, buffer, listener);
  }

  @Override
  public void append(
      final long lowestPosition,
      final long highestPosition,
      final ByteBuffer blockBuffer,
      final AppendListener listener) {
    final ByteBuffer block = blockBuffer.slice();
    final int index;
    synchronized (this) {
      writeFrame(lowestPosition, highestPosition, block.duplicate());
      final int number = compactedBlocks + blocks.size();
      blocks.add(new Block(number, lowestPosition, highestPosition, block));
      index = number + 1;
    }
    listener.onWrite(index, highestPosition);
    listener.onCommit(index, highestPosition);
    commitListeners.forEach(CommitListener::onCommit);
  }

  private void writeFrame(final long lowest, final long highest, final ByteBuffer data) {
    final ByteBuffer header = ByteBuffer.allocate(FRAME_HEADER_BYTES);
    header.putLong(lowest).putLong(highest).putInt(data.remaining()).flip();
    try {
      final ByteBuffer[] frame = {header, data};
      while (data.hasRemaining()) {
        channel.write(frame);
      }
    } catch (final IOException e) {
      throw new UncheckedIOException("Cannot append to the engine log " + file, e);
    }
  }

  @Override
  public void addCommitListener(final CommitListener listener) {
    commitListeners.add(listener);
  }

  @Override
  public void removeCommitListener(final CommitListener listener) {
    commitListeners.remove(listener);
  }

  /** Forces the log to disk and releases the file. */
  @Override
  public synchronized void close() {
    try {
      if (channel.isOpen()) {
        channel.force(true);
        lock.release();
        channel.close();
      }
    } catch (final IOException e) {
      throw new UncheckedIOException("Cannot close the engine log " + file, e);
    }
  }

  /** The number of the block holding the position, or of the first block held if none does. */
  private synchronized int indexOfBlockContaining(final long position) {
    int low = 0;
    int high = blocks.size() - 1;
    int found = 0;
    while (low <= high) {
      final int mid = (low + high) >>> 1;
      if (blocks.get(mid).lowestPosition() <= position) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return compactedBlocks + found;
  }

  /**
   * The block with this number, or null past the end. A reader still behind the compacted blocks
   * (none is: compaction follows every reader) would continue at the first block held.
   */
  private synchronized Block blockAt(final int index) {
    final int held = Math.max(index - compactedBlocks, 0);
    return held < blocks.size() ? blocks.get(held) : null;
  }

  /** One appended block, numbered from 0 for the first ever appended. */
  private record Block(int number, long lowestPosition, long highestPosition, ByteBuffer data) {}

  private final class BlockReader implements LogStorageReader {

    private int next;

    @Override
    public void seek(final long position) {
      next = indexOfBlockContaining(position);
    }

    @Override
    public boolean hasNext() {
      return blockAt(next) != null;
    }

    @Override
    public DirectBuffer next() {
      final Block block = blockAt(next);
      if (block == null) {
        throw new NoSuchElementException();
      }
      next = block.number() + 1;
      return new UnsafeBuffer(block.data());
    }

    @Override
    public void close() {
      next = Integer.MAX_VALUE;
    }
  }
}

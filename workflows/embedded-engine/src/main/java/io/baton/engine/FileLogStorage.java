package io.baton.engine;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link LogStorage} that writes the engine log to numbered segment files, acknowledges a block
 * only once it is on disk, and reads blocks back from the files (through the page cache, as Zeebe's
 * journal does): the heap holds where each block not yet compacted is, never its bytes.
 *
 * <h2>Durability: acknowledged means on disk, with group commit</h2>
 *
 * The appending thread writes a block's frame to the current segment and returns. One flusher
 * thread then forces the segment to disk ({@link FileChannel#force}) once for all the blocks
 * written since its last force, and only then acknowledges them, in order: each block's {@link
 * AppendListener#onWrite} and {@link AppendListener#onCommit}, then the {@link CommitListener}s.
 * Readers see a block only once it is acknowledged, so the engine processes (and answers) only
 * commands that are on disk, as Zeebe reads only committed entries: a crash, of the process or of
 * the machine, loses nothing that was acknowledged. Blocks appended while a force runs wait for the
 * next one, so a burst costs a force per force's duration, not one per block.
 *
 * <h2>Format</h2>
 *
 * <p>The log is {@code <data-dir>/log/segment-00000001.log}, {@code segment-00000002.log}, ...,
 * numbered without gaps; a new segment starts when the current one would grow past the segment size
 * (64 MiB unless configured). Every segment file is (integers big-endian):
 *
 * <pre>
 * header    int    magic 0x42544C47 ("BTLG")
 *           int    format version (1)
 * frames    int    length of the block
 *           long   lowest position
 *           long   highest position
 *           int    header checksum: CRC32C of the 20 bytes above
 *           int    frame checksum: CRC32C of the same 20 bytes and the block
 *           byte[] the block
 * </pre>
 *
 * Positions increase from frame to frame. The header checksum tells a damaged length from a frame
 * that a crash cut short.
 *
 * <h2>Recovery</h2>
 *
 * On open every segment is read back. The last frame of the last segment may be torn, as a crash
 * mid-write leaves it: incomplete, or failing its checksum with only zeros after it; it was never
 * acknowledged, so it is cut off with a warning naming file, offset and bytes dropped. Any other
 * frame that cannot be read (checksum, length, positions, segment header, a missing segment) stops
 * the open with a {@link CorruptLogException} naming file and offset: cutting there would lose
 * acknowledged data, which only {@link LogRepair} does, when its operator asks for it.
 *
 * <h2>Compaction</h2>
 *
 * {@link #compact(long)} deletes the oldest segments once the state they led to is kept elsewhere
 * (a snapshot), and forgets every block below the snapshot, in the segments it keeps on disk too;
 * readers continue at the first block kept.
 */
public final class FileLogStorage implements LogStorage, AutoCloseable {

  /** The size at which a new segment starts. */
  public static final long DEFAULT_SEGMENT_BYTES = 64L << 20;

  private static final Logger LOG = LoggerFactory.getLogger(FileLogStorage.class);
  private static final Duration FLUSHER_STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(30);

  private final Path dataDir;
  private final Path logDir;
  private final long segmentBytes;
  private final Force force;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Set<CommitListener> commitListeners = new CopyOnWriteArraySet<>();
  private final Thread flusher;

  /** Held while forcing a segment, so that a segment is not closed while it is being forced. */
  private final Object forceLock = new Object();

  // What follows is guarded by this: appends, the flusher, readers and compaction share it.
  // The blocks not compacted, the first at firstIndex.
  private final List<Block> blocks = new ArrayList<>();
  private final Deque<SegmentBlocks> segments = new ArrayDeque<>();
  private final List<Written> unacknowledged = new ArrayList<>();
  private long firstIndex = 1;
  private long acknowledgedIndex;
  private long lastHighestPosition = Long.MIN_VALUE;
  private FileChannel channel;
  private long channelSize;
  private boolean closing;
  private Exception failure;

  private FileLogStorage(
      final Path dataDir,
      final long segmentBytes,
      final Force force,
      final FileChannel lockChannel,
      final FileLock lock) {
    this.dataDir = dataDir;
    logDir = LogSegments.logDir(dataDir);
    this.segmentBytes = segmentBytes;
    this.force = force;
    this.lockChannel = lockChannel;
    this.lock = lock;
    flusher =
        Thread.ofPlatform()
            .daemon()
            .name("baton-engine-log-flusher")
            .unstarted(this::acknowledgeUntilClosed);
  }

  /**
   * Opens (or creates) the log in an engine data dir, with segments of {@link
   * #DEFAULT_SEGMENT_BYTES}.
   */
  public static FileLogStorage open(final Path dataDir) {
    return open(dataDir, DEFAULT_SEGMENT_BYTES);
  }

  /** Opens (or creates) the log in an engine data dir with the given segment size. */
  public static FileLogStorage open(final Path dataDir, final long segmentBytes) {
    return open(dataDir, segmentBytes, channel -> channel.force(false));
  }

  /**
   * @param force how a segment is forced to disk; tests observe the forces through it
   */
  static FileLogStorage open(final Path dataDir, final long segmentBytes, final Force force) {
    if (segmentBytes < LogSegments.SEGMENT_HEADER_BYTES + LogSegments.FRAME_HEADER_BYTES
        || segmentBytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("A segment size must be between 36 bytes and 2 GiB");
    }
    LogSegments.rejectPreviousFormat(dataDir);
    final Path lockFile = LogSegments.lockFile(dataDir);
    try {
      Files.createDirectories(lockFile.getParent());
      final FileChannel lockChannel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      final FileLock lock = LogSegments.tryLock(lockChannel);
      if (lock == null) {
        lockChannel.close();
        throw new IllegalStateException(
            "The engine log in " + dataDir + " is already in use by another engine or a repair");
      }
      final FileLogStorage storage =
          new FileLogStorage(dataDir, segmentBytes, force, lockChannel, lock);
      try {
        storage.load();
      } catch (final IOException | RuntimeException e) {
        storage.release();
        throw e;
      }
      storage.flusher.start();
      return storage;
    } catch (final IOException e) {
      throw new UncheckedIOException("Cannot open the engine log in " + dataDir, e);
    }
  }

  /**
   * Deletes the log of a data dir whose engine is stopped, whatever it holds (a corrupt log too),
   * so that the next engine starts empty.
   */
  public static void delete(final Path dataDir) {
    final Path lockFile = LogSegments.lockFile(dataDir);
    if (!Files.exists(lockFile)) {
      return;
    }
    try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock lock = LogSegments.tryLock(lockChannel)) {
      if (lock == null) {
        throw new IllegalStateException(
            "The engine log in " + dataDir + " is in use by an engine or a repair");
      }
      for (final Path segment : LogSegments.segmentFiles(dataDir)) {
        Files.delete(segment);
      }
      LogSegments.syncDirectory(LogSegments.logDir(dataDir));
    } catch (final IOException e) {
      throw new UncheckedIOException("Cannot delete the engine log in " + dataDir, e);
    }
  }

  private void load() throws IOException {
    final LogSegments.Scan scan = LogSegments.scan(dataDir);
    if (scan.corruption() != null) {
      final LogSegments.Failure corruption = scan.corruption();
      throw new CorruptLogException(corruption.file(), corruption.offset(), corruption.reason());
    }
    for (final LogSegments.Segment segment : scan.segments()) {
      final SegmentBlocks segmentBlocks = SegmentBlocks.open(segment.number(), segment.file());
      segments.add(segmentBlocks);
      for (final LogSegments.Frame frame : segment.frames()) {
        addBlock(
            frame.lowestPosition(),
            frame.highestPosition(),
            frame.offset() + LogSegments.FRAME_HEADER_BYTES,
            frame.payload().remaining());
      }
    }
    acknowledgedIndex = firstIndex + blocks.size() - 1;
    if (segments.isEmpty()) {
      startSegment(1);
      LogSegments.syncDirectory(dataDir);
      return;
    }
    final LogSegments.Segment last = scan.segments().getLast();
    channel = FileChannel.open(last.file(), StandardOpenOption.READ, StandardOpenOption.WRITE);
    if (scan.tornTail() != null) {
      cutTornTail(scan.tornTail());
    }
    channelSize = channel.size();
    channel.position(channelSize);
    // A killed engine's last writes may be in the page cache only: on disk before anyone reads
    // them.
    force.force(channel);
  }

  private void cutTornTail(final LogSegments.Failure torn) throws IOException {
    final long size = channel.size();
    channel.truncate(torn.offset());
    if (torn.offset() == 0) {
      writeSegmentHeader();
    }
    LOG.warn(
        "Cut a torn frame off the end of the engine log, as a crash mid-write leaves one:"
            + " {} from byte offset {}, {} bytes dropped ({})",
        torn.file(),
        torn.offset(),
        size - torn.offset(),
        torn.reason());
  }

  private void startSegment(final long number) throws IOException {
    final Path file = LogSegments.segmentFile(dataDir, number);
    channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
    writeSegmentHeader();
    LogSegments.syncDirectory(logDir);
    segments.add(SegmentBlocks.open(number, file));
  }

  private void writeSegmentHeader() throws IOException {
    final ByteBuffer header = LogSegments.segmentHeader();
    while (header.hasRemaining()) {
      channel.write(header);
    }
    channelSize = LogSegments.SEGMENT_HEADER_BYTES;
  }

  /** The number of blocks the log knows of: all but the compacted ones, acknowledged or not. */
  public synchronized int blockCount() {
    return blocks.size();
  }

  /** Whether some written blocks wait for their force and acknowledgement. */
  public synchronized boolean hasUnacknowledgedBlocks() {
    return !unacknowledged.isEmpty();
  }

  /**
   * Returns once every block appended before the call is on disk and acknowledged, so readable: a
   * state snapshot may count only then, and a search after a command's answer sees the records the
   * command wrote before answering. Waits for the flusher (up to 30 s) rather than forcing itself.
   */
  public synchronized void flush() {
    final long written = firstIndex + blocks.size() - 1;
    final long deadline = System.nanoTime() + FLUSH_TIMEOUT.toNanos();
    while (acknowledgedIndex < written) {
      if (failure != null) {
        throw new IllegalStateException(
            "The engine log in " + logDir + " failed before what was written got to disk", failure);
      }
      final long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new IllegalStateException(
            "The engine log in " + logDir + " did not get to disk within " + FLUSH_TIMEOUT);
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (final InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted waiting for the engine log to get to disk", e);
      }
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

  /**
   * Writes the block to the current segment and returns; the flusher acknowledges it once a force
   * covered it.
   */
  @Override
  public void append(
      final long lowestPosition,
      final long highestPosition,
      final ByteBuffer blockBuffer,
      final AppendListener listener) {
    final ByteBuffer block = blockBuffer.slice();
    final ByteBuffer header = LogSegments.frameHeader(lowestPosition, highestPosition, block);
    synchronized (this) {
      checkWritable();
      if (highestPosition < lowestPosition || lowestPosition <= lastHighestPosition) {
        throw new IllegalArgumentException(
            "Block positions %d..%d do not follow the log's last position %d"
                .formatted(lowestPosition, highestPosition, lastHighestPosition));
      }
      final long offset;
      try {
        offset = writeFrame(header, block.duplicate());
      } catch (final IOException e) {
        failure = e;
        notifyAll();
        throw new UncheckedIOException(
            "Cannot append to the engine log in " + logDir + "; it takes no more appends", e);
      }
      final long index = addBlock(lowestPosition, highestPosition, offset, block.remaining());
      unacknowledged.add(new Written(index, highestPosition, listener));
      notifyAll();
    }
  }

  /** Writes a frame to the current segment; answers where its block starts in the segment. */
  private long writeFrame(final ByteBuffer header, final ByteBuffer block) throws IOException {
    final long frameBytes = header.remaining() + block.remaining();
    if (channelSize > LogSegments.SEGMENT_HEADER_BYTES && channelSize + frameBytes > segmentBytes) {
      rollSegment();
    }
    final long blockOffset = channelSize + header.remaining();
    final ByteBuffer[] frame = {header, block};
    while (block.hasRemaining()) {
      channel.write(frame);
    }
    channelSize += frameBytes;
    return blockOffset;
  }

  /**
   * Forces and closes the full segment before starting the next one, so that the flusher, which
   * forces only the current segment, covers every block it acknowledges.
   */
  private void rollSegment() throws IOException {
    synchronized (forceLock) {
      force.force(channel);
      channel.close();
    }
    startSegment(segments.getLast().number + 1);
  }

  /** Notes a block of the last segment, where its bytes start in the file, and their length. */
  private long addBlock(
      final long lowestPosition, final long highestPosition, final long offset, final int length) {
    final long index = firstIndex + blocks.size();
    final SegmentBlocks segment = segments.getLast();
    blocks.add(new Block(index, lowestPosition, highestPosition, segment, offset, length));
    segment.lastIndex = index;
    lastHighestPosition = highestPosition;
    return index;
  }

  private void checkWritable() {
    if (closing) {
      throw new IllegalStateException("The engine log in " + logDir + " is closed");
    }
    if (failure != null) {
      throw new IllegalStateException(
          "The engine log in " + logDir + " failed earlier and takes no more appends", failure);
    }
  }

  /**
   * The flusher: waits for written blocks, forces the segment once for all of them, then
   * acknowledges them in order; after {@link #close()} it acknowledges what is left and ends.
   */
  private void acknowledgeUntilClosed() {
    try {
      while (true) {
        final List<Written> batch;
        final FileChannel written;
        synchronized (this) {
          while (unacknowledged.isEmpty() && !closing && failure == null) {
            wait();
          }
          if (failure != null || unacknowledged.isEmpty()) {
            return;
          }
          batch = List.copyOf(unacknowledged);
          written = channel;
        }
        synchronized (forceLock) {
          if (written.isOpen()) {
            force.force(written);
          }
        }
        synchronized (this) {
          unacknowledged.subList(0, batch.size()).clear();
          acknowledgedIndex = batch.getLast().index();
          notifyAll();
        }
        acknowledge(batch);
      }
    } catch (final IOException e) {
      LOG.error(
          "Cannot force the engine log in {} to disk; it acknowledges nothing more", logDir, e);
      synchronized (this) {
        failure = e;
        notifyAll();
      }
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void acknowledge(final List<Written> batch) {
    for (final Written written : batch) {
      try {
        written.listener().onWrite(written.index(), written.highestPosition());
        written.listener().onCommit(written.index(), written.highestPosition());
      } catch (final RuntimeException e) {
        LOG.error("An append listener failed on block {}", written.index(), e);
      }
    }
    for (final CommitListener listener : commitListeners) {
      try {
        listener.onCommit();
      } catch (final RuntimeException e) {
        LOG.error("A commit listener failed", e);
      }
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

  /**
   * Forgets the acknowledged blocks below {@code position} and deletes the oldest segments that
   * hold only such blocks; the current segment stays on disk. Called once the state up to {@code
   * position} is kept elsewhere, so that replay need not start before it. A reader positioned at a
   * compacted block continues at the first block kept.
   */
  public synchronized void compact(final long position) {
    checkWritable();
    int compacted = 0;
    while (compacted < blocks.size()
        && blocks.get(compacted).index() <= acknowledgedIndex
        && blocks.get(compacted).highestPosition() < position) {
      compacted++;
    }
    blocks.subList(0, compacted).clear();
    firstIndex += compacted;
    try {
      while (segments.size() > 1 && segments.getFirst().lastIndex < firstIndex) {
        final SegmentBlocks oldest = segments.removeFirst();
        oldest.reader.close();
        Files.delete(LogSegments.segmentFile(dataDir, oldest.number));
        // One at a time: a crash never leaves a gap in the numbers, which would read as a loss.
        LogSegments.syncDirectory(logDir);
      }
    } catch (final IOException e) {
      throw new UncheckedIOException("Cannot compact the engine log in " + logDir, e);
    }
  }

  /**
   * Acknowledges what was written (waiting for the flusher up to 30 s), then releases the files.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closing) {
        return;
      }
      closing = true;
      notifyAll();
    }
    try {
      if (!flusher.join(FLUSHER_STOP_TIMEOUT)) {
        LOG.warn("The engine log's flusher did not end within {}", FLUSHER_STOP_TIMEOUT);
      }
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    release();
  }

  private void release() {
    try {
      synchronized (forceLock) {
        if (channel != null) {
          channel.close();
        }
      }
      synchronized (this) {
        for (final SegmentBlocks segment : segments) {
          segment.reader.close();
        }
      }
      lock.release();
      lockChannel.close();
    } catch (final IOException e) {
      throw new UncheckedIOException("Cannot close the engine log in " + logDir, e);
    }
  }

  private synchronized long indexOfBlockContaining(final long position) {
    int low = 0;
    int high = (int) (acknowledgedIndex - firstIndex);
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
    return firstIndex + found;
  }

  /** The acknowledged block at {@code index}, or the first kept one if it was compacted. */
  private synchronized Block acknowledgedBlock(final long index) {
    final long at = Math.max(index, firstIndex);
    return at <= acknowledgedIndex ? blocks.get((int) (at - firstIndex)) : null;
  }

  /** Reads a block's bytes from its segment (which compaction deletes under the same lock). */
  private synchronized ByteBuffer read(final Block block) {
    final ByteBuffer data = ByteBuffer.allocate(block.length());
    try {
      while (data.hasRemaining()) {
        final int read = block.segment().reader.read(data, block.offset() + data.position());
        if (read < 0) {
          throw new IllegalStateException(
              "The engine log's segment "
                  + block.segment().number
                  + " ends before block "
                  + block.index());
        }
      }
    } catch (final IOException e) {
      throw new UncheckedIOException(
          "Cannot read block " + block.index() + " of the engine log", e);
    }
    return data.flip();
  }

  /** Forces a segment's writes to disk. */
  @FunctionalInterface
  interface Force {
    void force(FileChannel channel) throws IOException;
  }

  /** Where a block is: its positions (for seeks), and its bytes' offset in its segment. */
  private record Block(
      long index,
      long lowestPosition,
      long highestPosition,
      SegmentBlocks segment,
      long offset,
      int length) {}

  private record Written(long index, long highestPosition, AppendListener listener) {}

  /** A segment kept on disk: its last block and a channel to read blocks from it. */
  private static final class SegmentBlocks {
    private final long number;
    private final FileChannel reader;
    private long lastIndex;

    private SegmentBlocks(final long number, final FileChannel reader) {
      this.number = number;
      this.reader = reader;
    }

    static SegmentBlocks open(final long number, final Path file) throws IOException {
      return new SegmentBlocks(number, FileChannel.open(file, StandardOpenOption.READ));
    }
  }

  private final class BlockReader implements LogStorageReader {

    private long next;

    @Override
    public void seek(final long position) {
      next = indexOfBlockContaining(position);
    }

    @Override
    public boolean hasNext() {
      return acknowledgedBlock(next) != null;
    }

    @Override
    public DirectBuffer next() {
      synchronized (FileLogStorage.this) {
        final Block block = acknowledgedBlock(next);
        if (block == null) {
          throw new NoSuchElementException();
        }
        next = block.index() + 1;
        return new UnsafeBuffer(read(block));
      }
    }

    @Override
    public void close() {
      next = Long.MAX_VALUE;
    }
  }
}

package io.baton.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The engine log's files, in the format that {@link FileLogStorage} describes: how segments are
 * named, the bytes of a segment header and of a frame header, and the reading back of every segment
 * with the first frame that fails.
 *
 * <p>It needs nothing but the JDK, so that {@link LogRepair} runs from the module's plain jar
 * without the engine on the class path.
 */
final class LogSegments {

  /** "BTLG": a Baton engine log segment. */
  static final int MAGIC = 0x42544C47;

  static final int FORMAT_VERSION = 1;
  static final int SEGMENT_HEADER_BYTES = Integer.BYTES + Integer.BYTES;
  static final int FRAME_HEADER_BYTES = Integer.BYTES + Long.BYTES + Long.BYTES + Integer.BYTES * 2;

  /** The bytes of a frame header that its header checksum covers: length and both positions. */
  private static final int FRAME_FIELDS_BYTES = Integer.BYTES + Long.BYTES + Long.BYTES;

  private static final String LOG_DIR = "log";
  private static final String LOCK_FILE = "lock";
  private static final String PREVIOUS_FORMAT_FILE = "log.bin";
  private static final Pattern SEGMENT_NAME = Pattern.compile("segment-(\\d{1,18})\\.log");

  private LogSegments() {}

  /** The directory of the log's segments in an engine data dir. */
  static Path logDir(final Path dataDir) {
    return dataDir.resolve(LOG_DIR);
  }

  /** The file whose lock says an engine (or a repair) uses the log. */
  static Path lockFile(final Path dataDir) {
    return logDir(dataDir).resolve(LOCK_FILE);
  }

  static Path segmentFile(final Path dataDir, final long number) {
    return logDir(dataDir).resolve("segment-%08d.log".formatted(number));
  }

  /**
   * Refuses a data dir written by the format before segments (one {@code log.bin} without a header
   * or checksums): its data is local and disposable, so there is no migration.
   */
  static void rejectPreviousFormat(final Path dataDir) {
    final Path previous = dataDir.resolve(PREVIOUS_FORMAT_FILE);
    if (Files.exists(previous)) {
      throw new IllegalStateException(
          "The engine log "
              + previous
              + " was written by an older Baton in a format this one no longer reads; it holds"
              + " local data only: delete "
              + dataDir
              + " (.baton/engine for ./baton run) to start empty");
    }
  }

  static ByteBuffer segmentHeader() {
    return ByteBuffer.allocate(SEGMENT_HEADER_BYTES).putInt(MAGIC).putInt(FORMAT_VERSION).flip();
  }

  /** The header of a frame holding {@code payload} (which it leaves as it is). */
  static ByteBuffer frameHeader(
      final long lowestPosition, final long highestPosition, final ByteBuffer payload) {
    final ByteBuffer header = ByteBuffer.allocate(FRAME_HEADER_BYTES);
    header.putInt(payload.remaining()).putLong(lowestPosition).putLong(highestPosition);
    final CRC32C crc = new CRC32C();
    crc.update(header.duplicate().flip());
    header.putInt((int) crc.getValue());
    crc.update(payload.duplicate());
    return header.putInt((int) crc.getValue()).flip();
  }

  /** The lock on a log's lock file, or null if another process (or this one) holds it. */
  static FileLock tryLock(final FileChannel lockChannel) throws IOException {
    try {
      return lockChannel.tryLock();
    } catch (final OverlappingFileLockException lockedInThisProcess) {
      return null;
    }
  }

  /** Forces a directory's entries (files created or deleted in it) to disk. */
  static void syncDirectory(final Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  /**
   * Reads every segment of the log in a data dir, in order, up to the first corruption. The last
   * segment's last frame may be torn (a crash mid-write): see {@link Scan#tornTail()}.
   */
  static Scan scan(final Path dataDir) throws IOException {
    final List<Path> files = segmentFiles(dataDir);
    final List<Segment> segments = new ArrayList<>();
    long previousHighest = Long.MIN_VALUE;
    for (int i = 0; i < files.size(); i++) {
      final Path file = files.get(i);
      final long number = segmentNumber(file);
      final boolean last = i == files.size() - 1;
      if (!segments.isEmpty() && number != segments.getLast().number() + 1) {
        final String missing = "segment " + (number - 1) + " before it is missing";
        return new Scan(
            segments, null, new Failure(file, 0, missing, -1, -1), files.subList(i, files.size()));
      }
      final Segment segment = read(file, number, previousHighest);
      segments.add(segment);
      if (segment.failure() != null) {
        if (last && segment.failure().isTornIn(segment.bytes())) {
          return new Scan(segments, segment.failure(), null, List.of());
        }
        return new Scan(segments, null, segment.failure(), files.subList(i + 1, files.size()));
      }
      if (!segment.frames().isEmpty()) {
        previousHighest = segment.frames().getLast().highestPosition();
      }
    }
    return new Scan(segments, null, null, List.of());
  }

  /**
   * Reads one segment file on its own: its frames up to the first that fails (a failure at offset 0
   * is a bad segment header). {@code previousHighest} is the highest position before it.
   */
  static Segment read(final Path file, final long number, final long previousHighest)
      throws IOException {
    final ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
    final List<Frame> frames = new ArrayList<>();
    final Failure failure;
    if (bytes.capacity() < SEGMENT_HEADER_BYTES) {
      failure = new Failure(file, 0, "incomplete segment header", -1, bytes.capacity());
    } else if (bytes.getInt(0) != MAGIC) {
      failure = new Failure(file, 0, "not an engine log segment (bad magic)", -1, 0);
    } else if (bytes.getInt(Integer.BYTES) != FORMAT_VERSION) {
      final String version =
          "format version %d, this engine reads version %d"
              .formatted(bytes.getInt(Integer.BYTES), FORMAT_VERSION);
      failure = new Failure(file, 0, version, -1, -1);
    } else {
      failure = readFrames(file, bytes, SEGMENT_HEADER_BYTES, previousHighest, frames);
    }
    return new Segment(number, file, bytes, frames, failure);
  }

  /**
   * Reads frames from {@code offset} on into {@code frames}, and returns why the first that fails
   * does (null if all are whole).
   */
  static Failure readFrames(
      final Path file,
      final ByteBuffer bytes,
      final int offset,
      final long previousHighest,
      final List<Frame> frames) {
    final int size = bytes.capacity();
    final CRC32C crc = new CRC32C();
    int at = offset;
    long highestBefore = previousHighest;
    while (at < size) {
      if (size - at < FRAME_HEADER_BYTES) {
        return new Failure(file, at, "incomplete frame header", -1, size);
      }
      crc.reset();
      crc.update(bytes.slice(at, FRAME_FIELDS_BYTES));
      if ((int) crc.getValue() != bytes.getInt(at + FRAME_FIELDS_BYTES)) {
        return new Failure(file, at, "frame header checksum mismatch", -1, at + FRAME_HEADER_BYTES);
      }
      final int length = bytes.getInt(at);
      final long lowest = bytes.getLong(at + Integer.BYTES);
      final long highest = bytes.getLong(at + Integer.BYTES + Long.BYTES);
      if (length < 0) {
        return new Failure(file, at, "negative frame length " + length, -1, -1);
      }
      final long end = (long) at + FRAME_HEADER_BYTES + length;
      if (end > size) {
        final String incomplete = "incomplete frame (" + length + " bytes announced)";
        return new Failure(file, at, incomplete, -1, size);
      }
      final ByteBuffer payload = bytes.slice(at + FRAME_HEADER_BYTES, length);
      crc.update(payload.duplicate());
      if ((int) crc.getValue() != bytes.getInt(at + FRAME_FIELDS_BYTES + Integer.BYTES)) {
        return new Failure(file, at, "frame checksum mismatch", (int) end, (int) end);
      }
      if (highest < lowest || lowest <= highestBefore) {
        final String order =
            "positions %d..%d out of order after position %d"
                .formatted(lowest, highest, highestBefore);
        return new Failure(file, at, order, (int) end, -1);
      }
      frames.add(new Frame(lowest, highest, at, payload));
      highestBefore = highest;
      at = (int) end;
    }
    return null;
  }

  /** A data dir's segment files, in order. */
  static List<Path> segmentFiles(final Path dataDir) throws IOException {
    final Path logDir = logDir(dataDir);
    if (!Files.isDirectory(logDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(logDir)) {
      return files
          .filter(file -> SEGMENT_NAME.matcher(file.getFileName().toString()).matches())
          .sorted(Comparator.comparingLong(LogSegments::segmentNumber))
          .toList();
    }
  }

  private static long segmentNumber(final Path file) {
    final Matcher matcher = SEGMENT_NAME.matcher(file.getFileName().toString());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Not a segment file: " + file);
    }
    return Long.parseLong(matcher.group(1));
  }

  /**
   * What a data dir's log holds: its segments read back (the last one read up to its failure, if
   * any), and either a torn tail to cut, a corruption, or neither.
   *
   * @param notRead the segment files after a corruption, which were not read
   */
  record Scan(List<Segment> segments, Failure tornTail, Failure corruption, List<Path> notRead) {}

  /** A segment file read back: all of it, its whole frames, and why reading stopped early. */
  record Segment(long number, Path file, ByteBuffer bytes, List<Frame> frames, Failure failure) {}

  /** A whole frame: its positions, where it starts in its file, and its block (a view). */
  record Frame(long lowestPosition, long highestPosition, int offset, ByteBuffer payload) {}

  /**
   * Why a frame (or a segment header, at offset 0) could not be read.
   *
   * @param end where the failing frame ends, when its header can be trusted; otherwise -1
   * @param tornIfZerosFrom the failure is a torn tail if the file holds nothing but zeros from this
   *     offset on (-1: never a torn tail)
   */
  record Failure(Path file, int offset, String reason, int end, int tornIfZerosFrom) {

    /**
     * Whether this failure, in the last segment, is what a crash mid-write leaves: a header or
     * frame that stops at the end of the file, or a failing one followed by nothing but zeros
     * (space the file system had allocated and not yet written when the machine stopped).
     */
    boolean isTornIn(final ByteBuffer bytes) {
      if (tornIfZerosFrom < 0) {
        return false;
      }
      for (int i = tornIfZerosFrom; i < bytes.capacity(); i++) {
        if (bytes.get(i) != 0) {
          return false;
        }
      }
      return true;
    }
  }
}

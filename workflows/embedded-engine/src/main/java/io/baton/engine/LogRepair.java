package io.baton.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Cuts the engine log at its first frame that cannot be read, so that an engine that refused to
 * start on it ({@link CorruptLogException}) starts again, on what comes before. That frame and
 * everything after it are lost, acknowledged or not: the engine never does this on its own, its
 * operator does, with the engine stopped:
 *
 * <pre>
 * ./baton engine-repair [data-dir]      (default .baton/engine)
 * java -cp workflows/embedded-engine/target/embedded-engine.jar io.baton.engine.LogRepair &lt;data-dir&gt;
 * </pre>
 *
 * It prints what it cut (files, offsets, bytes, the frames and positions dropped, what is kept),
 * and refuses to run while an engine holds the log's lock. It needs nothing but the JDK and this
 * module's classes, so the module's plain jar runs it.
 */
public final class LogRepair {

  private LogRepair() {}

  public static void main(final String[] args) {
    if (args.length != 1) {
      System.err.println("usage: LogRepair <engine data dir>");
      System.exit(2);
    }
    try {
      System.out.print(repair(Path.of(args[0])));
    } catch (final IOException | RuntimeException e) {
      System.err.println("engine-repair: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Cuts the log in {@code dataDir} at its first unreadable frame; returns the report. */
  static String repair(final Path dataDir) throws IOException {
    LogSegments.rejectPreviousFormat(dataDir);
    if (!Files.isDirectory(LogSegments.logDir(dataDir))) {
      return "There is no engine log in " + dataDir + "; nothing to repair.\n";
    }
    final Path lockFile = LogSegments.lockFile(dataDir);
    try (FileChannel lockChannel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = LogSegments.tryLock(lockChannel)) {
      if (lock == null) {
        throw new IllegalStateException(
            "An engine holds the engine log in "
                + dataDir
                + " (lock "
                + lockFile
                + "); stop it, then repair");
      }
      return cut(dataDir);
    }
  }

  private static String cut(final Path dataDir) throws IOException {
    final LogSegments.Scan scan = LogSegments.scan(dataDir);
    final List<LogSegments.Frame> kept =
        scan.segments().stream().flatMap(segment -> segment.frames().stream()).toList();
    final LogSegments.Failure failure =
        scan.corruption() != null ? scan.corruption() : scan.tornTail();
    final StringBuilder report = new StringBuilder();
    if (failure == null) {
      return report
          .append("The engine log in %s is whole: %s. Nothing cut.%n".formatted(dataDir, of(kept)))
          .toString();
    }
    report.append(
        "%s at byte offset %d: %s.%n"
            .formatted(failure.file(), failure.offset(), failure.reason()));
    final Dropped dropped = new Dropped();
    final LogSegments.Segment failing =
        scan.segments().isEmpty() ? null : scan.segments().getLast();
    if (failing != null && failing.file().equals(failure.file())) {
      dropped.addRestOf(failing, failure);
      final int size = failing.bytes().capacity();
      if (failure.offset() < LogSegments.SEGMENT_HEADER_BYTES) {
        Files.delete(failing.file());
        report.append(
            "Deleted %s (%d bytes): its header is damaged.%n".formatted(failing.file(), size));
      } else {
        truncate(failing.file(), failure.offset());
        report.append(
            "Cut %s at byte offset %d: %d bytes dropped.%n"
                .formatted(failing.file(), failure.offset(), size - failure.offset()));
      }
    }
    for (final Path file : scan.notRead()) {
      final LogSegments.Segment segment = LogSegments.read(file, 0, Long.MIN_VALUE);
      dropped.addSegment(segment);
      Files.delete(file);
      report.append("Deleted %s (%d bytes).%n".formatted(file, segment.bytes().capacity()));
    }
    LogSegments.syncDirectory(LogSegments.logDir(dataDir));
    report.append("Dropped %s.%n".formatted(dropped));
    dropSnapshotsAfter(dataDir, kept, report);
    return report.append("Kept %s; the engine starts on that.%n".formatted(of(kept))).toString();
  }

  /**
   * Deletes the state snapshots taken after the last frame kept: they hold state from what was cut,
   * and the engine would start ahead of its log. Says so if no snapshot is left while the log no
   * longer starts at its beginning (compacted): then the state cannot be rebuilt.
   */
  private static void dropSnapshotsAfter(
      final Path dataDir, final List<LogSegments.Frame> kept, final StringBuilder report)
      throws IOException {
    final Path snapshots = dataDir.resolve(EngineState.DIRECTORY).resolve(EngineState.SNAPSHOTS);
    if (!Files.isDirectory(snapshots)) {
      return;
    }
    final long lastKept = kept.isEmpty() ? 0 : kept.getLast().highestPosition();
    final List<Path> directories;
    try (Stream<Path> listed = Files.list(snapshots)) {
      directories = listed.toList();
    }
    boolean left = false;
    for (final Path directory : directories) {
      final long position =
          Long.parseLong(directory.getFileName().toString().replace(EngineState.TEMPORARY, ""));
      if (position > lastKept) {
        deleteTree(directory);
        report.append(
            "Deleted the state snapshot %s: it holds state from what was cut.%n"
                .formatted(directory));
      } else {
        left = true;
      }
    }
    if (!left && !kept.isEmpty() && kept.getFirst().lowestPosition() > 1) {
      report.append(
          "No state snapshot is left and the log was compacted before position %d: the engine"
                  .formatted(kept.getFirst().lowestPosition())
              + " cannot rebuild its state from it. Delete %s to start empty (local data only).%n"
                  .formatted(dataDir));
    }
  }

  private static void deleteTree(final Path directory) throws IOException {
    try (Stream<Path> tree = Files.walk(directory)) {
      for (final Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static void truncate(final Path file, final long offset) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(offset);
      channel.force(true);
    }
  }

  private static String of(final List<LogSegments.Frame> frames) {
    return frames.isEmpty()
        ? "no frames"
        : "%d frames, positions %d..%d"
            .formatted(
                frames.size(),
                frames.getFirst().lowestPosition(),
                frames.getLast().highestPosition());
  }

  /** The frames in what is cut that can still be read, and whether some of it cannot. */
  private static final class Dropped {

    private final List<LogSegments.Frame> frames = new ArrayList<>();
    private boolean unreadable;

    /** The failing frame, if its header can be trusted, and the frames after it in its segment. */
    void addRestOf(final LogSegments.Segment segment, final LogSegments.Failure failure) {
      final ByteBuffer bytes = segment.bytes();
      final int from;
      if (failure.offset() < LogSegments.SEGMENT_HEADER_BYTES) {
        from = LogSegments.SEGMENT_HEADER_BYTES;
      } else if (failure.end() >= 0) {
        frames.add(
            new LogSegments.Frame(
                bytes.getLong(failure.offset() + Integer.BYTES),
                bytes.getLong(failure.offset() + Integer.BYTES + Long.BYTES),
                failure.offset(),
                bytes.slice(failure.offset(), failure.end() - failure.offset())));
        from = failure.end();
      } else {
        unreadable = true;
        return;
      }
      if (from < bytes.capacity()) {
        add(LogSegments.readFrames(segment.file(), bytes, from, Long.MIN_VALUE, frames));
      }
    }

    void addSegment(final LogSegments.Segment segment) {
      frames.addAll(segment.frames());
      add(segment.failure());
    }

    private void add(final LogSegments.Failure failure) {
      unreadable |= failure != null;
    }

    @Override
    public String toString() {
      final String readable =
          frames.isEmpty()
              ? "no frames"
              : "%d frames, positions %d..%d"
                  .formatted(
                      frames.size(),
                      frames.stream()
                          .mapToLong(LogSegments.Frame::lowestPosition)
                          .min()
                          .orElseThrow(),
                      frames.stream()
                          .mapToLong(LogSegments.Frame::highestPosition)
                          .max()
                          .orElseThrow());
      return unreadable ? readable + ", and bytes that cannot be read as frames" : readable;
    }
  }
}

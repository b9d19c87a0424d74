package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.logstreams.storage.LogStorage.AppendListener;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class FileLogStorageTest {

  private static final AppendListener IGNORE = new AppendListener() {};
  private static final Duration ACKNOWLEDGED_WITHIN = Duration.ofSeconds(10);

  /** Segments of three 9-byte blocks each: 8 + 3 * (28 + 9) = 119 bytes. */
  private static final long SMALL_SEGMENTS =
      LogSegments.SEGMENT_HEADER_BYTES + 3 * (LogSegments.FRAME_HEADER_BYTES + 9);

  @TempDir Path dir;

  @Test
  void appendedBlocksAreReadBackAfterReopening() {
    try (FileLogStorage storage = FileLogStorage.open(dir)) {
      storage.append(1, 3, block("first"), IGNORE);
      storage.append(4, 4, block("second"), IGNORE);
      awaitAcknowledged(storage);
      assertThat(readAll(storage, 1)).containsExactly("first", "second");
    }

    try (FileLogStorage reopened = FileLogStorage.open(dir)) {
      assertThat(reopened.blockCount()).isEqualTo(2);
      assertThat(readAll(reopened, 1)).containsExactly("first", "second");
      reopened.append(5, 6, block("third"), IGNORE);
    }

    try (FileLogStorage again = FileLogStorage.open(dir)) {
      assertThat(readAll(again, 1)).containsExactly("first", "second", "third");
    }
  }

  @Test
  void blocksRoundTripAcrossSegmentRolls() throws IOException {
    try (FileLogStorage storage = FileLogStorage.open(dir, SMALL_SEGMENTS)) {
      appendBlocks(storage, 1, 10);
      awaitAcknowledged(storage);
      assertThat(readAll(storage, 1)).containsExactlyElementsOf(blockTexts(1, 10));
    }
    assertThat(segmentFiles()).hasSize(4);
    assertThat(Files.size(segment(1))).isEqualTo(SMALL_SEGMENTS);

    try (FileLogStorage reopened = FileLogStorage.open(dir, SMALL_SEGMENTS)) {
      assertThat(readAll(reopened, 5)).containsExactlyElementsOf(blockTexts(5, 10));
      appendBlocks(reopened, 11, 13);
    }
    try (FileLogStorage again = FileLogStorage.open(dir, SMALL_SEGMENTS)) {
      assertThat(readAll(again, 0)).containsExactlyElementsOf(blockTexts(1, 13));
    }
    assertThat(segmentFiles()).hasSize(5);
  }

  @Test
  void blocksAreReadFromTheirSegmentFileNotKeptOnTheHeap() throws IOException {
    try (FileLogStorage storage = FileLogStorage.open(dir, SMALL_SEGMENTS)) {
      appendBlocks(storage, 1, 2);
      awaitAcknowledged(storage);

      overwrite(
          segment(1),
          frameOffset(2) + LogSegments.FRAME_HEADER_BYTES,
          "BLOCK".getBytes(StandardCharsets.UTF_8));

      assertThat(readAll(storage, 1)).containsExactly(blockText(1), "BLOCK-002");
    }
  }

  @Test
  void seekStartsAtTheBlockThatHoldsThePosition() {
    try (FileLogStorage storage = FileLogStorage.open(dir)) {
      storage.append(1, 3, block("a"), IGNORE);
      storage.append(4, 9, block("b"), IGNORE);
      storage.append(10, 12, block("c"), IGNORE);
      awaitAcknowledged(storage);

      assertThat(readAll(storage, 5)).containsExactly("b", "c");
      assertThat(readAll(storage, 10)).containsExactly("c");
      assertThat(readAll(storage, 0)).containsExactly("a", "b", "c");
      assertThat(readAll(storage, Long.MAX_VALUE)).containsExactly("c");
    }
  }

  @Test
  void blocksAreAcknowledgedOnlyAfterAForceCoveringThemAndABurstSharesOneForce() throws Exception {
    final CountDownLatch firstForceMayRun = new CountDownLatch(1);
    final AtomicInteger forces = new AtomicInteger();
    final AtomicLong bytesOnDisk = new AtomicLong();
    final FileLogStorage.Force observedForce =
        channel -> {
          final long written = channel.size();
          if (forces.incrementAndGet() == 1) {
            awaitLatch(firstForceMayRun);
          }
          channel.force(false);
          bytesOnDisk.accumulateAndGet(written, Math::max);
        };
    final int burst = 200;
    final List<String> acknowledgements = Collections.synchronizedList(new ArrayList<>());
    final List<Long> acknowledgedBeforeOnDisk = Collections.synchronizedList(new ArrayList<>());

    try (FileLogStorage storage = FileLogStorage.open(dir, 1 << 20, observedForce)) {
      for (int position = 1; position <= burst; position++) {
        final long frameEnd =
            LogSegments.SEGMENT_HEADER_BYTES
                + (long) position * (LogSegments.FRAME_HEADER_BYTES + 9);
        storage.append(
            position,
            position,
            block(blockText(position)),
            new AppendListener() {
              @Override
              public void onWrite(final long index, final long highestPosition) {
                acknowledge("write", highestPosition);
              }

              @Override
              public void onCommit(final long index, final long highestPosition) {
                acknowledge("commit", highestPosition);
              }

              private void acknowledge(final String what, final long highestPosition) {
                if (bytesOnDisk.get() < frameEnd) {
                  acknowledgedBeforeOnDisk.add(highestPosition);
                }
                acknowledgements.add(what + " " + highestPosition);
              }
            });
      }

      assertThat(acknowledgements).as("acknowledged while the first force runs").isEmpty();
      assertThat(readAll(storage, 0)).as("read before any force ended").isEmpty();
      assertThat(storage.hasUnacknowledgedBlocks()).isTrue();

      firstForceMayRun.countDown();
      awaitAcknowledged(storage);
      await().atMost(ACKNOWLEDGED_WITHIN).until(() -> acknowledgements.size() == 2 * burst);

      assertThat(acknowledgedBeforeOnDisk).isEmpty();
      assertThat(acknowledgements)
          .containsExactlyElementsOf(
              IntStream.rangeClosed(1, burst)
                  .boxed()
                  .flatMap(position -> List.of("write " + position, "commit " + position).stream())
                  .toList());
      assertThat(forces).as("forces for a burst of %d blocks", burst).hasValueBetween(1, 2);
      assertThat(readAll(storage, 0)).containsExactlyElementsOf(blockTexts(1, burst));
    }
  }

  @Test
  void flushReturnsOnceEveryBlockWrittenBeforeIsOnDiskAndReadable() throws Exception {
    final CountDownLatch forceMayRun = new CountDownLatch(1);
    final FileLogStorage.Force heldForce =
        channel -> {
          awaitLatch(forceMayRun);
          channel.force(false);
        };
    try (FileLogStorage storage = FileLogStorage.open(dir, 1 << 20, heldForce)) {
      appendBlocks(storage, 1, 3);
      final CompletableFuture<List<String>> flushedThenRead =
          CompletableFuture.supplyAsync(
              () -> {
                storage.flush();
                return readAll(storage, 0);
              });

      assertThatThrownBy(() -> flushedThenRead.get(300, TimeUnit.MILLISECONDS))
          .as("flush returned while the force was held")
          .isInstanceOf(TimeoutException.class);
      forceMayRun.countDown();
      assertThat(flushedThenRead.get(ACKNOWLEDGED_WITHIN.toSeconds(), TimeUnit.SECONDS))
          .containsExactlyElementsOf(blockTexts(1, 3));
    }
  }

  @Test
  void commitListenersHearOfBlocksOnceTheyAreOnDisk() {
    final AtomicInteger commits = new AtomicInteger();
    try (FileLogStorage storage = FileLogStorage.open(dir)) {
      storage.addCommitListener(commits::incrementAndGet);
      storage.append(7, 9, block("x"), IGNORE);
      await().atMost(ACKNOWLEDGED_WITHIN).until(() -> commits.get() == 1);
      assertThat(readAll(storage, 7)).containsExactly("x");
    }
  }

  @Test
  void tornLastFrameIsCutOffAndAppendingContinuesAfterTheLastWholeFrame() throws Exception {
    try (FileLogStorage storage = FileLogStorage.open(dir)) {
      storage.append(1, 1, block("kept"), IGNORE);
      storage.append(2, 2, block("torn"), IGNORE);
    }
    final long wholeFirstFrame =
        LogSegments.SEGMENT_HEADER_BYTES + LogSegments.FRAME_HEADER_BYTES + "kept".length();
    try (FileChannel channel = FileChannel.open(segment(1), StandardOpenOption.WRITE)) {
      channel.truncate(wholeFirstFrame + LogSegments.FRAME_HEADER_BYTES + 2);
    }

    try (FileLogStorage reopened = FileLogStorage.open(dir)) {
      assertThat(readAll(reopened, 1)).containsExactly("kept");
      assertThat(Files.size(segment(1))).isEqualTo(wholeFirstFrame);
      reopened.append(2, 2, block("rewritten"), IGNORE);
    }
    try (FileLogStorage again = FileLogStorage.open(dir)) {
      assertThat(readAll(again, 1)).containsExactly("kept", "rewritten");
    }
  }

  @Test
  void aLastFrameZeroedByACrashIsCutOff() throws Exception {
    try (FileLogStorage storage = FileLogStorage.open(dir)) {
      appendBlocks(storage, 1, 3);
    }
    final long thirdFrame = frameOffset(3);
    overwrite(segment(1), thirdFrame, new byte[LogSegments.FRAME_HEADER_BYTES + 9]);

    try (FileLogStorage reopened = FileLogStorage.open(dir)) {
      assertThat(readAll(reopened, 0)).containsExactlyElementsOf(blockTexts(1, 2));
    }
    assertThat(Files.size(segment(1))).isEqualTo(thirdFrame);
  }

  @Test
  void aFlippedByteInTheMiddleOfASegmentStopsTheOpenNamingFileAndOffset() throws Exception {
    try (FileLogStorage storage = FileLogStorage.open(dir)) {
      appendBlocks(storage, 1, 3);
    }
    final long secondFrame = frameOffset(2);
    flipByte(segment(1), secondFrame + LogSegments.FRAME_HEADER_BYTES + 4);

    assertThatThrownBy(() -> FileLogStorage.open(dir))
        .isInstanceOfSatisfying(
            CorruptLogException.class,
            corrupt -> {
              assertThat(corrupt.file()).isEqualTo(segment(1));
              assertThat(corrupt.offset()).isEqualTo(secondFrame);
            })
        .hasMessageContaining(segment(1) + " at byte offset " + secondFrame)
        .hasMessageContaining("frame checksum mismatch")
        .hasMessageContaining("./baton engine-repair");
    assertThat(Files.size(segment(1))).as("nothing cut").isEqualTo(frameOffset(4));
  }

  @Test
  void aDamagedLengthIsNotMistakenForATornTail() throws Exception {
    try (FileLogStorage storage = FileLogStorage.open(dir)) {
      appendBlocks(storage, 1, 3);
    }
    final long secondFrame = frameOffset(2);
    overwrite(segment(1), secondFrame, ByteBuffer.allocate(4).putInt(1 << 20).array());

    assertThatThrownBy(() -> FileLogStorage.open(dir))
        .isInstanceOf(CorruptLogException.class)
        .hasMessageContaining(segment(1) + " at byte offset " + secondFrame)
        .hasMessageContaining("frame header checksum mismatch");
  }

  @Test
  void aCorruptFrameInASegmentBeforeTheLastStopsTheOpen() throws Exception {
    try (FileLogStorage storage = FileLogStorage.open(dir, SMALL_SEGMENTS)) {
      appendBlocks(storage, 1, 5);
    }
    try (FileChannel channel = FileChannel.open(segment(1), StandardOpenOption.WRITE)) {
      channel.truncate(SMALL_SEGMENTS - 3);
    }

    assertThatThrownBy(() -> FileLogStorage.open(dir, SMALL_SEGMENTS))
        .isInstanceOfSatisfying(
            CorruptLogException.class,
            corrupt -> assertThat(corrupt.offset()).isEqualTo(frameOffset(3)))
        .hasMessageContaining(segment(1).toString())
        .hasMessageContaining("incomplete frame");
  }

  @Test
  void aSegmentOfAnotherFormatVersionOrAMissingSegmentStopsTheOpen() throws Exception {
    try (FileLogStorage storage = FileLogStorage.open(dir, SMALL_SEGMENTS)) {
      appendBlocks(storage, 1, 7);
    }
    overwrite(segment(2), Integer.BYTES, ByteBuffer.allocate(4).putInt(2).array());
    assertThatThrownBy(() -> FileLogStorage.open(dir, SMALL_SEGMENTS))
        .isInstanceOf(CorruptLogException.class)
        .hasMessageContaining(segment(2) + " at byte offset 0")
        .hasMessageContaining("format version 2, this engine reads version 1");

    Files.delete(segment(2));
    assertThatThrownBy(() -> FileLogStorage.open(dir, SMALL_SEGMENTS))
        .isInstanceOf(CorruptLogException.class)
        .hasMessageContaining(segment(3) + " at byte offset 0")
        .hasMessageContaining("segment 2 before it is missing");
  }

  @Test
  void compactDeletesWholeSegmentsAndDropsEveryBlockBelowThePositionFromMemory() throws Exception {
    try (FileLogStorage storage = FileLogStorage.open(dir, SMALL_SEGMENTS)) {
      appendBlocks(storage, 1, 10);
      awaitAcknowledged(storage);
      final LogStorageReader early = storage.newReader();
      early.seek(1);
      assertThat(text(early.next())).isEqualTo(blockText(1));

      storage.compact(8);

      assertThat(segmentFiles()).containsExactly(segment(3), segment(4));
      assertThat(storage.blockCount()).as("block 7 stays on disk only").isEqualTo(3);
      assertThat(text(early.next())).as("a reader in a deleted segment").isEqualTo(blockText(8));
      assertThat(readAll(storage, 2)).as("seek to a compacted position").startsWith(blockText(8));
      assertThat(readAll(storage, 9)).containsExactlyElementsOf(blockTexts(9, 10));

      storage.compact(100);
      assertThat(segmentFiles()).as("the current segment stays").containsExactly(segment(4));
      appendBlocks(storage, 11, 11);
    }

    try (FileLogStorage reopened = FileLogStorage.open(dir, SMALL_SEGMENTS)) {
      assertThat(readAll(reopened, 0)).containsExactlyElementsOf(blockTexts(10, 11));
    }
  }

  @Test
  void aSecondOpenOfTheSameLogFailsClearly() {
    try (FileLogStorage storage = FileLogStorage.open(dir)) {
      assertThatThrownBy(() -> FileLogStorage.open(dir))
          .hasMessageContaining("already in use by another engine");
    }
  }

  @Test
  void aLogOfThePreviousFormatIsRefusedWithWhatToDo() throws Exception {
    Files.write(dir.resolve("log.bin"), new byte[] {1, 2, 3});

    assertThatThrownBy(() -> FileLogStorage.open(dir))
        .hasMessageContaining("older Baton")
        .hasMessageContaining("delete " + dir);
  }

  @Test
  void deleteEmptiesTheLog() {
    try (FileLogStorage storage = FileLogStorage.open(dir, SMALL_SEGMENTS)) {
      appendBlocks(storage, 1, 5);
    }
    FileLogStorage.delete(dir);
    try (FileLogStorage empty = FileLogStorage.open(dir, SMALL_SEGMENTS)) {
      assertThat(empty.blockCount()).isZero();
      appendBlocks(empty, 1, 1);
    }
  }

  static void appendBlocks(final FileLogStorage storage, final int from, final int to) {
    for (int position = from; position <= to; position++) {
      storage.append(position, position, block(blockText(position)), IGNORE);
    }
  }

  /** "block-001" ...: 9 bytes each. */
  static String blockText(final int position) {
    return "block-%03d".formatted(position);
  }

  static List<String> blockTexts(final int from, final int to) {
    return IntStream.rangeClosed(from, to).mapToObj(FileLogStorageTest::blockText).toList();
  }

  /** Where the frame of the n-th 9-byte block of a segment starts. */
  static long frameOffset(final int n) {
    return LogSegments.SEGMENT_HEADER_BYTES + (n - 1L) * (LogSegments.FRAME_HEADER_BYTES + 9);
  }

  static void awaitAcknowledged(final FileLogStorage storage) {
    await().atMost(ACKNOWLEDGED_WITHIN).until(() -> !storage.hasUnacknowledgedBlocks());
  }

  static void flipByte(final Path file, final long offset) throws IOException {
    final byte[] bytes = Files.readAllBytes(file);
    bytes[(int) offset] ^= (byte) 0x40;
    Files.write(file, bytes);
  }

  static void overwrite(final Path file, final long offset, final byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(bytes), offset);
    }
  }

  private Path segment(final long number) {
    return LogSegments.segmentFile(dir, number);
  }

  private List<Path> segmentFiles() throws IOException {
    return LogSegments.segmentFiles(dir);
  }

  private static void awaitLatch(final CountDownLatch latch) throws IOException {
    try {
      if (!latch.await(ACKNOWLEDGED_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
        throw new IOException("The test never released the force");
      }
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException();
    }
  }

  private static ByteBuffer block(final String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(final DirectBuffer buffer) {
    return buffer.getStringWithoutLengthUtf8(0, buffer.capacity());
  }

  static List<String> readAll(final FileLogStorage storage, final long fromPosition) {
    final List<String> blocks = new ArrayList<>();
    try (LogStorageReader reader = storage.newReader()) {
      reader.seek(fromPosition);
      while (reader.hasNext()) {
        blocks.add(text(reader.next()));
      }
    }
    return blocks;
  }
}

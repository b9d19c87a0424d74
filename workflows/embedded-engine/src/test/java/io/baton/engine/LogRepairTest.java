package io.baton.engine;

import static io.baton.engine.FileLogStorageTest.appendBlocks;
import static io.baton.engine.FileLogStorageTest.blockTexts;
import static io.baton.engine.FileLogStorageTest.flipByte;
import static io.baton.engine.FileLogStorageTest.frameOffset;
import static io.baton.engine.FileLogStorageTest.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class LogRepairTest {

  /** Three 9-byte blocks a segment. */
  private static final long SMALL_SEGMENTS =
      LogSegments.SEGMENT_HEADER_BYTES + 3 * (LogSegments.FRAME_HEADER_BYTES + 9);

  @TempDir Path dir;

  @Test
  void cutsTheLogAtTheCorruptFrameReportsWhatItDroppedAndTheEngineStartsAgain() throws Exception {
    try (FileLogStorage storage = FileLogStorage.open(dir, SMALL_SEGMENTS)) {
      appendBlocks(storage, 1, 10);
    }
    final Path corrupt = LogSegments.segmentFile(dir, 2);
    flipByte(corrupt, frameOffset(2) + LogSegments.FRAME_HEADER_BYTES);
    assertThatThrownBy(() -> FileLogStorage.open(dir, SMALL_SEGMENTS))
        .isInstanceOf(CorruptLogException.class);

    final String report = LogRepair.repair(dir);

    assertThat(report)
        .contains(corrupt + " at byte offset " + frameOffset(2) + ": frame checksum mismatch")
        .contains("Cut " + corrupt + " at byte offset " + frameOffset(2) + ": 74 bytes dropped")
        .contains("Deleted " + LogSegments.segmentFile(dir, 3) + " (119 bytes)")
        .contains("Deleted " + LogSegments.segmentFile(dir, 4) + " (45 bytes)")
        .contains("Dropped 6 frames, positions 5..10.")
        .contains("Kept 4 frames, positions 1..4");
    assertThat(LogSegments.segmentFiles(dir))
        .containsExactly(LogSegments.segmentFile(dir, 1), corrupt);
    try (FileLogStorage repaired = FileLogStorage.open(dir, SMALL_SEGMENTS)) {
      assertThat(readAll(repaired, 0)).containsExactlyElementsOf(blockTexts(1, 4));
      appendBlocks(repaired, 5, 6);
    }
    try (FileLogStorage again = FileLogStorage.open(dir, SMALL_SEGMENTS)) {
      assertThat(readAll(again, 0)).containsExactlyElementsOf(blockTexts(1, 6));
    }
  }

  @Test
  void leavesAWholeLogAsItIs() throws Exception {
    try (FileLogStorage storage = FileLogStorage.open(dir, SMALL_SEGMENTS)) {
      appendBlocks(storage, 1, 4);
    }

    assertThat(LogRepair.repair(dir)).contains("is whole: 4 frames, positions 1..4. Nothing cut.");
    assertThat(LogSegments.segmentFiles(dir)).hasSize(2);
  }

  @Test
  void refusesToRunWhileAnEngineHoldsTheLog() throws Exception {
    try (FileLogStorage storage = FileLogStorage.open(dir)) {
      appendBlocks(storage, 1, 2);
      final long size = Files.size(LogSegments.segmentFile(dir, 1));

      assertThatThrownBy(() -> LogRepair.repair(dir))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("An engine holds the engine log in " + dir);
      assertThat(Files.size(LogSegments.segmentFile(dir, 1))).isEqualTo(size);
    }
  }
}

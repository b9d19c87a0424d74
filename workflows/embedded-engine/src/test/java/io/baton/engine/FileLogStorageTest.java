package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.logstreams.storage.LogStorage.AppendListener;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLogStorageTest {

  private static final AppendListener IGNORE = new AppendListener() {};

  @TempDir Path dir;

  @Test
  void appendedBlocksAreReadBackAfterReopening() {
    final Path file = dir.resolve("log.bin");
    try (FileLogStorage storage = FileLogStorage.open(file)) {
      storage.append(1, 3, block("first"), IGNORE);
      storage.append(4, 4, block("second"), IGNORE);
      assertThat(readAll(storage, 1)).containsExactly("first", "second");
    }

    try (FileLogStorage reopened = FileLogStorage.open(file)) {
      assertThat(reopened.blockCount()).isEqualTo(2);
      assertThat(readAll(reopened, 1)).containsExactly("first", "second");
      reopened.append(5, 6, block("third"), IGNORE);
    }

    try (FileLogStorage again = FileLogStorage.open(file)) {
      assertThat(readAll(again, 1)).containsExactly("first", "second", "third");
    }
  }

  @Test
  void seekStartsAtTheBlockThatHoldsThePosition() {
    try (FileLogStorage storage = FileLogStorage.open(dir.resolve("log.bin"))) {
      storage.append(1, 3, block("a"), IGNORE);
      storage.append(4, 9, block("b"), IGNORE);
      storage.append(10, 12, block("c"), IGNORE);

      assertThat(readAll(storage, 5)).containsExactly("b", "c");
      assertThat(readAll(storage, 10)).containsExactly("c");
      assertThat(readAll(storage, 0)).containsExactly("a", "b", "c");
    }
  }

  @Test
  void tornLastFrameIsCutOffAndAppendingContinuesAfterTheLastWholeFrame() throws Exception {
    final Path file = dir.resolve("log.bin");
    try (FileLogStorage storage = FileLogStorage.open(file)) {
      storage.append(1, 1, block("kept"), IGNORE);
      storage.append(2, 2, block("torn"), IGNORE);
    }
    final long wholeFirstFrame = FileLogStorage.FRAME_HEADER_BYTES + "kept".length();
    try (var channel = Files.newByteChannel(file, StandardOpenOption.WRITE)) {
      channel.truncate(wholeFirstFrame + FileLogStorage.FRAME_HEADER_BYTES + 2);
    }

    try (FileLogStorage reopened = FileLogStorage.open(file)) {
      assertThat(readAll(reopened, 1)).containsExactly("kept");
      assertThat(Files.size(file)).isEqualTo(wholeFirstFrame);
      reopened.append(2, 2, block("rewritten"), IGNORE);
    }
    try (FileLogStorage again = FileLogStorage.open(file)) {
      assertThat(readAll(again, 1)).containsExactly("kept", "rewritten");
    }
  }

  @Test
  void compactionDropsTheBlocksBeforeThePositionFromMemoryOnly() {
    final Path file = dir.resolve("log.bin");
    try (FileLogStorage storage = FileLogStorage.open(file);
        LogStorageReader reader = storage.newReader()) {
      storage.append(1, 3, block("a"), IGNORE);
      storage.append(4, 9, block("b"), IGNORE);
      storage.append(10, 12, block("c"), IGNORE);
      reader.seek(1);
      reader.next();

      storage.compact(5);

      assertThat(storage.blockCount()).isEqualTo(2);
      assertThat(readAll(storage, 1)).containsExactly("b", "c");
      assertThat(text(reader.next())).as("a reader keeps its place").isEqualTo("b");
      storage.compact(12);
      storage.compact(100);
      assertThat(readAll(storage, 0)).as("the last block stays").containsExactly("c");
      storage.append(13, 13, block("d"), IGNORE);
      assertThat(text(reader.next())).isEqualTo("c");
      assertThat(text(reader.next())).isEqualTo("d");
    }

    try (FileLogStorage reopened = FileLogStorage.open(file)) {
      assertThat(readAll(reopened, 1)).containsExactly("a", "b", "c", "d");
    }
  }

  @Test
  void appendNotifiesWriteCommitAndCommitListeners() {
    final List<String> events = new ArrayList<>();
    final AtomicInteger commits = new AtomicInteger();
    try (FileLogStorage storage = FileLogStorage.open(dir.resolve("log.bin"))) {
      storage.addCommitListener(commits::incrementAndGet);
      storage.append(
          7,
          9,
          block("x"),
          new AppendListener() {
            @Override
            public void onWrite(final long index, final long highestPosition) {
              events.add("write " + highestPosition);
            }

            @Override
            public void onCommit(final long index, final long highestPosition) {
              events.add("commit " + highestPosition);
            }
          });
    }
    assertThat(events).containsExactly("write 9", "commit 9");
    assertThat(commits).hasValue(1);
  }

  @Test
  void aSecondOpenOfTheSameLogFailsClearly() {
    final Path file = dir.resolve("log.bin");
    try (FileLogStorage storage = FileLogStorage.open(file)) {
      assertThatThrownBy(() -> FileLogStorage.open(file))
          .hasMessageContaining("already in use by another engine");
    }
  }

  private static ByteBuffer block(final String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> readAll(final FileLogStorage storage, final long fromPosition) {
    final List<String> blocks = new ArrayList<>();
    try (LogStorageReader reader = storage.newReader()) {
      reader.seek(fromPosition);
      while (reader.hasNext()) {
        blocks.add(text(reader.next()));
      }
    }
    return blocks;
  }

  private static String text(final DirectBuffer block) {
    return block.getStringWithoutLengthUtf8(0, block.capacity());
  }
}

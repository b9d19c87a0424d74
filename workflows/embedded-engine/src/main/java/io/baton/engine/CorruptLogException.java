package io.baton.engine;

import java.nio.file.Path;

/**
 * The engine log holds a frame that cannot be read before its end: acknowledged data after it would
 * be lost by cutting there, so the engine does not start and leaves the cut to {@link LogRepair},
 * which its operator runs knowingly.
 */
public final class CorruptLogException extends IllegalStateException {

  private final transient Path file;
  private final long offset;

  CorruptLogException(final Path file, final long offset, final String reason) {
    super(
        "The engine log is corrupt: "
            + file
            + " at byte offset "
            + offset
            + ": "
            + reason
            + ". The engine does not start on it; `./baton engine-repair <data-dir>` cuts the log"
            + " there, losing that frame and everything after it");
    this.file = file;
    this.offset = offset;
  }

  public Path file() {
    return file;
  }

  public long offset() {
    return offset;
  }
}

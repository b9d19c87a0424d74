package io.baton.engine;

import io.camunda.zeebe.protocol.impl.record.UnifiedRecordValue;
import io.camunda.zeebe.protocol.record.RecordValue;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Record values as the read models save them: in the engine's own encoding (MessagePack), the
 * compact form the log holds them in, read back into the engine's record classes.
 */
final class RecordValues {

  private RecordValues() {}

  /** The encoded value; every value a read model keeps was read from the log into this class. */
  static byte[] encode(final RecordValue value) {
    final UnifiedRecordValue unified = (UnifiedRecordValue) value;
    final byte[] bytes = new byte[unified.getLength()];
    unified.write(new UnsafeBuffer(bytes), 0);
    return bytes;
  }

  /** The encoded value read into {@code empty}, a new instance of its record class. */
  static <T extends UnifiedRecordValue> T decode(final byte[] bytes, final T empty) {
    empty.wrap(new UnsafeBuffer(bytes));
    return empty;
  }
}

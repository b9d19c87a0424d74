package io.baton.engine;

import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.logstreams.log.LoggedEvent;
import io.camunda.zeebe.protocol.impl.record.CopiedRecord;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.UnifiedRecordValue;
import io.camunda.zeebe.protocol.record.Record;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A place in the engine's log, read forward from record to record as an exporter would: each call
 * hands over the records written since the last one. Only the records a reader wants are
 * deserialized, each into buffers of its own, so what a reader keeps of a record holds no view of a
 * log block and the log can drop its blocks once every reader is past them.
 *
 * <p>Not thread-safe: its owner reads under its own lock.
 */
final class LogCursor implements AutoCloseable {

  private final LogStreamReader reader;
  private final FileLogStorage storage;
  private final int partitionId;
  private final Predicate<RecordMetadata> wanted;
  private final RecordMetadata header = new RecordMetadata();
  private long position = -1L;

  private LogCursor(
      final LogStreamReader reader,
      final FileLogStorage storage,
      final int partitionId,
      final Predicate<RecordMetadata> wanted) {
    this.reader = reader;
    this.storage = storage;
    this.partitionId = partitionId;
    this.wanted = wanted;
  }

  /**
   * A cursor before the first record of the log.
   *
   * @param storage the log's storage, which makes what was written readable before each read
   * @param wanted which records to hand over, judged by their metadata
   */
  static LogCursor atStart(
      final LogStream log, final FileLogStorage storage, final Predicate<RecordMetadata> wanted) {
    return new LogCursor(log.newLogStreamReader(), storage, log.getPartitionId(), wanted);
  }

  /** The position of the last record read, -1 before the first. */
  long position() {
    return position;
  }

  /** Continues after this position, e.g. one a saved read model covers. */
  void moveTo(final long position) {
    this.position = position;
  }

  /**
   * Hands the wanted records written since the last call to the consumer, in log order — once they
   * are on disk, so that a read after a command's answer sees what the command wrote.
   */
  void readNew(final Consumer<Record<?>> consumer) {
    storage.flush();
    if (position < 0) {
      reader.seekToFirstEvent();
    } else {
      reader.seekToNextEvent(position);
    }
    while (reader.hasNext()) {
      final LoggedEvent event = reader.next();
      position = event.getPosition();
      header.reset();
      event.readMetadata(header);
      if (wanted.test(header)) {
        consumer.accept(copy(event));
      }
    }
  }

  @Override
  public void close() {
    reader.close();
  }

  private CopiedRecord<UnifiedRecordValue> copy(final LoggedEvent event) {
    final RecordMetadata metadata = new RecordMetadata();
    metadata.wrap(
        copyOf(event.getMetadata(), event.getMetadataOffset(), event.getMetadataLength()),
        0,
        event.getMetadataLength());
    final UnifiedRecordValue value = UnifiedRecordValue.fromValueType(metadata.getValueType());
    value.wrap(
        copyOf(event.getValueBuffer(), event.getValueOffset(), event.getValueLength()),
        0,
        event.getValueLength());
    return new CopiedRecord<>(
        value,
        metadata,
        event.getKey(),
        partitionId,
        event.getPosition(),
        event.getSourceEventPosition(),
        event.getTimestamp());
  }

  private static DirectBuffer copyOf(
      final DirectBuffer buffer, final int offset, final int length) {
    final byte[] bytes = new byte[length];
    buffer.getBytes(offset, bytes);
    return new UnsafeBuffer(bytes);
  }
}

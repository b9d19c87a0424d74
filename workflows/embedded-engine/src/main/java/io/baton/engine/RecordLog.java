package io.baton.engine;

import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.logstreams.log.LoggedEvent;
import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.protocol.impl.record.CopiedRecord;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.UnifiedRecordValue;
import io.camunda.zeebe.protocol.record.Record;
import java.util.ArrayList;
import java.util.List;

/**
 * Every record of the engine's log, read on demand like an exporter would see them. Feeds the
 * user-task read model and the engine-control protocol's record stream.
 *
 * <p>The log lets records be read once they are on disk, while the engine answers a command once
 * its records are written; so each read first waits for what was written to get to disk, and a
 * search after an answer sees what the command did.
 */
public final class RecordLog implements RecordStreamSource {

  private final FileLogStorage logStorage;
  private final LogStreamReader reader;
  private final int partitionId;
  private final List<Record<?>> records = new ArrayList<>();
  private long lastPosition = -1L;

  RecordLog(final FileLogStorage logStorage, final LogStreamReader reader, final int partitionId) {
    this.logStorage = logStorage;
    this.reader = reader;
    this.partitionId = partitionId;
  }

  /** The records from the given index (0 = the first record of the log) up to now. */
  public synchronized List<Record<?>> since(final int index) {
    readNewRecords();
    return index >= records.size() ? List.of() : List.copyOf(records.subList(index, records.size()));
  }

  @Override
  public Iterable<Record<?>> getRecords() {
    return since(0);
  }

  synchronized void close() {
    reader.close();
  }

  private void readNewRecords() {
    logStorage.flush();
    if (lastPosition < 0) {
      reader.seekToFirstEvent();
    } else {
      reader.seekToNextEvent(lastPosition);
    }
    while (reader.hasNext()) {
      final LoggedEvent event = reader.next();
      records.add(copy(event));
      lastPosition = event.getPosition();
    }
  }

  private CopiedRecord<UnifiedRecordValue> copy(final LoggedEvent event) {
    final RecordMetadata metadata = new RecordMetadata();
    event.readMetadata(metadata);
    final UnifiedRecordValue value =
        UnifiedRecordValue.allRecordsMap().get(metadata.getValueType());
    event.readValue(value);
    return new CopiedRecord<>(
        value,
        metadata,
        event.getKey(),
        partitionId,
        event.getPosition(),
        event.getSourceEventPosition(),
        event.getTimestamp());
  }
}

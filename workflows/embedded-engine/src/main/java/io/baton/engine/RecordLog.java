package io.baton.engine;

import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.protocol.record.Record;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's records as zeebe-process-test's record stream serves them to {@code BpmnAssert}:
 * those the log held at start (the log after the latest snapshot) and every one written since, read
 * on demand like an exporter would see them. It keeps every record it read, so only an engine with
 * engine control on (tests) has one; the read models follow the log on their own.
 */
public final class RecordLog implements RecordStreamSource, LogFollower {

  private final LogCursor cursor;
  private final List<Record<?>> records = new ArrayList<>();

  RecordLog(final LogStream log, final FileLogStorage storage) {
    cursor = LogCursor.atStart(log, storage, metadata -> true);
  }

  /** The records from the given index (0 = the first record read) up to now. */
  public synchronized List<Record<?>> since(final int index) {
    catchUp();
    return index >= records.size()
        ? List.of()
        : List.copyOf(records.subList(index, records.size()));
  }

  @Override
  public Iterable<Record<?>> getRecords() {
    return since(0);
  }

  @Override
  public synchronized void catchUp() {
    cursor.readNew(records::add);
  }

  synchronized void close() {
    cursor.close();
  }
}

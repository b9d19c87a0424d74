package io.baton.engine;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model built from the engine's events, as Camunda's exporters build the search indexes: it
 * catches up with the {@link RecordLog} before each query, applying each new event once in log
 * order, so it is rebuilt from the persisted log at start and reads its own writes.
 *
 * <p>One lock (the model's monitor) guards the log position and everything the model keeps: its
 * queries catch up and read under it, and hand out only copies or values the model replaces rather
 * than changes.
 */
abstract class RecordReadModel {

  private static final Logger LOG = LoggerFactory.getLogger(RecordReadModel.class);

  private final RecordLog records;
  private int nextRecord;

  RecordReadModel(final RecordLog records) {
    this.records = records;
  }

  /** Applies the events written since the last call; one that fails is logged and skipped. */
  protected final synchronized void catchUp() {
    final List<Record<?>> fresh = records.since(nextRecord);
    nextRecord += fresh.size();
    fresh.stream().filter(r -> r.getRecordType() == RecordType.EVENT).forEach(this::applySafely);
  }

  /** Applies one event (called under the model's lock, once per event, in log order). */
  protected abstract void apply(Record<?> record);

  private void applySafely(final Record<?> record) {
    try {
      apply(record);
    } catch (final RuntimeException e) {
      LOG.warn("Skipped record {} in the {}", record.getPosition(), getClass().getSimpleName(), e);
    }
  }
}

package io.baton.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model built from the engine's events, as Camunda's exporters build the search indexes: it
 * catches up with the log before each query, applying each new event once in log order, so it reads
 * its own writes. It keeps what is live and what finished within the retention, dropping the rest
 * as it catches up.
 *
 * <p>Live items are kept on the heap, finished ones in the model's {@link Archive} (off the heap)
 * until the retention drops them: the heap holds what is live, however long the history.
 *
 * <p>The log does not keep its history: each state snapshot saves the model (its live items, a
 * checkpoint of its archive, and the log position they cover) next to the engine's state, the log
 * then drops what came before, and at start the model is restored from the latest snapshot and
 * catches up from that position.
 *
 * <p>One lock (the model's monitor) guards the log position and everything the model keeps: its
 * queries catch up and read under it, and hand out only copies or values the model replaces rather
 * than changes.
 *
 * @param <S> the model's items as plain data, as it saves them
 */
abstract class RecordReadModel<S> implements LogFollower {

  private static final Logger LOG = LoggerFactory.getLogger(RecordReadModel.class);
  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final LogCursor cursor;
  private final String fileName;
  private final JavaType savedType;
  private final Archive archive;
  private final Retention retention;

  /**
   * @param name the model's name, which also names the file it saves in a snapshot
   * @param savedType the class of what it saves
   * @param valueTypes the value types of the events it applies
   */
  RecordReadModel(
      final ReadModelContext context,
      final String name,
      final Class<S> savedType,
      final Set<ValueType> valueTypes) {
    cursor =
        LogCursor.atStart(
            context.log(),
            context.storage(),
            metadata ->
                metadata.getRecordType() == RecordType.EVENT
                    && valueTypes.contains(metadata.getValueType()));
    fileName = name + ".json.gz";
    this.savedType = JSON.getTypeFactory().constructParametricType(SavedModel.class, savedType);
    archive = new Archive(context.stateDirectory(), name);
    retention = context.newRetention();
  }

  /**
   * Items of one kind, live on the heap and archived on their own shelf of the model's archive.
   *
   * @param shelf the shelf's id, one per kind of item in the model
   * @param entriesOf where the indexes file an item as it is now
   * @param entryName an index entry as the archive files it: unique per entry, without a 0 char
   * @param codec the item as the archive holds it
   */
  protected final <T, E> IndexedItems<T, E> items(
      final char shelf,
      final Function<T, List<E>> entriesOf,
      final Function<E, String> entryName,
      final IndexedItems.Codec<T> codec) {
    return new IndexedItems<>(entriesOf, entryName, codec, archive.shelf(shelf), retention);
  }

  /** A codec writing an item as JSON of its saved form ({@code save}), read back by restore. */
  protected static <T, V> IndexedItems.Codec<T> json(
      final Class<V> savedType, final Function<T, V> save, final Function<V, T> restore) {
    return new IndexedItems.Codec<>() {
      @Override
      public byte[] encode(final T item) {
        try {
          return JSON.writeValueAsBytes(save.apply(item));
        } catch (final IOException e) {
          throw new UncheckedIOException("Cannot archive a " + savedType.getSimpleName(), e);
        }
      }

      @Override
      public T decode(final byte[] saved) {
        try {
          return restore.apply(JSON.readValue(saved, savedType));
        } catch (final IOException e) {
          throw new UncheckedIOException("Cannot read an archived " + savedType.getSimpleName(), e);
        }
      }
    };
  }

  /** Applies the events written since the last call; one that fails is logged and skipped. */
  @Override
  public final synchronized void catchUp() {
    cursor.readNew(this::applySafely);
    dropExpired();
  }

  /** Applies one event (called under the model's lock, once per event, in log order). */
  protected abstract void apply(Record<?> record);

  /** Drops the finished items older than the retention (called under the model's lock). */
  protected abstract void dropExpired();

  /** The model's live items, as plain data (called under the model's lock). */
  protected abstract S saved();

  /** Takes back what {@link #saved()} gave, into an empty model (under the model's lock). */
  protected abstract void restore(S saved);

  /** How many items of each kind the model holds now, for tests that check it stays bounded. */
  abstract Map<String, Integer> sizes();

  /**
   * Catches up, then writes the model's live items, a checkpoint of its archive and the log
   * position they cover into the snapshot.
   */
  final synchronized void save(final Path snapshotDirectory) {
    catchUp();
    final Path file = snapshotDirectory.resolve(fileName);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      JSON.writeValue(out, new SavedModel<>(SavedModel.FORMAT, cursor.position(), saved()));
    } catch (final IOException e) {
      throw new UncheckedIOException("Cannot save the " + getClass().getSimpleName(), e);
    }
    archive.checkpoint(snapshotDirectory);
  }

  /** Restores the model saved in the snapshot; it then catches up from the position it covers. */
  final synchronized void restoreFrom(final Path snapshotDirectory) {
    final Path file = snapshotDirectory.resolve(fileName);
    final SavedModel<S> model;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      model = JSON.readValue(in, savedType);
    } catch (final IOException e) {
      throw new UncheckedIOException(
          "Cannot read the saved "
              + getClass().getSimpleName()
              + " "
              + file
              + "; the log no longer holds what it was built from: delete the data dir to start"
              + " empty",
          e);
    }
    if (model.format() != SavedModel.FORMAT) {
      throw new IllegalStateException(
          "The saved "
              + getClass().getSimpleName()
              + " "
              + file
              + " has format "
              + model.format()
              + ", this engine reads format "
              + SavedModel.FORMAT
              + ": delete the data dir to start empty");
    }
    archive.restoreFrom(snapshotDirectory);
    restore(model.model());
    cursor.moveTo(model.position());
  }

  final synchronized void close() {
    cursor.close();
    archive.close();
  }

  private void applySafely(final Record<?> record) {
    try {
      apply(record);
    } catch (final RuntimeException e) {
      LOG.warn("Skipped record {} in the {}", record.getPosition(), getClass().getSimpleName(), e);
    }
  }

  /** A saved model, its format, and the position of the last record it applied. */
  record SavedModel<S>(int format, long position, S model) {

    /** Changes whenever what a model saves changes; 2: finished items in the archive. */
    static final int FORMAT = 2;
  }
}

package io.baton.engine;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.rocksdb.RocksIterator;

/**
 * One kind of finished item in an {@link Archive}, under a prefix of its own: the items by key, the
 * index entries filing them (one database key per entry and item, so a lookup is a range read), and
 * when each item is due to be dropped. Keys and times are non-negative, written big-endian, so the
 * database's byte order is their numeric order.
 *
 * <pre>
 *   [shelf][1][item key]                 the item
 *   [shelf][2][index entry][0][item key] the item filed under the entry (entries hold no 0 byte)
 *   [shelf][3][time][item key]           the item is due to be dropped at that time
 * </pre>
 */
final class Shelf {

  private static final byte ITEM = 1;
  private static final byte INDEX = 2;
  private static final byte DUE = 3;
  private static final byte[] NOTHING = new byte[0];

  private final Archive archive;
  private final byte id;

  Shelf(final Archive archive, final byte id) {
    this.archive = archive;
    this.id = id;
  }

  void put(final long key, final byte[] item) {
    archive.put(itemKey(key), item);
  }

  /** The item with this key, or null. */
  byte[] get(final long key) {
    return archive.get(itemKey(key));
  }

  void delete(final long key) {
    archive.delete(itemKey(key));
  }

  /** Every item's key, in key order. */
  List<Long> keys() {
    final List<Long> keys = new ArrayList<>();
    read(prefix(ITEM), Integer.MAX_VALUE, key -> keys.add(lastLong(key)));
    return keys;
  }

  /** Files the item with this key under an index entry (encoded without any 0 byte). */
  void file(final byte[] entry, final long key) {
    archive.put(indexKey(entry, key), NOTHING);
  }

  void unfile(final byte[] entry, final long key) {
    archive.delete(indexKey(entry, key));
  }

  /** The keys filed under an index entry, in key order. */
  List<Long> keys(final byte[] entry) {
    final List<Long> keys = new ArrayList<>();
    read(entryPrefix(entry), Integer.MAX_VALUE, key -> keys.add(lastLong(key)));
    return keys;
  }

  /** How many keys an index entry files, counting no further than {@code atMost}. */
  int count(final byte[] entry, final int atMost) {
    return read(entryPrefix(entry), atMost, key -> {});
  }

  /** How many items the shelf holds (reads every key: for tests and diagnostics). */
  int size() {
    return read(prefix(ITEM), Integer.MAX_VALUE, key -> {});
  }

  /** The item with this key is due to be dropped at this time (engine milliseconds). */
  void due(final long key, final long time) {
    archive.put(
        ByteBuffer.allocate(18).put(id).put(DUE).putLong(time).putLong(key).array(), NOTHING);
  }

  /** Hands the keys due before the time to {@code drop} in time order, each once. */
  void takeDue(final long before, final LongConsumer drop) {
    final byte[] prefix = prefix(DUE);
    final List<byte[]> taken = new ArrayList<>();
    try (RocksIterator iterator = archive.iterator()) {
      for (iterator.seek(prefix); iterator.isValid(); iterator.next()) {
        final byte[] key = iterator.key();
        if (!startsWith(key, prefix) || ByteBuffer.wrap(key, 2, 8).getLong() >= before) {
          break;
        }
        taken.add(key);
      }
    }
    for (final byte[] key : taken) {
      archive.delete(key);
      drop.accept(lastLong(key));
    }
  }

  /** Reads the keys starting with the prefix, at most {@code atMost}; answers how many it read. */
  private int read(final byte[] prefix, final int atMost, final Consumer<byte[]> each) {
    int count = 0;
    try (RocksIterator iterator = archive.iterator()) {
      for (iterator.seek(prefix);
          count < atMost && iterator.isValid() && startsWith(iterator.key(), prefix);
          iterator.next()) {
        each.accept(iterator.key());
        count++;
      }
    }
    return count;
  }

  private byte[] prefix(final byte kind) {
    return new byte[] {id, kind};
  }

  private byte[] itemKey(final long key) {
    return ByteBuffer.allocate(10).put(id).put(ITEM).putLong(key).array();
  }

  private byte[] entryPrefix(final byte[] entry) {
    return ByteBuffer.allocate(entry.length + 3)
        .put(id)
        .put(INDEX)
        .put(entry)
        .put((byte) 0)
        .array();
  }

  private byte[] indexKey(final byte[] entry, final long key) {
    return ByteBuffer.allocate(entry.length + 11)
        .put(id)
        .put(INDEX)
        .put(entry)
        .put((byte) 0)
        .putLong(key)
        .array();
  }

  private static long lastLong(final byte[] key) {
    return ByteBuffer.wrap(key, key.length - Long.BYTES, Long.BYTES).getLong();
  }

  private static boolean startsWith(final byte[] key, final byte[] prefix) {
    return key.length >= prefix.length
        && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
  }
}

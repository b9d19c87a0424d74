package io.baton.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The items of one resource in a read model, by key, with indexes from the values they hold to
 * their keys, refiled whenever an item changes, so a search reads the keys of a few index entries
 * instead of every item.
 *
 * <p>Live items are on the heap. A finished item (it will not change again) is {@link #archive
 * archived}: moved with its index entries to a {@link Shelf} of the model's {@link Archive}, off
 * the heap, until it has been finished for longer than the retention and {@link #dropExpired} drops
 * it. Reads see both, live items first. Its read model's lock guards it.
 *
 * @param <T> the items
 * @param <E> an index entry: one value of one index
 */
final class IndexedItems<T, E> {

  private final Function<T, List<E>> entriesOf;
  private final Function<E, String> entryName;
  private final Codec<T> codec;
  private final Shelf archived;
  private final Retention retention;
  private final Map<Long, T> items = new LinkedHashMap<>();
  private final Map<E, Set<Long>> keysByEntry = new HashMap<>();

  /**
   * @param entriesOf where the indexes file an item as it is now
   * @param entryName an index entry as the archive files it: unique per entry, without a 0 char
   * @param codec the item as the archive holds it
   */
  IndexedItems(
      final Function<T, List<E>> entriesOf,
      final Function<E, String> entryName,
      final Codec<T> codec,
      final Shelf archived,
      final Retention retention) {
    this.entriesOf = entriesOf;
    this.entryName = entryName;
    this.codec = codec;
    this.archived = archived;
    this.retention = retention;
  }

  /** The item with this key, live or archived, or null. */
  T get(final long key) {
    final T item = items.get(key);
    if (item != null) {
      return item;
    }
    final byte[] saved = archived.get(key);
    return saved == null ? null : codec.decode(saved);
  }

  /** Adds or replaces the live item with this key. */
  void put(final long key, final T item) {
    final T before = items.put(key, item);
    refile(key, before == null ? List.of() : entriesOf.apply(before), entriesOf.apply(item));
  }

  /** The live item with this key, created (and added) only if there is none. */
  T computeIfAbsent(final long key, final LongFunction<T> create) {
    final T present = items.get(key);
    if (present != null) {
      return present;
    }
    final T created = create.apply(key);
    put(key, created);
    return created;
  }

  /** Changes the live item with this key, if there is one, and refiles it. */
  void change(final long key, final Consumer<T> change) {
    final T item = items.get(key);
    if (item != null) {
      final List<E> before = entriesOf.apply(item);
      change.accept(item);
      refile(key, before, entriesOf.apply(item));
    }
  }

  /**
   * Moves the live item with this key, finished at this time (engine milliseconds), off the heap;
   * it no longer changes and is dropped once older than the retention.
   */
  void archive(final long key, final long finishedAt) {
    final T item = items.remove(key);
    if (item != null) {
      final List<E> entries = entriesOf.apply(item);
      entries.forEach(entry -> unfile(entry, key));
      archived.put(key, codec.encode(item));
      entries.forEach(entry -> archived.file(name(entry), key));
      retention.finished(archived, key, finishedAt);
    }
  }

  /** Drops the archived items finished longer ago than the retention. */
  void dropExpired() {
    retention.dropExpired(archived, this::dropArchived);
  }

  private void dropArchived(final long key) {
    final byte[] saved = archived.get(key);
    if (saved != null) {
      entriesOf.apply(codec.decode(saved)).forEach(entry -> archived.unfile(name(entry), key));
      archived.delete(key);
    }
  }

  /** The live items, in the order they were first put (a live view: copy before changing). */
  Collection<T> live() {
    return items.values();
  }

  /** How many items are live and how many archived (the latter reads them all: for tests). */
  Map<String, Integer> sizes(final String name) {
    return Map.of(name, items.size(), "archived " + name, archived.size());
  }

  /** How many index entries file at least one live item (an entry goes with its last item). */
  int indexEntryCount() {
    return keysByEntry.size();
  }

  /** The keys filed under one index entry, live ones first. */
  List<Long> keys(final E entry) {
    final List<Long> keys = new ArrayList<>(keysByEntry.getOrDefault(entry, Set.of()));
    keys.addAll(archived.keys(name(entry)));
    return keys;
  }

  /**
   * The keys of the smallest lookup (sized by its entries before any is copied, the archive counted
   * no further than the smallest so far); each lookup is a union of entries that holds every match.
   * With no lookup, every key.
   */
  Collection<Long> candidates(final List<List<E>> lookups) {
    List<E> smallest = null;
    int smallestSize = Integer.MAX_VALUE;
    for (final List<E> lookup : lookups) {
      final int size = size(lookup, smallestSize);
      if (size < smallestSize) {
        smallest = lookup;
        smallestSize = size;
      }
    }
    if (smallest == null) {
      final List<Long> keys = new ArrayList<>(items.keySet());
      keys.addAll(archived.keys());
      return keys;
    }
    if (smallest.size() == 1) {
      return keys(smallest.getFirst());
    }
    final Set<Long> keys = new TreeSet<>();
    smallest.forEach(entry -> keys.addAll(keys(entry)));
    return keys;
  }

  /** How many keys a lookup's entries file, counted no further than {@code atMost}. */
  private int size(final List<E> lookup, final int atMost) {
    int size = 0;
    for (final E entry : lookup) {
      size += keysByEntry.getOrDefault(entry, Set.of()).size();
      if (size >= atMost) {
        return size;
      }
      size += archived.count(name(entry), atMost - size);
    }
    return size;
  }

  private byte[] name(final E entry) {
    return entryName.apply(entry).getBytes(StandardCharsets.UTF_8);
  }

  private void refile(final long key, final List<E> before, final List<E> after) {
    if (after.equals(before)) {
      return;
    }
    before.forEach(entry -> unfile(entry, key));
    after.forEach(entry -> keysByEntry.computeIfAbsent(entry, e -> new HashSet<>()).add(key));
  }

  private void unfile(final E entry, final long key) {
    final Set<Long> keys = keysByEntry.get(entry);
    if (keys != null && keys.remove(key) && keys.isEmpty()) {
      keysByEntry.remove(entry);
    }
  }

  /** An item as the archive holds it, and back. */
  interface Codec<T> {

    byte[] encode(T item);

    T decode(byte[] saved);
  }
}

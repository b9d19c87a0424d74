package io.baton.engine;

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

/**
 * The items of one resource in a read model, by key, with indexes from the values they hold to
 * their keys, refiled whenever an item changes, so a search reads the keys of a few index entries
 * instead of every item. Its read model's lock guards it.
 *
 * @param <T> the items
 * @param <E> an index entry: one value of one index
 */
final class IndexedItems<T, E> {

  private final Function<T, List<E>> entriesOf;
  private final Map<Long, T> items = new LinkedHashMap<>();
  private final Map<E, Set<Long>> keysByEntry = new HashMap<>();

  /** Items filed where {@code entriesOf} says the indexes file an item as it is now. */
  IndexedItems(final Function<T, List<E>> entriesOf) {
    this.entriesOf = entriesOf;
  }

  /** The item with this key, or null. */
  T get(final long key) {
    return items.get(key);
  }

  /** Adds or replaces the item with this key. */
  void put(final long key, final T item) {
    final T before = items.put(key, item);
    refile(key, before == null ? List.of() : entriesOf.apply(before), entriesOf.apply(item));
  }

  /** Adds the item unless one has this key; answers the item that has it. */
  T putIfAbsent(final long key, final T item) {
    final T present = items.get(key);
    if (present != null) {
      return present;
    }
    put(key, item);
    return item;
  }

  /** Removes the item with this key, if there is one, from the items and the indexes. */
  void remove(final long key) {
    final T item = items.remove(key);
    if (item != null) {
      refile(key, entriesOf.apply(item), List.of());
    }
  }

  /** Every item, in the order they were first put (a live view: copy before changing items). */
  Collection<T> values() {
    return items.values();
  }

  int size() {
    return items.size();
  }

  /** How many index entries file at least one item (an entry goes with its last item). */
  int indexEntryCount() {
    return keysByEntry.size();
  }

  /** Changes the (mutable) item with this key, if there is one, and refiles it. */
  void change(final long key, final Consumer<T> change) {
    final T item = items.get(key);
    if (item != null) {
      final List<E> before = entriesOf.apply(item);
      change.accept(item);
      refile(key, before, entriesOf.apply(item));
    }
  }

  /** The keys filed under one index entry (a live view: copy before changing items). */
  Set<Long> keys(final E entry) {
    return keysByEntry.getOrDefault(entry, Set.of());
  }

  /**
   * The keys of the smallest lookup (sized by its entries before any is copied); each lookup is a
   * union of entries that holds every match. With no lookup, every key.
   */
  Collection<Long> candidates(final List<List<E>> lookups) {
    List<E> smallest = null;
    int smallestSize = Integer.MAX_VALUE;
    for (final List<E> lookup : lookups) {
      final int size = lookup.stream().mapToInt(entry -> keys(entry).size()).sum();
      if (size < smallestSize) {
        smallest = lookup;
        smallestSize = size;
      }
    }
    if (smallest == null) {
      return List.copyOf(items.keySet());
    }
    if (smallest.size() == 1) {
      return List.copyOf(keys(smallest.getFirst()));
    }
    final Set<Long> keys = new TreeSet<>();
    smallest.forEach(entry -> keys.addAll(keys(entry)));
    return keys;
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
}

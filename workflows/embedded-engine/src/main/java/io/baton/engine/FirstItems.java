package io.baton.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first {@code count} of the items offered, in an order, found without sorting them all: a heap
 * keeps the first ones seen so far with the last of them on top, so an item that comes after it
 * costs one comparison, one that comes before it {@code log(count)}. A search page needs only its
 * own items and those before it, however many match.
 *
 * @param <T> the items
 */
final class FirstItems<T> {

  private final Comparator<? super T> order;
  private final int count;
  private final PriorityQueue<T> kept;

  FirstItems(final Comparator<? super T> order, final int count) {
    this.order = order;
    this.count = count;
    kept = new PriorityQueue<>(order.reversed());
  }

  void offer(final T item) {
    if (kept.size() < count) {
      kept.add(item);
    } else if (count > 0 && order.compare(item, kept.peek()) < 0) {
      kept.poll();
      kept.add(item);
    }
  }

  /** The first items offered, in order. */
  List<T> sorted() {
    final List<T> sorted = new ArrayList<>(kept);
    sorted.sort(order);
    return sorted;
  }
}

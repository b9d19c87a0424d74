package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexedItemsTest {

  /** A mutable item: its state and the groups it is for. */
  private static final class Ticket {
    String state = "OPEN";
    List<String> groups = new ArrayList<>();

    List<FieldValue> entries() {
      final List<FieldValue> entries = new ArrayList<>();
      entries.add(new FieldValue("state", state));
      groups.forEach(group -> entries.add(new FieldValue("group", group)));
      return entries;
    }
  }

  private final IndexedItems<Ticket, FieldValue> tickets = new IndexedItems<>(Ticket::entries);

  @Test
  void refilesAnItemWhenItChanges() {
    tickets.put(1, new Ticket());
    tickets.put(2, new Ticket());
    tickets.change(1, ticket -> ticket.state = "CLOSED");

    assertThat(tickets.keys(state("OPEN"))).containsExactly(2L);
    assertThat(tickets.keys(state("CLOSED"))).containsExactly(1L);

    tickets.change(1, ticket -> ticket.state = "OPEN");
    assertThat(tickets.keys(state("OPEN"))).containsExactlyInAnyOrder(1L, 2L);
    assertThat(tickets.keys(state("CLOSED"))).isEmpty();
  }

  @Test
  void replacingAnItemUnfilesItsOldValues() {
    final Ticket sales = new Ticket();
    sales.groups.add("sales");
    tickets.put(1, sales);
    final Ticket support = new Ticket();
    support.groups.add("support");
    tickets.put(1, support);

    assertThat(tickets.keys(group("sales"))).isEmpty();
    assertThat(tickets.keys(group("support"))).containsExactly(1L);
    assertThat(tickets.putIfAbsent(1, new Ticket())).isSameAs(support);
  }

  @Test
  void removingAnItemUnfilesItAndDropsTheEntriesItWasAloneIn() {
    final Ticket sales = new Ticket();
    sales.groups.add("sales");
    tickets.put(1, sales);
    tickets.put(2, new Ticket());
    assertThat(tickets.indexEntryCount()).isEqualTo(2);

    tickets.remove(1);
    tickets.remove(7);

    assertThat(tickets.get(1)).isNull();
    assertThat(tickets.keys(state("OPEN"))).containsExactly(2L);
    assertThat(tickets.keys(group("sales"))).isEmpty();
    assertThat(tickets.candidates(List.of())).containsExactly(2L);
    assertThat(tickets.size()).isEqualTo(1);
    assertThat(tickets.indexEntryCount()).isEqualTo(1);
  }

  @Test
  void changingAnUnknownKeyDoesNothing() {
    tickets.change(7, ticket -> ticket.state = "CLOSED");

    assertThat(tickets.get(7)).isNull();
    assertThat(tickets.keys(state("CLOSED"))).isEmpty();
  }

  @Test
  void readsTheSmallestLookupOrEveryKeyWithoutOne() {
    for (long key = 1; key <= 5; key++) {
      final Ticket ticket = new Ticket();
      ticket.groups.add(key % 2 == 0 ? "sales" : "support");
      ticket.state = key == 5 ? "CLOSED" : "OPEN";
      tickets.put(key, ticket);
    }

    assertThat(tickets.candidates(List.of(List.of(state("OPEN")), List.of(state("CLOSED")))))
        .containsExactly(5L);
    assertThat(tickets.candidates(List.of(List.of(group("sales"), state("CLOSED")))))
        .as("a union of entries")
        .containsExactly(2L, 4L, 5L);
    assertThat(tickets.candidates(List.of())).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(tickets.candidates(List.of(List.of(group("marketing"))))).isEmpty();
  }

  @Test
  void filesUnderTheFieldsAResourceIndexes() {
    final IndexedItems<Map<String, String>, FieldValue> items =
        new IndexedItems<>(FieldValue.entries(Map.of("state", map -> map.get("state"))));
    items.put(1, Map.of("state", "ACTIVE"));
    items.put(2, Map.of());

    assertThat(items.keys(state("ACTIVE"))).containsExactly(1L);
    assertThat(items.candidates(List.of())).containsExactly(1L, 2L);
  }

  private static FieldValue state(final String state) {
    return new FieldValue("state", state);
  }

  private static FieldValue group(final String group) {
    return new FieldValue("group", group);
  }
}

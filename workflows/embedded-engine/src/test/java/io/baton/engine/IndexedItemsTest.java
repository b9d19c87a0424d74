package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexedItemsTest {

  private static final Duration RETENTION = Duration.ofDays(1);

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

    /** The ticket as the archive holds it: {@code state|group,group}. */
    static final IndexedItems.Codec<Ticket> CODEC =
        new IndexedItems.Codec<>() {
          @Override
          public byte[] encode(final Ticket ticket) {
            return (ticket.state + "|" + String.join(",", ticket.groups))
                .getBytes(StandardCharsets.UTF_8);
          }

          @Override
          public Ticket decode(final byte[] saved) {
            final String[] parts = new String(saved, StandardCharsets.UTF_8).split("\\|", -1);
            final Ticket ticket = new Ticket();
            ticket.state = parts[0];
            if (!parts[1].isEmpty()) {
              ticket.groups.addAll(Arrays.asList(parts[1].split(",")));
            }
            return ticket;
          }
        };
  }

  private final AtomicLong now =
      new AtomicLong(Instant.parse("2026-12-01T00:00:00Z").toEpochMilli());
  private final Retention retention =
      new Retention(RETENTION, () -> Instant.ofEpochMilli(now.get()));
  private final Archive archive;
  private final IndexedItems<Ticket, FieldValue> tickets;

  IndexedItemsTest(@TempDir final Path stateDirectory) {
    archive = new Archive(stateDirectory, "tickets");
    tickets =
        new IndexedItems<>(
            Ticket::entries, FieldValue::name, Ticket.CODEC, archive.shelf('t'), retention);
  }

  @AfterEach
  void closeArchive() {
    archive.close();
  }

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
    assertThat(tickets.computeIfAbsent(1, key -> new Ticket())).isSameAs(support);
  }

  @Test
  void anArchivedItemLeavesTheHeapButNotTheSearches() {
    final Ticket sales = new Ticket();
    sales.groups.add("sales");
    tickets.put(1, sales);
    tickets.put(2, new Ticket());
    tickets.change(1, ticket -> ticket.state = "CLOSED");

    tickets.archive(1, now.get());
    tickets.archive(7, now.get());

    assertThat(tickets.live()).hasSize(1);
    assertThat(tickets.indexEntryCount()).as("only the live ticket's entries").isEqualTo(1);
    assertThat(tickets.sizes("tickets")).isEqualTo(Map.of("tickets", 1, "archived tickets", 1));
    final Ticket archived = tickets.get(1);
    assertThat(archived.state).isEqualTo("CLOSED");
    assertThat(archived.groups).containsExactly("sales");
    assertThat(tickets.keys(group("sales"))).containsExactly(1L);
    assertThat(tickets.keys(state("OPEN"))).containsExactly(2L);
    assertThat(tickets.candidates(List.of())).containsExactlyInAnyOrder(1L, 2L);
    assertThat(tickets.candidates(List.of(List.of(state("CLOSED"), state("OPEN")))))
        .containsExactly(1L, 2L);
  }

  @Test
  void anArchivedItemIsDroppedWithItsEntriesOnceOlderThanTheRetention() {
    final Ticket sales = new Ticket();
    sales.groups.add("sales");
    tickets.put(1, sales);
    tickets.put(2, new Ticket());
    tickets.archive(1, now.get());
    tickets.archive(2, now.get() + 1000);

    now.addAndGet(RETENTION.toMillis());
    tickets.dropExpired();
    assertThat(tickets.get(1)).as("finished exactly a retention ago").isNotNull();

    now.incrementAndGet();
    tickets.dropExpired();
    assertThat(tickets.get(1)).isNull();
    assertThat(tickets.keys(group("sales"))).isEmpty();
    assertThat(tickets.keys(state("OPEN"))).containsExactly(2L);
    assertThat(tickets.sizes("tickets")).isEqualTo(Map.of("tickets", 0, "archived tickets", 1));

    now.addAndGet(1000);
    tickets.dropExpired();
    assertThat(tickets.candidates(List.of())).isEmpty();
  }

  @Test
  void anArchiveRestoredFromACheckpointHoldsWhatItHeldThen(@TempDir final Path snapshot) {
    final Ticket sales = new Ticket();
    sales.groups.add("sales");
    tickets.put(1, sales);
    tickets.archive(1, now.get());
    archive.checkpoint(snapshot);
    tickets.put(2, new Ticket());
    tickets.archive(2, now.get());

    archive.restoreFrom(snapshot);

    assertThat(tickets.candidates(List.of())).containsExactly(1L);
    assertThat(tickets.keys(group("sales"))).containsExactly(1L);
    now.addAndGet(RETENTION.toMillis() + 1);
    tickets.dropExpired();
    assertThat(tickets.get(1)).as("its time to be dropped came with it").isNull();
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
        new IndexedItems<>(
            FieldValue.entries(Map.of("state", map -> map.get("state"))),
            FieldValue::name,
            null,
            archive.shelf('m'),
            retention);
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

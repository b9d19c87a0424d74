package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private record Item(long key, Long priority, String name) {}

  private static final SearchQuery.Sortable<Item> SORTABLE =
      SearchQuery.Sortable.<Item>byKey(Item::key)
          .number("priority", Item::priority)
          .text("name", Item::name);

  /** Ten items: keys 1..10, priorities 10, 20, 30, 40 repeating, names a..j; key 5 has none. */
  private static final List<Item> ITEMS =
      LongStream.rangeClosed(1, 10)
          .mapToObj(
              key ->
                  new Item(
                      key,
                      key == 5 ? null : (key % 4 + 1) * 10,
                      key == 5 ? null : String.valueOf((char) ('a' + key - 1))))
          .toList();

  @Test
  void sortsByTheFieldsInOrderThenByKeyWithMissingValuesLast() {
    assertThat(keys(page("{'sort':[{'field':'priority','order':'DESC'},{'field':'name'}]}")))
        .containsExactly(3L, 7L, 2L, 6L, 10L, 1L, 9L, 4L, 8L, 5L);
    assertThat(keys(page("{'sort':[{'field':'priority','order':'ASC'}]}")))
        .containsExactly(4L, 8L, 1L, 9L, 2L, 6L, 10L, 3L, 7L, 5L);
    assertThat(keys(page("{}"))).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
  }

  @Test
  void unknownSortFieldsAndOrdersAreABadRequest() {
    assertThatThrownBy(
            () -> page("{'sort':[{'field':'creationTime'},{'field':'name','order':'asc'}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown sortBy: creationTime. Unknown sortOrder: asc");
    assertThatThrownBy(() -> page("{'sort':[{'order':'DESC'}]}"))
        .hasMessage("Sort field must not be null");
    assertThatThrownBy(() -> page("{'sort':{'field':'name'}}"))
        .hasMessage("Request property [sort] cannot be parsed");
  }

  @Test
  void offsetPagingCountsEveryMatch() {
    final SearchQuery.Page<Item> page = page("{'page':{'from':8,'limit':5}}");

    assertThat(keys(page)).containsExactly(9L, 10L);
    assertThat(page.info().getTotalItems()).isEqualTo(10);
    assertThat(page.info().getHasMoreTotalItems()).isFalse();
    assertThat(keys(page("{'page':{'limit':0}}"))).isEmpty();
    assertThat(page("{'page':{'limit':0}}").info().getTotalItems()).isEqualTo(10);
    assertThat(page("{'page':{'limit':0}}").info().getEndCursor()).isNull();
  }

  @Test
  void pageLimitIsCamundasAtMostTenThousand() {
    assertThat(keys(page("{'page':{'limit':10000}}"))).hasSize(10);
    assertThatThrownBy(() -> page("{'page':{'limit':10001}}"))
        .hasMessage("The value for page.limit is '10001' but must be between 0 and 10000");
    assertThatThrownBy(() -> page("{'page':{'limit':-1,'from':-2}}"))
        .hasMessage(
            "The value for page.from is '-2' but must be 0 or more. "
                + "The value for page.limit is '-1' but must be between 0 and 10000");
    assertThatThrownBy(() -> page("{'page':{'limit':'ten'}}"))
        .hasMessage("Request property [page.limit] cannot be parsed");
  }

  @Test
  void cursorsPageForwardBackwardAndToTheEnd() {
    final String sort = "'sort':[{'field':'priority','order':'DESC'}]";
    final SearchQuery.Page<Item> first = page("{" + sort + ",'page':{'limit':4}}");
    assertThat(keys(first)).containsExactly(3L, 7L, 2L, 6L);

    final SearchQuery.Page<Item> second =
        page("{" + sort + ",'page':{'limit':4,'after':'" + first.info().getEndCursor() + "'}}");
    assertThat(keys(second)).containsExactly(10L, 1L, 9L, 4L);
    assertThat(second.info().getTotalItems()).isEqualTo(10);

    final SearchQuery.Page<Item> last =
        page("{" + sort + ",'page':{'limit':4,'after':'" + second.info().getEndCursor() + "'}}");
    assertThat(keys(last)).containsExactly(8L, 5L);

    final SearchQuery.Page<Item> end =
        page("{" + sort + ",'page':{'limit':4,'after':'" + last.info().getEndCursor() + "'}}");
    assertThat(keys(end)).isEmpty();
    assertThat(end.info().getStartCursor()).isNull();
    assertThat(end.info().getEndCursor()).isNull();

    final SearchQuery.Page<Item> back =
        page("{" + sort + ",'page':{'limit':4,'before':'" + last.info().getStartCursor() + "'}}");
    assertThat(keys(back)).containsExactly(10L, 1L, 9L, 4L);
    assertThat(back.info().getStartCursor()).isEqualTo(second.info().getStartCursor());
    final SearchQuery.Page<Item> start =
        page("{" + sort + ",'page':{'limit':4,'before':'" + second.info().getStartCursor() + "'}}");
    assertThat(keys(start)).containsExactly(3L, 7L, 2L, 6L);
  }

  @Test
  void aCursorStaysPutWhenItsItemIsGone() {
    final SearchQuery.Page<Item> first = page("{'page':{'limit':3}}");
    final List<Item> withoutTheThird = ITEMS.stream().filter(item -> item.key() != 3).toList();

    final SearchQuery.Page<Item> next =
        query("{'page':{'limit':3,'after':'" + first.info().getEndCursor() + "'}}")
            .page(withoutTheThird);
    assertThat(keys(next)).containsExactly(4L, 5L, 6L);
  }

  @Test
  void badCursorsAndMixedPagingAreABadRequest() {
    final String endCursor = page("{'page':{'limit':2}}").info().getEndCursor();

    assertThatThrownBy(() -> page("{'page':{'after':'not a cursor'}}"))
        .hasMessageStartingWith("The value for page.after is 'not a cursor' but must be a cursor");
    assertThatThrownBy(
            () -> page("{'sort':[{'field':'name'}],'page':{'before':'" + endCursor + "'}}"))
        .as("a cursor of another sort")
        .hasMessageStartingWith("The value for page.before is '" + endCursor + "'");
    assertThatThrownBy(
            () -> page("{'page':{'after':'" + endCursor + "','before':'" + endCursor + "'}}"))
        .hasMessage("Both after and before cannot be set at the same time");
    assertThatThrownBy(() -> page("{'page':{'from':2,'after':'" + endCursor + "'}}"))
        .hasMessage("Both after/before and from cannot be set at the same time");
  }

  @Test
  void unknownPropertiesOfTheRequestAreABadRequest() {
    assertThatThrownBy(
            () ->
                page(
                    "{'filters':{},'page':{'size':5},'sort':[{'field':'name','direction':'DESC'}]}"))
        .hasMessage(
            "Request property [filters] cannot be parsed. "
                + "Request property [sort[0].direction] cannot be parsed. "
                + "Request property [page.size] cannot be parsed");
  }

  /**
   * 300 items in no order, with many ties and missing values: keys 1..300 shuffled, priorities of
   * 10, 20, 30 or none, names of a, b, c or none.
   */
  private static final List<Item> SHUFFLED = shuffledItems();

  /** The sorts checked against {@link #fullSort}, each with its reference order. */
  private static final Map<String, Comparator<Item>> SORTS =
      Map.of(
          "{}",
          byKey(),
          "{'sort':[{'field':'priority','order':'DESC'},{'field':'name'}]}",
          missingLast(Item::priority, true).thenComparing(missingLast(Item::name, false)),
          "{'sort':[{'field':'name','order':'DESC'}]}",
          missingLast(Item::name, true),
          "{'sort':[{'field':'priority'}]}",
          missingLast(Item::priority, false));

  @Test
  void anOffsetPageIsTheSliceOfTheFullSort() {
    SORTS.forEach(
        (sort, order) -> {
          final List<Long> sorted = fullSort(order);
          for (final int from : List.of(0, 1, 49, 150, 299, 300, 500)) {
            for (final int limit : List.of(0, 1, 7, 50, 10_000)) {
              final SearchQuery.Page<Item> page =
                  query(withPage(sort, "'from':" + from + ",'limit':" + limit)).page(SHUFFLED);
              assertThat(keys(page))
                  .as("%s from %d limit %d", sort, from, limit)
                  .isEqualTo(sorted.subList(Math.min(from, 300), Math.min(from + limit, 300)));
              assertThat(page.info().getTotalItems()).isEqualTo(300);
            }
          }
        });
  }

  @Test
  void cursorsWalkTheFullSortForwardAndBack() {
    SORTS.forEach(
        (sort, order) -> {
          final List<SearchQuery.Page<Item>> pages = new ArrayList<>();
          SearchQuery.Page<Item> page = query(withPage(sort, "'limit':7")).page(SHUFFLED);
          while (!page.items().isEmpty()) {
            pages.add(page);
            assertThat(page.info().getTotalItems()).isEqualTo(300);
            page = next(sort, "after", page.info().getEndCursor());
          }
          assertThat(pages.stream().flatMap(one -> keys(one).stream()).toList())
              .as(sort)
              .isEqualTo(fullSort(order));

          for (int i = pages.size() - 1; i > 0; i--) {
            final SearchQuery.Page<Item> back =
                next(sort, "before", pages.get(i).info().getStartCursor());
            assertThat(keys(back))
                .as("%s before page %d", sort, i)
                .isEqualTo(keys(pages.get(i - 1)));
            assertThat(back.info()).isEqualTo(pages.get(i - 1).info());
          }
          assertThat(keys(next(sort, "before", pages.getFirst().info().getStartCursor())))
              .isEmpty();
        });
  }

  @Test
  void aBeforeCursorNearTheStartGivesWhatComesBeforeIt() {
    final String sort = "{'sort':[{'field':'priority','order':'DESC'},{'field':'name'}]}";
    final String fourth =
        query(withPage(sort, "'from':3,'limit':1")).page(SHUFFLED).info().getStartCursor();

    final SearchQuery.Page<Item> page =
        query(withPage(sort, "'limit':10,'before':'" + fourth + "'")).page(SHUFFLED);

    assertThat(keys(page)).isEqualTo(fullSort(SORTS.get(sort)).subList(0, 3));
    assertThat(page.info().getTotalItems()).isEqualTo(300);
  }

  private static SearchQuery.Page<Item> next(
      final String sort, final String direction, final String cursor) {
    return query(withPage(sort, "'limit':7,'" + direction + "':'" + cursor + "'")).page(SHUFFLED);
  }

  /** The request with this page added to its sort (or to none). */
  private static String withPage(final String sort, final String page) {
    return sort.equals("{}")
        ? "{'page':{" + page + "}}"
        : sort.substring(0, sort.length() - 1) + ",'page':{" + page + "}}";
  }

  /** The keys of every item, sorted at once by the order then the key, as a reference. */
  private static List<Long> fullSort(final Comparator<Item> order) {
    return SHUFFLED.stream().sorted(order.thenComparing(byKey())).map(Item::key).toList();
  }

  private static Comparator<Item> byKey() {
    return Comparator.comparingLong(Item::key);
  }

  /** By a value, missing values last in either direction. */
  private static <V extends Comparable<V>> Comparator<Item> missingLast(
      final Function<Item, V> value, final boolean descending) {
    final Comparator<V> direction =
        descending ? Comparator.<V>reverseOrder() : Comparator.<V>naturalOrder();
    return Comparator.comparing(value, Comparator.nullsLast(direction));
  }

  private static List<Item> shuffledItems() {
    final Random random = new Random(16);
    final List<Item> items = new ArrayList<>();
    for (long key = 1; key <= 300; key++) {
      final int priority = random.nextInt(4);
      final int name = random.nextInt(4);
      items.add(
          new Item(
              key,
              priority == 0 ? null : priority * 10L,
              name == 0 ? null : String.valueOf((char) ('a' + name - 1))));
    }
    Collections.shuffle(items, random);
    return List.copyOf(items);
  }

  private static SearchQuery.Page<Item> page(final String request) {
    return query(request).page(ITEMS);
  }

  private static SearchQuery<Item> query(final String request) {
    final SearchProblems problems = new SearchProblems();
    try {
      final SearchQuery<Item> query =
          SearchQuery.parse(JSON.readTree(request.replace('\'', '"')), SORTABLE, problems);
      problems.throwIfAny();
      return query;
    } catch (final IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static List<Long> keys(final SearchQuery.Page<Item> page) {
    return page.items().stream().map(Item::key).toList();
  }
}

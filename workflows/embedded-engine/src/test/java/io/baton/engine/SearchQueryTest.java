package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
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

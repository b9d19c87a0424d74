package io.baton.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import io.camunda.client.protocol.rest.SearchQueryPageResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The envelope of a Camunda 8.8 search request, {@code {"filter", "sort", "page"}}, and how it cuts
 * the matches into one page: sorted by the requested fields in order, ties broken by the item's key
 * (ascending), missing values last; then offset ({@code from}) or cursor ({@code after}, {@code
 * before}) paging. A cursor is opaque to clients: base64 of the sort values and key of the item it
 * points at, so paging stays stable while items come and go.
 *
 * @param <T> the items searched
 */
final class SearchQuery<T> {

  static final int DEFAULT_LIMIT = 100;

  /** Camunda's largest page ({@code page.limit}), the search stores' result window. */
  static final int MAX_LIMIT = 10_000;

  private static final Set<String> REQUEST_PROPERTIES = Set.of("filter", "sort", "page");
  private static final Set<String> SORT_PROPERTIES = Set.of("field", "order");
  private static final Set<String> PAGE_PROPERTIES = Set.of("from", "limit", "after", "before");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode filter;
  private final Sortable<T> sortable;
  private final List<Order<T>> orders;
  private final Comparator<SortKey> comparator;
  private final int from;
  private final int limit;
  private final SortKey after;
  private final SortKey before;

  private SearchQuery(
      final JsonNode filter,
      final Sortable<T> sortable,
      final List<Order<T>> orders,
      final int from,
      final int limit,
      final SortKey after,
      final SortKey before) {
    this.filter = filter;
    this.sortable = sortable;
    this.orders = orders;
    this.from = from;
    this.limit = limit;
    this.after = after;
    this.before = before;
    comparator = comparator(orders);
  }

  /** Reads a request body (null when there is none); problems are recorded, not thrown. */
  static <T> SearchQuery<T> parse(
      final JsonNode body, final Sortable<T> sortable, final SearchProblems problems) {
    final JsonNode request = body == null ? NullNode.instance : body;
    if (!request.isNull() && !request.isObject()) {
      problems.add("The search request must be a JSON object");
      return new SearchQuery<>(
          NullNode.instance, sortable, List.of(), 0, DEFAULT_LIMIT, null, null);
    }
    request
        .propertyStream()
        .map(Map.Entry::getKey)
        .filter(name -> !REQUEST_PROPERTIES.contains(name))
        .forEach(problems::cannotParse);
    final List<Order<T>> orders = orders(request.path("sort"), sortable, problems);
    final JsonNode page = request.path("page");
    if (!page.isMissingNode() && !page.isNull() && !page.isObject()) {
      problems.cannotParse("page");
    }
    page.propertyStream()
        .map(Map.Entry::getKey)
        .filter(name -> !PAGE_PROPERTIES.contains(name))
        .forEach(name -> problems.cannotParse("page." + name));
    final Integer from = integer(page.path("from"), "page.from", problems);
    final Integer limit = integer(page.path("limit"), "page.limit", problems);
    if (from != null && from < 0) {
      problems.add("The value for page.from is '%d' but must be 0 or more".formatted(from));
    }
    if (limit != null && (limit < 0 || limit > MAX_LIMIT)) {
      problems.add(
          "The value for page.limit is '%d' but must be between 0 and %d"
              .formatted(limit, MAX_LIMIT));
    }
    final SortKey after = cursor(page.path("after"), "page.after", orders, problems);
    final SortKey before = cursor(page.path("before"), "page.before", orders, problems);
    if (present(page.path("after")) && present(page.path("before"))) {
      problems.add("Both after and before cannot be set at the same time");
    }
    if (from != null && (present(page.path("after")) || present(page.path("before")))) {
      problems.add("Both after/before and from cannot be set at the same time");
    }
    return new SearchQuery<>(
        request.path("filter"),
        sortable,
        orders,
        from == null ? 0 : from,
        limit == null ? DEFAULT_LIMIT : limit,
        after,
        before);
  }

  /** The request's {@code filter}: missing or null when there is none. */
  JsonNode filter() {
    return filter;
  }

  /**
   * The page of the matches this request asks for, with Camunda's page information ({@code
   * totalItems} counts every match). Only the page and what comes before it in its direction are
   * kept in order ({@link FirstItems}), not every match: the {@code from + limit} first for an
   * offset, the {@code limit} first after an {@code after} cursor, the {@code limit} last before a
   * {@code before} cursor.
   */
  Page<T> page(final List<T> matches) {
    final boolean backward = before != null;
    final Comparator<Keyed<T>> inOrder = Comparator.comparing(Keyed::key, comparator);
    final int skipped = after == null && before == null ? from : 0;
    final FirstItems<Keyed<T>> first =
        new FirstItems<>(
            backward ? inOrder.reversed() : inOrder,
            (int) Math.min(Integer.MAX_VALUE, (long) skipped + limit));
    for (final T item : matches) {
      final SortKey key = sortable.sortKey(item, orders);
      if (isInRange(key)) {
        first.offer(new Keyed<>(key, item));
      }
    }
    final List<Keyed<T>> kept = first.sorted();
    final List<Keyed<T>> taken = kept.subList(Math.min(skipped, kept.size()), kept.size());
    final List<Keyed<T>> page = backward ? taken.reversed() : taken;
    final SearchQueryPageResponse info =
        new SearchQueryPageResponse()
            .totalItems((long) matches.size())
            .hasMoreTotalItems(false)
            .startCursor(page.isEmpty() ? null : encode(page.getFirst().key()))
            .endCursor(page.isEmpty() ? null : encode(page.getLast().key()));
    return new Page<>(page.stream().map(Keyed::item).toList(), info);
  }

  /** Whether an item is on this request's side of its cursor (every item without a cursor). */
  private boolean isInRange(final SortKey key) {
    if (after != null) {
      return comparator.compare(key, after) > 0;
    }
    return before == null || comparator.compare(key, before) < 0;
  }

  private static <T> List<Order<T>> orders(
      final JsonNode sort, final Sortable<T> sortable, final SearchProblems problems) {
    if (sort.isMissingNode() || sort.isNull()) {
      return List.of();
    }
    if (!sort.isArray()) {
      problems.cannotParse("sort");
      return List.of();
    }
    final List<Order<T>> orders = new ArrayList<>();
    for (int i = 0; i < sort.size(); i++) {
      final JsonNode entry = sort.get(i);
      final String at = "sort[" + i + "]";
      if (!entry.isObject()) {
        problems.cannotParse(at);
        continue;
      }
      entry
          .propertyStream()
          .map(Map.Entry::getKey)
          .filter(name -> !SORT_PROPERTIES.contains(name))
          .forEach(name -> problems.cannotParse(at + "." + name));
      final JsonNode field = entry.path("field");
      final JsonNode order = entry.path("order");
      boolean descending = false;
      if (present(order)) {
        if (order.isTextual() && order.asText().equals("DESC")) {
          descending = true;
        } else if (!order.isTextual() || !order.asText().equals("ASC")) {
          problems.add("Unknown sortOrder: " + order.asText());
        }
      }
      if (!present(field)) {
        problems.add("Sort field must not be null");
      } else if (!field.isTextual() || !sortable.fields().containsKey(field.asText())) {
        problems.add("Unknown sortBy: " + field.asText());
      } else {
        orders.add(new Order<>(field.asText(), sortable.fields().get(field.asText()), descending));
      }
    }
    return List.copyOf(orders);
  }

  private static Integer integer(
      final JsonNode value, final String path, final SearchProblems problems) {
    if (!present(value)) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      problems.cannotParse(path);
      return null;
    }
    return value.intValue();
  }

  private static boolean present(final JsonNode value) {
    return !value.isMissingNode() && !value.isNull();
  }

  private static Comparator<SortKey> comparator(final List<? extends Order<?>> orders) {
    return (left, right) -> {
      for (int i = 0; i < orders.size(); i++) {
        final int compared =
            compareMissingLast(
                left.values().get(i), right.values().get(i), orders.get(i).descending());
        if (compared != 0) {
          return compared;
        }
      }
      return Long.compare(left.key(), right.key());
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareMissingLast(
      final Comparable left, final Comparable right, final boolean descending) {
    if (left == null || right == null) {
      return left == right ? 0 : left == null ? 1 : -1;
    }
    final int compared = left.compareTo(right);
    return descending ? -compared : compared;
  }

  private static String encode(final SortKey key) {
    final ArrayNode values = JsonNodeFactory.instance.arrayNode();
    key.values()
        .forEach(
            value -> {
              switch (value) {
                case null -> values.addNull();
                case final Long number -> values.add(number);
                default -> values.add(value.toString());
              }
            });
    values.add(key.key());
    return Base64.getEncoder().encodeToString(values.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The sort key a cursor holds; a string that is not a cursor of this sort is a problem. */
  private static <T> SortKey cursor(
      final JsonNode value,
      final String path,
      final List<Order<T>> orders,
      final SearchProblems problems) {
    if (!present(value)) {
      return null;
    }
    try {
      if (!value.isTextual()) {
        throw new IOException("not a string");
      }
      final JsonNode decoded = JSON.readTree(Base64.getDecoder().decode(value.asText()));
      if (decoded == null || !decoded.isArray() || decoded.size() != orders.size() + 1) {
        throw new IOException("not a cursor of this sort");
      }
      final List<Comparable<?>> values = new ArrayList<>();
      for (int i = 0; i < orders.size(); i++) {
        values.add(orders.get(i).field().read(decoded.get(i)));
      }
      final JsonNode key = decoded.get(orders.size());
      if (!key.canConvertToLong() || !key.isIntegralNumber()) {
        throw new IOException("no key");
      }
      return new SortKey(values, key.longValue());
    } catch (final IOException | IllegalArgumentException e) {
      problems.add(
          "The value for %s is '%s' but must be a cursor (startCursor or endCursor) of a search with the same sort"
              .formatted(path, value.asText()));
      return null;
    }
  }

  /** The items of one page and Camunda's {@code page} object for it. */
  record Page<T>(List<T> items, SearchQueryPageResponse info) {

    /** The same page of other items, one for each: e.g. API views built for this page only. */
    <R> Page<R> map(final Function<T, R> view) {
      return new Page<>(items.stream().map(view).toList(), info);
    }
  }

  /** The fields a search may sort by and the key that breaks ties. */
  record Sortable<T>(Map<String, SortField<T>> fields, ToLongFunction<T> key) {

    static <T> Sortable<T> byKey(final ToLongFunction<T> key) {
      return new Sortable<>(Map.of(), key);
    }

    /** A field whose values are whole numbers (keys, priorities, dates as epoch millis). */
    Sortable<T> number(final String name, final Function<T, Long> value) {
      return with(name, new SortField<>(value, SortField.Kind.NUMBER));
    }

    Sortable<T> text(final String name, final Function<T, String> value) {
      return with(name, new SortField<>(value, SortField.Kind.TEXT));
    }

    private Sortable<T> with(final String name, final SortField<T> field) {
      final Map<String, SortField<T>> more = new LinkedHashMap<>(fields);
      more.put(name, field);
      return new Sortable<>(Map.copyOf(more), key);
    }

    SortKey sortKey(final T item, final List<Order<T>> orders) {
      final List<Comparable<?>> values = new ArrayList<>(orders.size());
      orders.forEach(order -> values.add(order.field().value().apply(item)));
      return new SortKey(values, key.applyAsLong(item));
    }
  }

  /** How to read one sort field of an item (null when the item has no value). */
  record SortField<T>(Function<T, ? extends Comparable<?>> value, Kind kind) {

    enum Kind {
      NUMBER,
      TEXT
    }

    /** A value as a cursor holds it. */
    Comparable<?> read(final JsonNode value) {
      if (value.isNull()) {
        return null;
      }
      return switch (kind) {
        case NUMBER -> {
          if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException("not a number");
          }
          yield value.longValue();
        }
        case TEXT -> {
          if (!value.isTextual()) {
            throw new IllegalArgumentException("not a text");
          }
          yield value.asText();
        }
      };
    }
  }

  private record Order<T>(String name, SortField<T> field, boolean descending) {}

  /** Where an item stands in the sort: its values of the sort fields, then its key. */
  private record SortKey(List<Comparable<?>> values, long key) {}

  private record Keyed<T>(SortKey key, T item) {}
}

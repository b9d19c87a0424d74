package io.baton.retention.revenue.adapter.in.web;

import static io.baton.support.security.Roles.CS_LEADER;
import static io.baton.support.security.Roles.SALES;

import io.baton.retention.revenue.domain.Accountability;
import io.baton.retention.revenue.domain.Basis;
import io.baton.retention.revenue.domain.CustomerSelection;
import io.baton.retention.revenue.domain.Dimension;
import io.baton.retention.revenue.domain.RevenuePeriod;
import io.baton.retention.revenue.domain.Rows;
import io.baton.retention.shared.domain.InputProblem;
import io.baton.retention.shared.domain.InvalidInputException;
import io.baton.support.security.Caller;
import io.baton.support.vocabulary.KebabCase;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * The query parameters of the revenue endpoints, read and checked together: every wrong one is
 * named in one 400. Who may group by which dimension is {@code RetentionAuthorization}'s; which
 * rows the caller sees is decided here: a sales rep (who may group only by {@code sales-owner})
 * sees only their own row, named by their token, never by a parameter.
 */
final class RevenueRequest {

  static final int DEFAULT_SIZE = 50;
  static final int MAX_SIZE = 200;

  private static final String DIMENSIONS =
      Arrays.stream(Dimension.values()).map(Dimension::code).collect(Collectors.joining(", "));

  private static final String BASES =
      Arrays.stream(Basis.values()).map(Basis::code).collect(Collectors.joining(", "));

  private final List<InputProblem> problems = new ArrayList<>();

  private RevenueRequest() {}

  static Accountability.Grouping grouping(
      String dimension, String from, String to, LocalDate today) {
    RevenueRequest request = new RevenueRequest();
    Dimension grouped = request.dimension(dimension);
    RevenuePeriod period = request.checkedPeriod(from, to, today);
    return new Accountability.Grouping(grouped, period, visibleRows(grouped));
  }

  static RevenuePeriod period(String from, String to, LocalDate today) {
    return new RevenueRequest().checkedPeriod(from, to, today);
  }

  /**
   * The customers behind a row: {@code value} names the row ({@code value=} with nothing: the row
   * of customers without a value); left out, every customer of the period — for a sales rep, their
   * own row. {@code basis} says which customers the period selects: {@code closed} in it (left out:
   * these) or {@code lost} in it.
   */
  static Drill drill(
      String dimension,
      String value,
      String from,
      String to,
      String basis,
      String page,
      String size,
      LocalDate today) {
    RevenueRequest request = new RevenueRequest();
    Dimension grouped = request.dimension(dimension);
    Basis selectedBy = request.basis(basis);
    if (grouped != null && value != null && !value.isEmpty() && !grouped.accepts(value)) {
      request.problems.add(
          new InputProblem("value", "must be a month, yyyy-MM, for " + grouped.code()));
    }
    int pageNumber = request.number("page", page, 0, 0, Integer.MAX_VALUE);
    int pageSize = request.number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    RevenuePeriod period = request.checkedPeriod(from, to, today);
    Rows rows = rows(grouped, value);
    return new Drill(
        new CustomerSelection(grouped, period, rows, selectedBy), pageNumber, pageSize);
  }

  /** The rows a caller sees: every one, or a sales rep's own of {@code sales-owner}. */
  private static Rows visibleRows(Dimension dimension) {
    Caller caller = Caller.current();
    if (dimension == Dimension.SALES_OWNER && caller.seesOnlyOwn(SALES, CS_LEADER)) {
      return Rows.only(caller.username());
    }
    return Rows.every();
  }

  private static Rows rows(Dimension dimension, String value) {
    Rows visible = visibleRows(dimension);
    String wanted = value == null || value.isEmpty() ? null : value;
    if (!visible.all()) {
      if (value != null && !Objects.equals(wanted, visible.value())) {
        throw new AccessDeniedException("A sales rep sees only their own customers");
      }
      return visible;
    }
    return value == null ? Rows.every() : Rows.only(wanted);
  }

  private Dimension dimension(String code) {
    if (code == null || code.isBlank()) {
      problems.add(new InputProblem("dimension", "is required: one of " + DIMENSIONS));
      return null;
    }
    return KebabCase.fromCode(Dimension.class, code)
        .orElseGet(
            () -> {
              problems.add(new InputProblem("dimension", "must be one of " + DIMENSIONS));
              return null;
            });
  }

  /** Which customers the period selects: those it closed (the default) or those it lost. */
  private Basis basis(String code) {
    if (code == null || code.isEmpty()) {
      return Basis.CLOSED;
    }
    return KebabCase.fromCode(Basis.class, code)
        .orElseGet(
            () -> {
              problems.add(new InputProblem("basis", "must be one of " + BASES));
              return Basis.CLOSED;
            });
  }

  /** The period; throws every problem found so far with the dates'. */
  private RevenuePeriod checkedPeriod(String from, String to, LocalDate today) {
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    InvalidInputException.throwIf(problems);
    return RevenuePeriod.of(start, end, today);
  }

  private LocalDate date(String name, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(new InputProblem(name, "must be a date, yyyy-MM-dd"));
      return null;
    }
  }

  private int number(String name, String value, int otherwise, int min, int max) {
    if (value == null || value.isEmpty()) {
      return otherwise;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    problems.add(
        new InputProblem(
            name,
            max == Integer.MAX_VALUE
                ? "must be a whole number from " + min
                : "must be a whole number from " + min + " to " + max));
    return otherwise;
  }

  /** The customers asked for and the page of them. */
  record Drill(CustomerSelection selection, int page, int size) {}
}

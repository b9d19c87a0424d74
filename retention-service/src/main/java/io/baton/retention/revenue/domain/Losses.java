package io.baton.retention.revenue.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who did we lose: the customers lost in a period ({@link Basis#LOST}: their ARR went to 0 by a
 * churn on a day in it, whenever they closed), per value of a dimension (a row per value with a
 * customer lost, customers with none in the row of {@code null}, last) and in total, with what
 * their handoffs and onboardings had in common. Only the rows that may be seen are counted, in the
 * rows and in the total alike; so the additive figures add up from the rows to the total.
 */
public record Losses(Dimension dimension, RevenuePeriod period, List<Row> rows, LossFigures total) {

  private static final Comparator<String> VALUES = Comparator.nullsLast(Comparator.naturalOrder());

  /** One value of the dimension (null: unknown) and the figures of its customers lost. */
  public record Row(String value, LossFigures figures) {}

  public static Losses of(Accountability.Grouping grouping, RevenueFacts facts) {
    Dimension dimension = grouping.dimension();
    RevenuePeriod period = grouping.period();
    Map<String, LossSums> groups = new HashMap<>();
    LossSums total = new LossSums();
    for (CustomerFacts customer : facts.customers()) {
      if (!Basis.LOST.selects(customer, period)) {
        continue;
      }
      String value = dimension.valueOf(customer);
      if (!grouping.visible().include(value)) {
        continue;
      }
      groups.computeIfAbsent(value, v -> new LossSums()).add(customer);
      total.add(customer);
    }
    List<String> ordered = new ArrayList<>(groups.keySet());
    ordered.sort(VALUES);
    List<Row> rows = new ArrayList<>(ordered.size());
    for (String value : ordered) {
      rows.add(new Row(value, groups.get(value).figures()));
    }
    return new Losses(dimension, period, List.copyOf(rows), total.figures());
  }
}

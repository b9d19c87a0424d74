package io.baton.retention.revenue.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which campaigns, plays and people bring customers who stay: the revenue figures of the customers
 * closed in a period, per value of a dimension (a row per value, customers with none in the row of
 * {@code null}), and in total. Only the rows that may be seen are counted, in the rows and in the
 * total alike; so additive figures always add up from the rows to the total.
 */
public record Accountability(
    Dimension dimension, RevenuePeriod period, List<Row> rows, Figures total) {

  private static final Comparator<String> VALUES = Comparator.nullsLast(Comparator.naturalOrder());

  /** One value of the dimension (null: unknown) and its figures. */
  public record Row(String value, Figures figures) {}

  /**
   * The figures of the customers whose contract date is in the grouping's period, per value of its
   * dimension, as of {@code today}; only the rows the grouping lets the caller see are counted, in
   * the rows and in the total.
   *
   * @param leads lead-service's counts for the period, null when they are not known
   */
  public static Accountability of(
      Grouping grouping, RevenueFacts facts, LeadCounts leads, LocalDate today) {
    Dimension dimension = grouping.dimension();
    Map<String, FigureSums> groups = new HashMap<>();
    FigureSums total = new FigureSums(today);
    for (CustomerFacts customer : facts.customers()) {
      if (!grouping.period().contains(customer.contractDate())) {
        continue;
      }
      String value = dimension.valueOf(customer);
      if (!grouping.visible().include(value)) {
        continue;
      }
      List<SavePlayFacts> savePlays = facts.savePlaysOf(customer.customerId());
      groups.computeIfAbsent(value, v -> new FigureSums(today)).add(customer, savePlays);
      total.add(customer, savePlays);
    }

    Map<String, LeadCounts.Count> leadRows =
        leads == null || dimension.leadGrouping() == null
            ? null
            : leads.by(dimension.leadGrouping());
    Set<String> values = new HashSet<>(groups.keySet());
    LeadCounts.Count totalLeads = LeadCounts.Count.NONE;
    if (leadRows != null) {
      for (Map.Entry<String, LeadCounts.Count> row : leadRows.entrySet()) {
        if (grouping.visible().include(row.getKey())) {
          values.add(row.getKey());
          totalLeads = totalLeads.plus(row.getValue());
        }
      }
    }

    List<String> ordered = new ArrayList<>(values);
    ordered.sort(VALUES);
    List<Row> rows = new ArrayList<>(ordered.size());
    for (String value : ordered) {
      FigureSums sums = groups.getOrDefault(value, new FigureSums(today));
      rows.add(
          new Row(
              value,
              sums.figures(
                  leadRows == null ? null : leadRows.getOrDefault(value, LeadCounts.Count.NONE))));
    }
    return new Accountability(
        dimension,
        grouping.period(),
        List.copyOf(rows),
        total.figures(leadRows == null ? null : totalLeads));
  }

  /** The figures asked for: by which dimension, over which period, and which rows may be seen. */
  public record Grouping(Dimension dimension, RevenuePeriod period, Rows visible) {}
}

package io.baton.lead.adapter.out.http;

import io.baton.lead.application.RetentionFigures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * retention-service's accountability answer, as far as the feedback reads it: per row (value null:
 * customers without one) the figures {@code arrWon}, {@code arrChurned}, {@code arrDowngraded} and
 * {@code grr365}, each {@code {value, n}}. Unknown keys are ignored.
 */
record AccountabilityResponse(Instant asOf, List<Row> rows) {

  record Row(String value, Figures figures) {}

  record Figures(Figure arrWon, Figure arrChurned, Figure arrDowngraded, Figure grr365) {}

  record Figure(BigDecimal value, long n) {}

  /**
   * Retained ARR is the ARR won less what save plays lost to churn and downgrades (retention serves
   * no retained ARR of its own); null when the ARR won is not known.
   */
  RetentionFigures toFigures(Instant readAt) {
    Map<String, RetentionFigures.Downstream> byValue = new HashMap<>();
    if (rows != null) {
      for (Row row : rows) {
        if (row != null && row.figures() != null) {
          Figures f = row.figures();
          BigDecimal won = valueOf(f.arrWon());
          BigDecimal churned = valueOf(f.arrChurned());
          BigDecimal downgraded = valueOf(f.arrDowngraded());
          BigDecimal retained =
              won == null ? null : won.subtract(orZero(churned)).subtract(orZero(downgraded));
          byValue.put(
              row.value(), new RetentionFigures.Downstream(retained, churned, valueOf(f.grr365())));
        }
      }
    }
    return new RetentionFigures(asOf == null ? readAt : asOf, byValue);
  }

  private static BigDecimal valueOf(Figure figure) {
    return figure == null ? null : figure.value();
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}

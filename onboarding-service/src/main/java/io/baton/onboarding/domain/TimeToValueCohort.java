package io.baton.onboarding.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time to value of the customers who closed in one month in one segment: how many plans there are,
 * how many reached first value, and the median and 90th percentile of their days from contract to
 * first value (linearly interpolated between ranks, null while none reached it).
 */
public record TimeToValueCohort(
    YearMonth closeMonth,
    String segment,
    int plans,
    int reachedFirstValue,
    Double medianDays,
    Double p90Days) {

  /** The cohorts of the given plans, by month of close, then segment. */
  public static List<TimeToValueCohort> of(Collection<TimeToValueSample> samples) {
    Map<YearMonth, Map<String, List<TimeToValueSample>>> cohorts = new TreeMap<>();
    for (TimeToValueSample sample : samples) {
      cohorts
          .computeIfAbsent(YearMonth.from(sample.contractDate()), month -> new TreeMap<>())
          .computeIfAbsent(sample.segment(), segment -> new ArrayList<>())
          .add(sample);
    }
    List<TimeToValueCohort> result = new ArrayList<>();
    cohorts.forEach(
        (month, bySegment) ->
            bySegment.forEach((segment, members) -> result.add(cohort(month, segment, members))));
    return result;
  }

  private static TimeToValueCohort cohort(
      YearMonth month, String segment, List<TimeToValueSample> members) {
    List<Integer> days =
        members.stream()
            .map(TimeToValueSample::timeToValueDays)
            .filter(d -> d != null)
            .sorted(Comparator.naturalOrder())
            .toList();
    return new TimeToValueCohort(
        month,
        segment,
        members.size(),
        days.size(),
        days.isEmpty() ? null : percentile(days, 0.5),
        days.isEmpty() ? null : percentile(days, 0.9));
  }

  /**
   * The {@code p}-quantile of sorted values, interpolated between the closest ranks, to one
   * decimal.
   */
  static double percentile(List<Integer> sorted, double p) {
    double rank = p * (sorted.size() - 1);
    int below = (int) Math.floor(rank);
    int above = (int) Math.ceil(rank);
    double value = sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
    return Math.round(value * 10) / 10.0;
  }
}

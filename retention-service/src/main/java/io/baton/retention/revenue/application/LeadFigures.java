package io.baton.retention.revenue.application;

import io.baton.retention.revenue.domain.LeadCounts;
import io.baton.retention.revenue.domain.RevenuePeriod;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * lead-service's pipeline counts per period, read in the background and never while a request
 * waits: a request takes the counts there are ({@link #lookup}) and notes its period as wanted; the
 * schedule ({@link #refresh}) reads the wanted periods' counts that are missing or older than
 * {@code baton.revenue.lead-figures.max-age}. While lead-service cannot be read, the counts read
 * before stay, with the time they were read.
 */
@Component
public class LeadFigures {

  private static final Logger log = LoggerFactory.getLogger(LeadFigures.class);

  private final LeadPipeline pipeline;
  private final RevenueProperties.LeadFigures settings;
  private final Clock clock;
  private final Map<RevenuePeriod, Wanted> periods = new ConcurrentHashMap<>();

  public LeadFigures(LeadPipeline pipeline, RevenueProperties properties, Clock clock) {
    this.pipeline = pipeline;
    this.settings = properties.leadFigures();
    this.clock = clock;
  }

  /** The counts read for the period, if any; notes the period as wanted for the next refresh. */
  public Optional<LeadCounts> lookup(RevenuePeriod period) {
    Instant now = clock.instant();
    Wanted wanted =
        periods.compute(
            period, (p, known) -> known == null ? new Wanted(null, now) : known.askedAt(now));
    if (periods.size() > settings.periods()) {
      periods.entrySet().stream()
          .min(Comparator.comparing(entry -> entry.getValue().askedAt()))
          .ifPresent(oldest -> periods.remove(oldest.getKey(), oldest.getValue()));
    }
    return Optional.ofNullable(wanted.counts());
  }

  /**
   * Reads the counts of the wanted periods that have none or old ones, most recently asked for
   * first, and forgets the periods nobody asked for in {@code forget-after}. Stops at the first
   * period lead-service cannot give: the next refresh tries again.
   *
   * @return how many periods' counts it read
   */
  public int refresh() {
    Instant now = clock.instant();
    periods
        .entrySet()
        .removeIf(e -> e.getValue().askedAt().isBefore(now.minus(settings.forgetAfter())));
    List<Map.Entry<RevenuePeriod, Wanted>> due =
        periods.entrySet().stream()
            .filter(entry -> entry.getValue().due(now, settings))
            .sorted(
                Comparator.comparing((Map.Entry<RevenuePeriod, Wanted> e) -> e.getValue().askedAt())
                    .reversed())
            .toList();
    int read = 0;
    for (Map.Entry<RevenuePeriod, Wanted> entry : due) {
      RevenuePeriod period = entry.getKey();
      LeadCounts counts;
      try {
        counts = pipeline.countsFor(period);
      } catch (LeadPipelineUnavailableException e) {
        log.warn(
            "Lead figures for {} to {} not read now ({} periods waiting): {}",
            period.from(),
            period.to(),
            due.size() - read,
            e.getMessage());
        break;
      }
      periods.computeIfPresent(period, (p, known) -> known.with(counts));
      read++;
    }
    return read;
  }

  /**
   * A period asked for: the counts read for it (null: none yet), and when it was last asked for.
   */
  private record Wanted(LeadCounts counts, Instant askedAt) {

    Wanted askedAt(Instant now) {
      return new Wanted(counts, now);
    }

    Wanted with(LeadCounts read) {
      return new Wanted(read, askedAt);
    }

    boolean due(Instant now, RevenueProperties.LeadFigures settings) {
      return counts == null || counts.readAt().isBefore(now.minus(settings.maxAge()));
    }
  }
}

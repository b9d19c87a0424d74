package io.baton.retention.saveplay.application;

import io.baton.retention.saveplay.domain.ArrAtRisk;
import io.baton.retention.saveplay.domain.CohortRetention;
import io.baton.retention.saveplay.domain.PlayResults;
import io.baton.retention.saveplay.domain.RevenueFigures;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Which work protected revenue: per play what it kept and lost and how often it won ({@link
 * PlayResults}), gross and net revenue retention per contract-month cohort ({@link
 * CohortRetention}), and the ARR at risk now ({@link ArrAtRisk}).
 */
@Service
public class RevenueQueries {

  private final RevenueFigures figures;
  private final Clock clock;

  public RevenueQueries(RevenueFigures figures, Clock clock) {
    this.figures = figures;
    this.clock = clock;
  }

  public RevenueView revenue() {
    return new RevenueView(
        figures.playResults(), figures.cohorts(), figures.arrAtRisk(), clock.instant());
  }

  /** The revenue figures as of one moment. */
  public record RevenueView(
      List<PlayResults> plays, List<CohortRetention> cohorts, ArrAtRisk arrAtRisk, Instant asOf) {}
}

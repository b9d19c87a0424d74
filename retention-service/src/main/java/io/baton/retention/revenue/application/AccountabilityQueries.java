package io.baton.retention.revenue.application;

import io.baton.retention.revenue.domain.Accountability;
import io.baton.retention.revenue.domain.ChurnPredictors;
import io.baton.retention.revenue.domain.CustomerDetail;
import io.baton.retention.revenue.domain.CustomerFacts;
import io.baton.retention.revenue.domain.CustomerSelection;
import io.baton.retention.revenue.domain.LeadCounts;
import io.baton.retention.revenue.domain.Losses;
import io.baton.retention.revenue.domain.RevenuePeriod;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The revenue figures, computed from the read model in memory per request (never from the
 * database): accountability by a dimension, the customers lost by a dimension, churn predictors,
 * and the customers behind a row.
 */
@Service
public class AccountabilityQueries {

  private final RevenueReadModel readModel;
  private final LeadFigures leadFigures;
  private final RevenueSources sources;
  private final Clock clock;

  public AccountabilityQueries(
      RevenueReadModel readModel, LeadFigures leadFigures, RevenueSources sources, Clock clock) {
    this.readModel = readModel;
    this.leadFigures = leadFigures;
    this.sources = sources;
    this.clock = clock;
  }

  /** Today (UTC): the horizons that have passed, and the default period's end. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  public RevenueAnswer<Accountability> accountability(Accountability.Grouping grouping) {
    readModel.awaitLoaded();
    Instant asOf = readModel.asOf();
    Optional<LeadCounts> leads =
        grouping.dimension().leadGrouping() == null
            ? Optional.empty()
            : leadFigures.lookup(grouping.period());
    return new RevenueAnswer<>(
        Accountability.of(grouping, readModel, leads.orElse(null), today()),
        asOf,
        leads.map(LeadCounts::readAt).orElse(null));
  }

  /** The customers lost in the grouping's period, per value of its dimension, and in total. */
  public RevenueAnswer<Losses> losses(Accountability.Grouping grouping) {
    readModel.awaitLoaded();
    Instant asOf = readModel.asOf();
    return new RevenueAnswer<>(Losses.of(grouping, readModel), asOf, null);
  }

  public RevenueAnswer<ChurnPredictors> churnPredictors(RevenuePeriod period) {
    readModel.awaitLoaded();
    Instant asOf = readModel.asOf();
    return new RevenueAnswer<>(ChurnPredictors.of(period, readModel, today()), asOf, null);
  }

  /**
   * The page (from 0, of {@code size}) of the customers behind a row, most recently closed (or, for
   * the customers lost, lost) first: chosen from the read model, shown as they are stored now.
   */
  public RevenueAnswer<CustomerPage> customers(CustomerSelection selection, int page, int size) {
    readModel.awaitLoaded();
    Instant asOf = readModel.asOf();
    List<CustomerFacts> selected = selection.from(readModel);
    int first = (int) Math.min((long) page * size, selected.size());
    List<String> ids =
        selected.subList(first, Math.min(first + size, selected.size())).stream()
            .map(CustomerFacts::customerId)
            .toList();
    Map<String, CustomerDetail> details =
        sources.details(ids).stream()
            .collect(Collectors.toMap(CustomerDetail::customerId, Function.identity()));
    List<CustomerDetail> shown =
        ids.stream().map(details::get).filter(detail -> detail != null).toList();
    return new RevenueAnswer<>(new CustomerPage(page, size, selected.size(), shown), asOf, null);
  }
}

package io.baton.lead.application;

import io.baton.lead.domain.Lead;
import io.baton.lead.domain.LeadPipeline;
import io.baton.lead.domain.Leads;
import io.baton.lead.domain.SourceFeedback;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Marketing's closed loop: per campaign or per source channel, the leads received in a period and
 * what became of them. Reads the leads one at a time, so memory grows with the number of campaigns,
 * not of leads.
 */
@Service
public class CampaignFeedback {

  private final Leads leads;
  private final RetentionFiguresCache retention;

  public CampaignFeedback(Leads leads, RetentionFiguresCache retention) {
    this.leads = leads;
    this.retention = retention;
  }

  /**
   * retention-service's figures per campaign or source channel for the customers closed on the days
   * of {@code [from, to)} (UTC), as last read in the background; empty when none was read yet or
   * retention could not answer.
   */
  public Optional<RetentionFigures> retentionFigures(
      RetentionFigures.Dimension dimension, Instant from, Instant to) {
    return retention.figuresFor(
        dimension,
        LocalDate.ofInstant(from, ZoneOffset.UTC),
        LocalDate.ofInstant(to.minusNanos(1), ZoneOffset.UTC));
  }

  /** Feedback per campaign for the leads received in {@code [from, to)}, biggest first. */
  public List<SourceFeedback> perCampaign(Instant from, Instant to) {
    return tally(from, to, lead -> lead.source().campaign());
  }

  /** Feedback per source channel for the leads received in {@code [from, to)}, biggest first. */
  public List<SourceFeedback> perSource(Instant from, Instant to) {
    return tally(from, to, lead -> lead.source().channel().code());
  }

  /**
   * The leads received from {@code from} to {@code to} (UTC days, both included) and those
   * converted, per campaign, source channel, play, owner and month received.
   */
  public LeadPipeline pipeline(LocalDate from, LocalDate to) {
    return leads.pipelineReceivedBetween(
        from.atStartOfDay(ZoneOffset.UTC).toInstant(),
        to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private List<SourceFeedback> tally(Instant from, Instant to, Function<Lead, String> keyOf) {
    Map<String, SourceFeedback> feedback = new LinkedHashMap<>();
    leads.forEachReceivedBetween(
        from,
        to,
        lead -> feedback.computeIfAbsent(keyOf.apply(lead), SourceFeedback::new).add(lead));
    return feedback.values().stream()
        .sorted(
            Comparator.comparingLong(SourceFeedback::leads)
                .reversed()
                .thenComparing(SourceFeedback::key))
        .toList();
  }
}

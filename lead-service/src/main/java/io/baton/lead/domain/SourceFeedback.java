package io.baton.lead.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Marketing's closed loop for one campaign or source channel: how many leads it brought, how fast
 * they were contacted, how many became opportunities, why the others were lost, and the ARR of the
 * deals they converted into.
 */
public final class SourceFeedback {

  private final String key;
  private long leads;
  private long contacted;
  private final List<Duration> timesToFirstContact = new ArrayList<>();
  private long qualified;
  private long disqualified;
  private long nurtured;
  private final Map<LossReason, Long> disqualifiedByReason = new EnumMap<>(LossReason.class);
  private final Map<LossReason, Long> nurturedByReason = new EnumMap<>(LossReason.class);
  private long converted;
  private BigDecimal convertedArr = BigDecimal.ZERO;

  public SourceFeedback(String key) {
    this.key = key;
  }

  /** Counts the lead in. */
  public void add(Lead lead) {
    leads++;
    if (lead.timeToFirstContact() != null) {
      timesToFirstContact.add(lead.timeToFirstContact());
    }
    if (lead.contacted()) {
      contacted++;
    }
    if (lead.qualifiedAt() != null || lead.status() == LeadStatus.CONVERTED) {
      qualified++;
    }
    Outcome outcome = lead.outcome();
    if (outcome == null) {
      return;
    }
    switch (outcome.type()) {
      case DISQUALIFIED -> {
        disqualified++;
        disqualifiedByReason.merge(outcome.reason(), 1L, Long::sum);
      }
      case NURTURE -> {
        nurtured++;
        nurturedByReason.merge(outcome.reason(), 1L, Long::sum);
      }
      case CONVERTED -> {
        converted++;
        convertedArr = convertedArr.add(outcome.deal().arr());
      }
      case QUALIFIED -> {}
    }
  }

  /** The median time to first contact of the leads that were tried; null if none was. */
  public Duration medianTimeToFirstContact() {
    return percentile(50);
  }

  /** The 90th percentile of the time to first contact; null if no lead was tried. */
  public Duration p90TimeToFirstContact() {
    return percentile(90);
  }

  /** Nearest-rank percentile: the smallest time that {@code percent} % of the leads beat or met. */
  private Duration percentile(int percent) {
    if (timesToFirstContact.isEmpty()) {
      return null;
    }
    List<Duration> sorted = new ArrayList<>(timesToFirstContact);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  public String key() {
    return key;
  }

  public long leads() {
    return leads;
  }

  public long contacted() {
    return contacted;
  }

  public long qualified() {
    return qualified;
  }

  public long disqualified() {
    return disqualified;
  }

  public long nurtured() {
    return nurtured;
  }

  public Map<LossReason, Long> disqualifiedByReason() {
    return Collections.unmodifiableMap(disqualifiedByReason);
  }

  public Map<LossReason, Long> nurturedByReason() {
    return Collections.unmodifiableMap(nurturedByReason);
  }

  public long converted() {
    return converted;
  }

  public BigDecimal convertedArr() {
    return convertedArr;
  }
}

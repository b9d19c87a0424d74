package io.baton.lead.domain;

import java.util.List;

/**
 * The leads received in a period and how many of them converted into a won deal, grouped by
 * campaign, source channel, play, owner and the month they came in (UTC, {@code yyyy-MM}). A row's
 * value is null for the leads without one; rows are sorted by value, the unknown row last.
 */
public record LeadPipeline(
    List<Row> campaign,
    List<Row> sourceChannel,
    List<Row> play,
    List<Row> owner,
    List<Row> receivedMonth) {

  public LeadPipeline {
    campaign = List.copyOf(campaign);
    sourceChannel = List.copyOf(sourceChannel);
    play = List.copyOf(play);
    owner = List.copyOf(owner);
    receivedMonth = List.copyOf(receivedMonth);
  }

  /** The leads with one value of a grouping (null: without one), and those of them converted. */
  public record Row(String value, long leads, long converted) {}
}

package io.baton.retention.revenue.adapter.out.http;

import io.baton.retention.revenue.domain.LeadCounts;
import io.baton.retention.revenue.domain.LeadGrouping;
import java.time.Instant;
import java.util.List;

/**
 * lead-service's pipeline for a period: per grouping, a row per value (null: leads without one)
 * with the leads received and those converted. Unknown keys are ignored; a grouping left out has no
 * rows.
 */
record LeadPipelineResponse(
    List<Row> campaign,
    List<Row> sourceChannel,
    List<Row> play,
    List<Row> owner,
    List<Row> receivedMonth) {

  record Row(String value, long leads, long converted) {}

  LeadCounts toCounts(Instant readAt) {
    LeadCounts.Builder counts = LeadCounts.readAt(readAt);
    add(counts, LeadGrouping.CAMPAIGN, campaign);
    add(counts, LeadGrouping.SOURCE_CHANNEL, sourceChannel);
    add(counts, LeadGrouping.PLAY, play);
    add(counts, LeadGrouping.OWNER, owner);
    add(counts, LeadGrouping.RECEIVED_MONTH, receivedMonth);
    return counts.build();
  }

  private static void add(LeadCounts.Builder counts, LeadGrouping grouping, List<Row> rows) {
    if (rows != null) {
      for (Row row : rows) {
        if (row != null) {
          counts.add(grouping, row.value(), row.leads(), row.converted());
        }
      }
    }
  }
}

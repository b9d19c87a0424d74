package io.baton.retention.revenue.domain;

/** How lead-service's pipeline groups its lead and conversion counts. */
public enum LeadGrouping {
  CAMPAIGN,
  SOURCE_CHANNEL,
  PLAY,
  OWNER,
  RECEIVED_MONTH
}

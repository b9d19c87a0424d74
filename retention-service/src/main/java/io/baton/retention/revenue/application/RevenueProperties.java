package io.baton.retention.revenue.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code baton.revenue.*}: how the revenue read model is kept.
 *
 * @param refresh how often it takes in the customers and save plays changed since it last looked
 *     (the first run, at start, loads them all)
 * @param overlap how far before its previous look each look reaches back, so that a write in flight
 *     then, or stamped by a replica whose clock is a little behind, is not missed
 * @param firstLoadWait how long a request waits for the first load before it is answered 503
 * @param leadFigures how lead-service's pipeline counts are kept
 */
@ConfigurationProperties("baton.revenue")
public record RevenueProperties(
    @DefaultValue("PT15S") Duration refresh,
    @DefaultValue("PT1M") Duration overlap,
    @DefaultValue("PT10S") Duration firstLoadWait,
    @DefaultValue LeadFigures leadFigures) {

  /**
   * @param maxAge counts older than this are read again, on the next refresh
   * @param periods how many periods' counts are kept: those asked for most recently
   * @param forgetAfter the counts of a period nobody asked for this long are dropped
   */
  public record LeadFigures(
      @DefaultValue("PT5M") Duration maxAge,
      @DefaultValue("32") int periods,
      @DefaultValue("PT24H") Duration forgetAfter) {}
}

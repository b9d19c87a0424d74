package io.baton.retention.revenue.application;

import io.baton.retention.revenue.domain.LeadCounts;
import io.baton.retention.revenue.domain.RevenuePeriod;

/** lead-service's pipeline: leads received and converted in a period, grouped its ways. */
public interface LeadPipeline {

  /**
   * @throws LeadPipelineUnavailableException when lead-service cannot answer now, or refuses
   */
  LeadCounts countsFor(RevenuePeriod period);
}

package io.baton.onboarding.domain;

import java.time.Instant;

/**
 * Something that stops a checkpoint from moving, reported as soon as it is known. Its id ({@code
 * blocker-1}, {@code blocker-2}, …) is numbered per plan, so it is stable across retries.
 */
public record Blocker(
    String blockerId,
    String checkpointId,
    String description,
    String reportedBy,
    Instant reportedAt) {

  boolean isSameReport(String checkpointId, String description, String reportedBy) {
    return this.checkpointId.equals(checkpointId)
        && this.description.equals(description)
        && this.reportedBy.equals(reportedBy);
  }
}

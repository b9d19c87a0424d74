package io.baton.handoff.domain;

import java.time.Instant;
import java.util.List;

/**
 * What acquisition knew about the customer before the deal: where the lead came from, what it asked
 * for ({@code interest}, a kebab-case code), the play it was worked with and that play's SLA tier,
 * its owner, when it came in, when it was first tried and when first contact was due by the tier
 * ({@code firstContactDueAt}, null if no owner was ever assigned), every follow-up attempt and
 * note. {@code available} is false when the deal names no lead or lead-service does not know it:
 * then the brief has to carry everything. Handoffs stored before the lineage keys existed read them
 * as null.
 */
public record LeadContext(
    String leadId,
    boolean available,
    String channel,
    String campaign,
    String interest,
    String play,
    String slaTier,
    String owner,
    Instant receivedAt,
    Instant firstContactAt,
    Instant firstContactDueAt,
    List<FollowUpAttempt> attempts,
    List<String> notes,
    Instant fetchedAt) {

  public LeadContext {
    attempts = attempts == null ? List.of() : List.copyOf(attempts);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  public static LeadContext missing(String leadId, Instant at) {
    return new LeadContext(
        leadId, false, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
        at);
  }

  /** One follow-up of the lead before it was won. */
  public record FollowUpAttempt(String channel, String outcome, String notes, Instant at) {}
}

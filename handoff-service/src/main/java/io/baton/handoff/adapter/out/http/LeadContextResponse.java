package io.baton.handoff.adapter.out.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.baton.handoff.domain.LeadContext;
import java.time.Instant;
import java.util.List;

/**
 * lead-service's answer to {@code GET /api/leads/{leadId}/context}: the keys the handoff keeps, the
 * rest ignored. {@code play} is an object with {@code name} and {@code slaTier} (older answers sent
 * the name alone).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record LeadContextResponse(
    String leadId,
    Source source,
    String interest,
    JsonNode play,
    String owner,
    List<Attempt> attempts,
    List<String> notes,
    Instant receivedAt,
    Instant firstContactAt,
    Instant firstContactDueAt) {

  LeadContext toLeadContext(Instant fetchedAt) {
    return new LeadContext(
        leadId,
        true,
        source == null ? null : source.channel(),
        source == null ? null : source.campaign(),
        interest,
        playName(),
        playField("slaTier"),
        owner,
        receivedAt,
        firstContactAt,
        firstContactDueAt,
        attempts == null
            ? List.of()
            : attempts.stream()
                .map(
                    a ->
                        new LeadContext.FollowUpAttempt(
                            a.channel(), a.outcome(), a.notes(), a.at()))
                .toList(),
        notes,
        fetchedAt);
  }

  private String playName() {
    if (play != null && play.isTextual()) {
      return play.asText();
    }
    return playField("name");
  }

  private String playField(String field) {
    if (play == null || !play.isObject()) {
      return null;
    }
    return play.path(field).asText(null);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Source(String channel, String campaign) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Attempt(String channel, String outcome, String notes, Instant at) {}
}

package io.baton.handoff.adapter.out.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.baton.handoff.domain.LeadContext;
import java.time.Instant;
import java.util.List;

/** lead-service's answer to {@code GET /api/leads/{leadId}/context}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record LeadContextResponse(
    String leadId, Source source, JsonNode play, List<Attempt> attempts, List<String> notes) {

  LeadContext toLeadContext(Instant fetchedAt) {
    return new LeadContext(
        leadId,
        true,
        source == null ? null : source.channel(),
        source == null ? null : source.campaign(),
        playName(),
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
    if (play == null || play.isNull()) {
      return null;
    }
    return play.isTextual() ? play.asText() : play.path("name").asText(null);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Source(String channel, String campaign) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Attempt(String channel, String outcome, String notes, Instant at) {}
}

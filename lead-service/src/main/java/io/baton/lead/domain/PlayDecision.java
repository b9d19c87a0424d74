package io.baton.lead.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The play the {@code lead-play} decision picked, with the inputs it saw and why: anyone can see
 * why this play was chosen.
 */
public record PlayDecision(
    String decisionId,
    Map<String, Object> inputs,
    String playName,
    String slaTier,
    String talkTrack,
    String nextStep,
    String reason,
    Instant decidedAt) {

  public PlayDecision {
    inputs = inputs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
  }
}

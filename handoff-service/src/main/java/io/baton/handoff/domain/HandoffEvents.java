package io.baton.handoff.domain;

import java.time.Instant;

/** What a handoff keeps of its history. */
public final class HandoffEvents {

  private HandoffEvents() {}

  /** The handoff entered a status at a moment. */
  public record StatusChange(HandoffStatus status, Instant at) {}

  /** An account manager returned the handoff to sales with questions. */
  public record Return(int round, String questions, Instant at) {}

  /** A deadline passed: {@code stage} is {@code brief} or {@code acceptance}. */
  public record Escalation(String stage, int round, Instant at) {}
}

package io.baton.handoff.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where handoffs are kept. */
public interface Handoffs {

  Optional<Handoff> find(String dealId);

  /** Handoffs matching every given criterion (null means any), most recently won first. */
  List<Handoff> search(HandoffStatus status, String owner, Instant overdueAt, int limit);

  /** How many handoffs are past the deadline of the step they wait for. */
  long countOverdue(Instant now);

  /** Stores a new handoff; empty if one for the same deal exists already. */
  Optional<Handoff> add(Handoff handoff);

  /** Stores a changed handoff; fails if someone else changed it meanwhile. */
  Handoff update(Handoff handoff);
}

package io.baton.handoff.domain;

import java.util.List;
import java.util.Optional;

/** Where handoffs are kept. */
public interface Handoffs {

  Optional<Handoff> find(String dealId);

  List<Handoff> recent(int limit);

  /** Stores a new handoff; empty if one for the same deal exists already. */
  Optional<Handoff> add(Handoff handoff);

  /** Stores a changed handoff; fails if someone else changed it meanwhile. */
  Handoff update(Handoff handoff);
}

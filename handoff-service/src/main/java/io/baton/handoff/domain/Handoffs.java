package io.baton.handoff.domain;

import io.baton.support.unitofwork.AggregateStore;
import java.time.Instant;
import java.util.List;

/** Where handoffs are kept, one per deal: the deal id is the handoff's id. */
public interface Handoffs extends AggregateStore<Handoff> {

  /** Handoffs matching every given criterion (null means any), most recently won first. */
  List<Handoff> search(HandoffStatus status, String owner, Instant overdueAt, int limit);

  /** How many handoffs are past the deadline of the step they wait for. */
  long countOverdue(Instant now);
}

package io.baton.handoff.application;

/** The MongoDB collections handoff-service owns. */
public final class HandoffCollections {

  public static final String HANDOFFS = "handoffs";

  private HandoffCollections() {}
}

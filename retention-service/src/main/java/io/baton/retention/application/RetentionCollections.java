package io.baton.retention.application;

/** The MongoDB collections retention-service owns. */
public final class RetentionCollections {

  public static final String CUSTOMERS = "customers";
  public static final String SIGNALS = "signals";
  public static final String INTERVENTIONS = "interventions";

  private RetentionCollections() {}
}

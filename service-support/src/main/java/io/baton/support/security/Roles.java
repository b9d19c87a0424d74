package io.baton.support.security;

/** The roles a Baton token can carry, as its roles claim names them. */
public final class Roles {

  public static final String MARKETING = "marketing";
  public static final String SALES = "sales";
  public static final String ACCOUNT_MANAGER = "account-manager";
  public static final String SERVICE_AGENT = "service-agent";
  public static final String CS_LEADER = "cs-leader";
  public static final String ADMIN = "admin";

  /**
   * Integrations and the services themselves: CRM webhooks, signal feeds, service-to-service calls.
   */
  public static final String SYSTEM = "system";

  private Roles() {}
}

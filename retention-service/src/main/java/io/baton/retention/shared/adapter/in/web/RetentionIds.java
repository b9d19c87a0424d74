package io.baton.retention.shared.adapter.in.web;

/**
 * The ids clients choose: customer ids are deal ids; signal ids are the sender's and may be paths
 * of its own ids ({@code onboarding-slip:deal-1/kickoff}).
 */
public final class RetentionIds {

  public static final String PATTERN = "[A-Za-z0-9._:-]+";
  public static final String MESSAGE = "may contain only letters, digits, '.', '_', ':' and '-'";
  public static final String SIGNAL_PATTERN = "[A-Za-z0-9._:/-]+";
  public static final String SIGNAL_MESSAGE =
      "may contain only letters, digits, '.', '_', ':', '/' and '-'";
  public static final String KEBAB_CASE = "[a-z0-9]+(-[a-z0-9]+)*";

  private RetentionIds() {}
}

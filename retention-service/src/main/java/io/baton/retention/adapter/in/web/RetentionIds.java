package io.baton.retention.adapter.in.web;

/**
 * The ids clients choose: customer ids are deal ids; signal ids are the sender's and may be paths
 * of its own ids ({@code onboarding-slip:deal-1/kickoff}).
 */
final class RetentionIds {

  static final String PATTERN = "[A-Za-z0-9._:-]+";
  static final String MESSAGE = "may contain only letters, digits, '.', '_', ':' and '-'";
  static final String SIGNAL_PATTERN = "[A-Za-z0-9._:/-]+";
  static final String SIGNAL_MESSAGE =
      "may contain only letters, digits, '.', '_', ':', '/' and '-'";
  static final String KEBAB_CASE = "[a-z0-9]+(-[a-z0-9]+)*";

  private RetentionIds() {}
}

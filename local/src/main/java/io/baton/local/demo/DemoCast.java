package io.baton.local.demo;

import java.util.List;
import java.util.stream.Stream;

/**
 * The people of the demo, all local users ({@code local-users.yml}): who receives the leads, who
 * closes and briefs the deals, who accepts and onboards the customers, who looks after them, and
 * who reads the figures. The reps are the members of lead-service's tier teams, so the leads they
 * are dealt are theirs to work.
 */
public final class DemoCast {

  /** Marketing: every lead comes in through her. */
  public static final String MARKETING = "mia";

  /** Sales reps: they work the leads they are dealt, and close and brief the deals. */
  public static final List<String> REPS = List.of("sam", "rita", "omar", "lee");

  /** The rep whose briefs come back with questions noticeably more often. */
  public static final String RETURNED_REP = "omar";

  public static final List<String> ACCOUNT_MANAGERS = List.of("amy", "alex", "nora", "theo");

  /** Service agents: they send the health signals and ask for save plays. */
  public static final List<String> SERVICE_AGENTS = List.of("sue", "ivan");

  /** The CS leader: reads every journey and the revenue figures. */
  public static final String CS_LEADER = "cleo";

  private DemoCast() {}

  /** Everyone the demo signs in as. */
  public static List<String> everyone() {
    return Stream.of(List.of(MARKETING, CS_LEADER), REPS, ACCOUNT_MANAGERS, SERVICE_AGENTS)
        .flatMap(List::stream)
        .toList();
  }
}

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

  /**
   * The sales manager: reviews the leads the speed-to-lead clock returned to the queue and gives
   * them back to their reps.
   */
  public static final String SALES_MANAGER = "max";

  /** The rep whose briefs come back with questions noticeably more often. */
  public static final String RETURNED_REP = "omar";

  public static final List<String> ACCOUNT_MANAGERS = List.of("amy", "alex", "nora", "theo");

  /** Service agents: they send the health signals and ask for save plays. */
  public static final List<String> SERVICE_AGENTS = List.of("sue", "ivan");

  /** The CS leader: reads every journey and the revenue figures, and sponsors large save plays. */
  public static final String CS_LEADER = "cleo";

  /**
   * The administrator: records what a rep did on a lead that sits in its team's queue with no
   * review due yet, which no rep may see.
   */
  public static final String ADMIN = "ada";

  private DemoCast() {}

  /** Everyone the demo signs in as. */
  public static List<String> everyone() {
    return Stream.of(
            List.of(MARKETING, SALES_MANAGER, CS_LEADER, ADMIN),
            REPS,
            ACCOUNT_MANAGERS,
            SERVICE_AGENTS)
        .flatMap(List::stream)
        .toList();
  }
}

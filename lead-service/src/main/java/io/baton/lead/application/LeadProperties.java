package io.baton.lead.application;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lead settings ({@code baton.leads.*}).
 *
 * @param duplicateWindow how long the same contact email asking through the same campaign is
 *     recognised as the same lead
 * @param tiers per SLA tier (as the {@code lead-play} decision names them): the team whose reps
 *     take its leads in turn, and its speed-to-lead clock
 * @param cadence how often a lead nobody reached is tried before it returns to nurture
 */
@ConfigurationProperties("baton.leads")
public record LeadProperties(
    @DefaultValue("P30D") Duration duplicateWindow,
    Map<String, Tier> tiers,
    @DefaultValue Cadence cadence) {

  public LeadProperties {
    tiers = tiers == null ? Map.of() : Map.copyOf(tiers);
  }

  /** The settings of a tier; fails clearly when the decision names a tier nobody configured. */
  public Tier tier(String name) {
    Tier tier = tiers.get(name);
    if (tier == null) {
      throw new IllegalStateException(
          "No baton.leads.tiers." + name + " is configured; configured tiers: " + tiers.keySet());
    }
    return tier;
  }

  /**
   * One SLA tier.
   *
   * @param team the team (and Tasklist candidate group) whose queue takes the tier's leads
   * @param members the team's reps, who get new leads in turn
   * @param notifyOwnerAfter first contact is due this long after the lead came in; then the owner
   *     is notified
   * @param reassignAfter after this long without contact the lead goes back to the team's queue
   * @param escalateAfter after this long without contact the sales managers review the lead
   * @param taskPriority the priority (0 to 100) of the tier's tasks in Tasklist
   */
  public record Tier(
      String team,
      List<String> members,
      Duration notifyOwnerAfter,
      Duration reassignAfter,
      Duration escalateAfter,
      @DefaultValue("50") int taskPriority) {

    public Tier {
      members = members == null ? List.of() : List.copyOf(members);
    }
  }

  /**
   * The follow-up cadence.
   *
   * @param maxAttempts attempts without contact before the lead returns to nurture as unreachable
   * @param attemptInterval the wait between two attempts
   */
  public record Cadence(
      @DefaultValue("6") int maxAttempts, @DefaultValue("P1D") Duration attemptInterval) {}
}

package io.baton.lead.application;

import io.baton.lead.domain.Lead;
import io.baton.lead.domain.OwnerRotations;
import io.baton.lead.domain.PlayDecision;
import io.baton.support.unitofwork.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * The play is decided: keep it on the lead (with the inputs it was decided from), give the lead the
 * next rep of its tier's team in turn, and start the speed-to-lead clock. A lead that has its owner
 * keeps it, so a retried job assigns nobody else.
 */
@Service
public class AssigningOwner {

  private final UnitOfWork<Lead> leadWork;
  private final OwnerRotations rotations;
  private final LeadProperties properties;
  private final Clock clock;

  public AssigningOwner(
      UnitOfWork<Lead> leadWork, OwnerRotations rotations, LeadProperties properties, Clock clock) {
    this.leadWork = leadWork;
    this.rotations = rotations;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Assigns the lead worked by the follow-up instance {@code followUpKey} (null outside a process).
   */
  public OwnerAndClock assign(String leadId, PlayDecision play, Long followUpKey) {
    LeadProperties.Tier tier = properties.tier(play.slaTier());
    Lead lead =
        leadWork
            .change(
                leadId,
                candidate -> {
                  boolean decided = candidate.decidePlay(play);
                  if (!candidate.assignments().isEmpty()) {
                    return decided;
                  }
                  Instant now = clock.instant();
                  candidate.assignFirstOwner(
                      nextMember(tier),
                      tier.team(),
                      candidate.receivedAt().plus(tier.notifyOwnerAfter()),
                      followUpKey,
                      now);
                  return true;
                })
            .value();
    Instant receivedAt = lead.receivedAt();
    Duration sinceReceived = Duration.between(receivedAt, clock.instant());
    return new OwnerAndClock(
        lead.owner(),
        lead.team(),
        lead.firstContactDueAt(),
        positive(tier.notifyOwnerAfter().minus(sinceReceived)),
        positive(tier.reassignAfter().minus(sinceReceived)),
        positive(tier.escalateAfter().minus(sinceReceived)),
        properties.cadence().maxAttempts(),
        properties.cadence().attemptInterval(),
        tier.taskPriority());
  }

  private String nextMember(LeadProperties.Tier tier) {
    if (tier.members().isEmpty()) {
      return null;
    }
    return tier.members().get((int) (rotations.nextTurn(tier.team()) % tier.members().size()));
  }

  private static Duration positive(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }

  /**
   * Who owns the lead and its clock: the escalation delays count from now, so the SLA holds from
   * the moment the lead came in even when the process picked it up late.
   */
  public record OwnerAndClock(
      String owner,
      String team,
      Instant firstContactDueAt,
      Duration notifyOwnerAfter,
      Duration reassignAfter,
      Duration escalateAfter,
      int maxAttempts,
      Duration attemptInterval,
      int taskPriority) {}
}

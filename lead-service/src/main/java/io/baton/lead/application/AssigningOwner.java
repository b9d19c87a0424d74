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
 * next rep of its tier's team in turn (who hears of it: {@code lead-assigned}), and start the
 * speed-to-lead clock. A lead that has its owner keeps it, so a retried job assigns nobody else.
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
                  if (candidate.owner() != null) {
                    candidate.notify(LeadNotifications.assigned(candidate, now));
                  }
                  return true;
                })
            .value();
    Instant now = clock.instant();
    Instant receivedAt = lead.receivedAt();
    return new OwnerAndClock(
        lead.owner(),
        lead.team(),
        lead.firstContactDueAt(),
        until(lead.firstContactDueAt(), now),
        until(receivedAt.plus(tier.reassignAfter()), now),
        until(receivedAt.plus(tier.escalateAfter()), now),
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

  /** How long from {@code now} until {@code at}; zero when it has passed. */
  private static Duration until(Instant at, Instant now) {
    Duration left = Duration.between(now, at);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /**
   * Who owns the lead and its clock. The escalations fall due at moments counted from when the lead
   * came in — first contact is due (the owner is notified) {@code notify-owner-after} after it, the
   * lead goes back to the queue {@code reassign-after} after it, the managers review it {@code
   * escalate-after} after it — and the delays are what is left of them now, so the SLA holds even
   * when the process picked the lead up late. A moment already past is a delay of zero, which the
   * engine's timer fires at once: a lead imported overdue (its {@code receivedAt} long ago) is
   * notified, returned to the queue and escalated as soon as it is assigned.
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

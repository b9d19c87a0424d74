package io.baton.onboarding.application;

import io.baton.onboarding.domain.Lineage;
import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.OnboardingPlans;
import io.baton.support.unitofwork.UnitOfWork;
import io.baton.support.vocabulary.KebabCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Backfills the lineage of customers onboarded before it travelled with them, page by page through
 * every plan in the order of the deal ids. A plan without handoff-service's keys gets them from
 * handoff-service; a plan past first value gets the onboarding keys as they were at first value;
 * the plan stores what it gained. A plan handed to retention already has its hand-over sent again
 * with the whole lineage, through the same client as the first hand-over; a plan not handed over
 * yet sends it with its hand-over. Doing it again changes nothing: the plan keeps the keys it has,
 * and retention takes a repeated hand-over as the same one.
 */
@Service
public class ResendingLineage {

  private static final Logger log = LoggerFactory.getLogger(ResendingLineage.class);

  private final OnboardingPlans plans;
  private final UnitOfWork<OnboardingPlan> planWork;
  private final HandoffLineages handoffLineages;
  private final HandingOverToRetention handingOver;

  public ResendingLineage(
      OnboardingPlans plans,
      UnitOfWork<OnboardingPlan> planWork,
      HandoffLineages handoffLineages,
      HandingOverToRetention handingOver) {
    this.plans = plans;
    this.planWork = planWork;
    this.handoffLineages = handoffLineages;
    this.handingOver = handingOver;
  }

  /**
   * Backfills the plans after {@code afterDealId} (null: from the first), at most {@code limit}.
   * One plan that cannot be completed now does not stop the others: it says why.
   */
  public Page resend(String afterDealId, int limit) {
    List<String> dealIds = plans.dealIdsAfter(afterDealId, limit);
    List<Resent> resent = new ArrayList<>();
    for (String dealId : dealIds) {
      resent.add(resend(dealId));
    }
    String next = dealIds.size() < limit ? null : dealIds.getLast();
    return new Page(resent, next);
  }

  private Resent resend(String dealId) {
    Optional<OnboardingPlan> found = plans.find(dealId);
    if (found.isEmpty()) {
      return new Resent(dealId, Source.NONE, false, "the plan is gone");
    }
    Source source = Source.PLAN;
    Lineage fromHandoff = null;
    if (found.get().lineage().map(lineage -> !lineage.hasHandoffKeys()).orElse(true)) {
      try {
        fromHandoff = handoffLineages.lineageOf(dealId).orElse(null);
      } catch (RuntimeException e) {
        log.warn("The lineage of deal {} could not be fetched: {}", dealId, e.getMessage());
        return new Resent(dealId, Source.NONE, false, e.getMessage());
      }
      source = fromHandoff != null && fromHandoff.hasHandoffKeys() ? Source.HANDOFF : Source.NONE;
    }
    Lineage fetched = fromHandoff;
    OnboardingPlan plan = planWork.change(dealId, p -> p.backfillLineage(fetched)).value();
    if (!plan.isHandedOver()) {
      return new Resent(dealId, source, false, null);
    }
    try {
      handingOver.sendAgain(plan);
      return new Resent(dealId, source, true, null);
    } catch (RuntimeException e) {
      log.warn("The lineage of deal {} could not be sent to retention: {}", dealId, e.getMessage());
      return new Resent(dealId, source, false, e.getMessage());
    }
  }

  /** Where a plan's acquisition and handoff keys came from. */
  public enum Source implements KebabCase {
    /** The plan had them: it started with them, or an earlier backfill stored them. */
    PLAN,
    /** Fetched from handoff-service now, and stored with the plan. */
    HANDOFF,
    /** Nobody knows them (handoff-service has no accepted handoff for the deal), or not now. */
    NONE
  }

  /**
   * What the backfill did with one plan: where its lineage came from, whether it went to retention
   * (only plans handed over already are sent; the others send it with their hand-over), and why
   * not, when something failed ({@code problem}; try again later).
   */
  public record Resent(String dealId, Source lineage, boolean sentToRetention, String problem) {}

  /** One page of the backfill; {@code next} is the deal id to go on after, null at the end. */
  public record Page(List<Resent> plans, String next) {}
}

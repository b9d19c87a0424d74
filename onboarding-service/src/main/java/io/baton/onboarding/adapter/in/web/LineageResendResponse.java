package io.baton.onboarding.adapter.in.web;

import io.baton.onboarding.application.ResendingLineage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of the lineage backfill: per plan where its acquisition and handoff keys came from
 * ({@code plan}: it had them; {@code handoff}: fetched from handoff-service now and stored; {@code
 * none}: nobody knows them, or handoff-service could not answer), whether the lineage went to
 * retention (plans handed over already; the others send it with their hand-over) and, when
 * something failed, why. {@code next} is the deal id to send as {@code after} for the next page;
 * absent on the last page.
 */
record LineageResendResponse(List<PlanResent> plans, String next) {

  static LineageResendResponse of(ResendingLineage.Page page) {
    return new LineageResendResponse(
        page.plans().stream().map(PlanResent::of).toList(), page.next());
  }

  /** What the backfill did with one plan. */
  record PlanResent(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String dealId,
      ResendingLineage.Source lineage,
      boolean sentToRetention,
      String problem) {

    static PlanResent of(ResendingLineage.Resent resent) {
      return new PlanResent(
          resent.dealId(), resent.lineage(), resent.sentToRetention(), resent.problem());
    }
  }
}

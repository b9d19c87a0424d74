package io.baton.onboarding.adapter.in.workflow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.baton.onboarding.domain.AcceptedHandoff;
import io.baton.onboarding.domain.Lineage;
import io.baton.onboarding.domain.SuccessCriterion;
import io.baton.support.workflow.FormDates;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the accepted handoff hands to onboarding, as process variables: the deal ({@code arr},
 * {@code closeDate} from {@code deal-won}), the account manager's acceptance, the brief, and the
 * customer's {@code lineage} as record-acceptance set it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StartOnboardingVariables(
    String dealId,
    String customerName,
    String accountManager,
    String acceptanceNote,
    BigDecimal arr,
    String closeDate,
    List<PromiseVariables> promises,
    List<CriterionVariables> successCriteria,
    String desiredGoLiveDate,
    LineageVariables lineage) {

  AcceptedHandoff toAcceptedHandoff(long processInstanceKey) {
    return new AcceptedHandoff(
        dealId,
        customerName,
        accountManager,
        acceptanceNote,
        arr,
        FormDates.parse(closeDate),
        FormDates.parse(desiredGoLiveDate),
        promises == null
            ? List.of()
            : promises.stream()
                .map(
                    p ->
                        new AcceptedHandoff.PromiseMade(
                            p.text(), p.owner(), FormDates.parse(p.dueDate())))
                .toList(),
        successCriteria == null
            ? List.of()
            : successCriteria.stream()
                .map(c -> new SuccessCriterion(c.metric(), c.baseline(), c.target()))
                .toList(),
        processInstanceKey,
        lineage == null ? null : lineage.toLineage());
  }

  /** One promise of the brief. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PromiseVariables(String text, String owner, String dueDate) {}

  /** One success criterion of the brief. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CriterionVariables(String metric, String baseline, String target) {}

  /**
   * The acquisition and handoff keys of the lineage (instants as ISO-8601 text). The onboarding
   * keys are the plan's own, added at first value: a process variable cannot set them.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LineageVariables(
      String leadId,
      String campaign,
      String sourceChannel,
      String interest,
      String leadPlay,
      String slaTier,
      String salesOwner,
      String leadReceivedAt,
      String firstContactAt,
      Integer minutesToFirstContact,
      Boolean firstContactWithinSla,
      String dealWonAt,
      Integer handoffReturns,
      String acceptedAt,
      Double hoursToAccept,
      String acceptingAccountManager) {

    Lineage toLineage() {
      return new Lineage(
          leadId,
          campaign,
          sourceChannel,
          interest,
          leadPlay,
          slaTier,
          salesOwner,
          instant(leadReceivedAt),
          instant(firstContactAt),
          minutesToFirstContact,
          firstContactWithinSla,
          instant(dealWonAt),
          handoffReturns,
          instant(acceptedAt),
          hoursToAccept,
          acceptingAccountManager,
          null,
          null,
          null,
          null);
    }

    private static Instant instant(String text) {
      return text == null || text.isBlank() ? null : Instant.parse(text);
    }
  }
}

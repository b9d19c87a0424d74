package io.baton.onboarding.adapter.in.workflow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.baton.onboarding.domain.AcceptedHandoff;
import io.baton.onboarding.domain.SuccessCriterion;
import io.baton.support.workflow.FormDates;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the accepted handoff hands to onboarding, as process variables: the deal ({@code arr},
 * {@code closeDate} from {@code deal-won}), the account manager's acceptance, and the brief.
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
    String desiredGoLiveDate) {

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
        processInstanceKey);
  }

  /** One promise of the brief. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PromiseVariables(String text, String owner, String dueDate) {}

  /** One success criterion of the brief. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CriterionVariables(String metric, String baseline, String target) {}
}

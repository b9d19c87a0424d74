package io.baton.onboarding.adapter.in.workflow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.baton.onboarding.application.StartingOnboarding.StartOnboarding;
import io.baton.onboarding.domain.Onboarding;
import io.baton.support.workflow.FormDates;
import java.util.List;

/** What the accepted handoff hands to onboarding, as process variables. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StartOnboardingVariables(
    String dealId,
    String customerName,
    String accountManager,
    String acceptanceNote,
    List<PromiseVariables> promises,
    List<CriterionVariables> successCriteria,
    String desiredGoLiveDate,
    String correlationId) {

  StartOnboarding toCommand(long processInstanceKey) {
    return new StartOnboarding(
        dealId,
        customerName,
        accountManager,
        acceptanceNote,
        promises == null ? List.of() : promises.stream().map(p -> new Onboarding.Promise(p.text(), p.owner(), FormDates.parse(p.dueDate()))).toList(),
        successCriteria == null ? List.of() : successCriteria.stream().map(c -> new Onboarding.SuccessCriterion(c.metric(), c.baseline(), c.target())).toList(),
        FormDates.parse(desiredGoLiveDate),
        processInstanceKey);
  }


  /** One promise of the brief. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PromiseVariables(String text, String owner, String dueDate) {}

  /** One success criterion of the brief. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CriterionVariables(String metric, String baseline, String target) {}
}

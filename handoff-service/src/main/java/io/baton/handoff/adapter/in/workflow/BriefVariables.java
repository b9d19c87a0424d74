package io.baton.handoff.adapter.in.workflow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.baton.handoff.domain.Brief;
import io.baton.support.workflow.FormDates;
import java.util.List;

/** The brief as the brief form leaves it in the process variables. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BriefVariables(
    List<PromiseVariables> promises,
    List<StakeholderVariables> stakeholders,
    List<CriterionVariables> successCriteria,
    String risks,
    String notSold,
    String desiredGoLiveDate) {

  Brief toBrief() {
    return new Brief(
        promises == null ? List.of() : promises.stream().map(PromiseVariables::toPromise).toList(),
        stakeholders == null
            ? List.of()
            : stakeholders.stream().map(StakeholderVariables::toStakeholder).toList(),
        successCriteria == null
            ? List.of()
            : successCriteria.stream().map(CriterionVariables::toCriterion).toList(),
        risks,
        notSold,
        FormDates.parse(desiredGoLiveDate));
  }

  /** One promise row of the form. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PromiseVariables(String text, String owner, String dueDate) {
    Brief.Promise toPromise() {
      return new Brief.Promise(text, owner, FormDates.parse(dueDate));
    }
  }

  /** One stakeholder row of the form. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record StakeholderVariables(String name, String role, String contact) {
    Brief.Stakeholder toStakeholder() {
      return new Brief.Stakeholder(name, role, contact);
    }
  }

  /** One success criterion row of the form. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CriterionVariables(String metric, String baseline, String target) {
    Brief.SuccessCriterion toCriterion() {
      return new Brief.SuccessCriterion(metric, baseline, target);
    }
  }
}

package io.baton.engine;

import io.camunda.client.protocol.rest.DecisionEvaluationInstruction;
import io.camunda.client.protocol.rest.EvaluateDecisionResult;
import io.camunda.client.protocol.rest.EvaluatedDecisionInputItem;
import io.camunda.client.protocol.rest.EvaluatedDecisionOutputItem;
import io.camunda.client.protocol.rest.EvaluatedDecisionResult;
import io.camunda.client.protocol.rest.MatchedDecisionRuleItem;
import io.camunda.zeebe.protocol.impl.record.value.decision.DecisionEvaluationRecord;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.DecisionEvaluationIntent;
import io.camunda.zeebe.protocol.record.value.EvaluatedDecisionValue;
import io.camunda.zeebe.protocol.record.value.MatchedRuleValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Camunda 8.8's {@code POST /v2/decision-definitions/evaluation}: evaluates the latest decision of
 * an id, or the decision of a key, with the given variables. A decision that fails to evaluate is
 * still a 200, with {@code failedDecisionDefinitionId} and {@code failureMessage}, as in Camunda.
 */
@RestController
class DecisionEvaluationController {

  private final EngineRuntime runtime;
  private final EngineAccess access;

  DecisionEvaluationController(final EngineRuntime runtime, final EngineAccess access) {
    this.runtime = runtime;
    this.access = access;
  }

  @PostMapping("/v2/decision-definitions/evaluation")
  EvaluateDecisionResult evaluate(@RequestBody final DecisionEvaluationInstruction request) {
    RestRequests.exactlyOne(
        request.getDecisionDefinitionId(),
        "decisionDefinitionId",
        request.getDecisionDefinitionKey(),
        "decisionDefinitionKey");
    final DecisionEvaluationRecord command = new DecisionEvaluationRecord();
    if (request.getDecisionDefinitionKey() != null) {
      command.setDecisionKey(
          RestRequests.key(request.getDecisionDefinitionKey(), "decisionDefinitionKey"));
    } else {
      command.setDecisionId(request.getDecisionDefinitionId());
    }
    RestRequests.setVariables(request.getVariables(), command::setVariables);
    RestRequests.setTenant(request.getTenantId(), command::setTenantId);
    access.requireSupervisor("CREATE_DECISION_INSTANCE", "DECISION_DEFINITION");
    final CommandResponse response =
        runtime
            .engine()
            .commands()
            .send(ValueType.DECISION_EVALUATION, DecisionEvaluationIntent.EVALUATE, -1, command);
    return result(response.key(), response.valueAs(new DecisionEvaluationRecord()));
  }

  private static EvaluateDecisionResult result(
      final long evaluationKey, final DecisionEvaluationRecord evaluation) {
    final EvaluateDecisionResult result =
        new EvaluateDecisionResult()
            .decisionDefinitionId(evaluation.getDecisionId())
            .decisionDefinitionKey(Long.toString(evaluation.getDecisionKey()))
            .decisionDefinitionName(evaluation.getDecisionName())
            .decisionDefinitionVersion(evaluation.getDecisionVersion())
            .decisionRequirementsId(evaluation.getDecisionRequirementsId())
            .decisionRequirementsKey(Long.toString(evaluation.getDecisionRequirementsKey()))
            .output(evaluation.getDecisionOutput())
            .failedDecisionDefinitionId(emptyToNull(evaluation.getFailedDecisionId()))
            .failureMessage(emptyToNull(evaluation.getEvaluationFailureMessage()))
            .tenantId(evaluation.getTenantId())
            .decisionInstanceKey(Long.toString(evaluationKey))
            .decisionEvaluationKey(Long.toString(evaluationKey));
    evaluation.getEvaluatedDecisions().stream()
        .map(DecisionEvaluationController::evaluated)
        .forEach(result::addEvaluatedDecisionsItem);
    return result;
  }

  private static EvaluatedDecisionResult evaluated(final EvaluatedDecisionValue decision) {
    return new EvaluatedDecisionResult()
        .decisionDefinitionId(decision.getDecisionId())
        .decisionDefinitionKey(Long.toString(decision.getDecisionKey()))
        .decisionDefinitionName(decision.getDecisionName())
        .decisionDefinitionVersion(decision.getDecisionVersion())
        .decisionDefinitionType(decision.getDecisionType())
        .decisionEvaluationInstanceKey(decision.getDecisionEvaluationInstanceKey())
        .output(decision.getDecisionOutput())
        .tenantId(decision.getTenantId())
        .evaluatedInputs(
            decision.getEvaluatedInputs().stream()
                .map(
                    input ->
                        new EvaluatedDecisionInputItem()
                            .inputId(input.getInputId())
                            .inputName(input.getInputName())
                            .inputValue(input.getInputValue()))
                .toList())
        .matchedRules(
            decision.getMatchedRules().stream().map(DecisionEvaluationController::rule).toList());
  }

  private static MatchedDecisionRuleItem rule(final MatchedRuleValue rule) {
    return new MatchedDecisionRuleItem()
        .ruleId(rule.getRuleId())
        .ruleIndex(rule.getRuleIndex())
        .evaluatedOutputs(
            rule.getEvaluatedOutputs().stream()
                .map(
                    output ->
                        new EvaluatedDecisionOutputItem()
                            .outputId(output.getOutputId())
                            .outputName(output.getOutputName())
                            .outputValue(output.getOutputValue()))
                .toList());
  }

  private static String emptyToNull(final String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}

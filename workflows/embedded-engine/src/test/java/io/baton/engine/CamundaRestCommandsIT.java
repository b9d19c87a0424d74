package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.testsupport.TestTokens;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivateJobsResponse;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.JobBatchIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.JobBatchRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command side of Camunda 8.8's REST API, driven by the official client preferring REST (whose
 * generated models read every answer) against an engine with authorizations on: the services'
 * {@code system} role may do everything, a sales rep nothing beyond their tasks; bad input is a 400
 * naming the property. Commands that could also go over gRPC are sent with {@code useRest()}
 * (deprecated in the client, still honoured), so none falls back to the gRPC gateway.
 */
@SuppressWarnings("deprecation")
class CamundaRestCommandsIT {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String SYSTEM = TestTokens.of("lead-service", "system");
  private static final String SALES_REP = TestTokens.inGroups("sam", List.of("sales"), "sales");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dataDir;
  private static RunningEngine engine;
  private static CamundaClient client;
  private static DeploymentEvent deployment;

  @BeforeAll
  static void startEngineWithAuthorizationsAndDeployOverRest() {
    engine = RunningEngine.startWithAuthorizations(dataDir);
    client = engine.newRestClient(SYSTEM);
    deployment =
        client
            .newDeployResourceCommand()
            .useRest()
            .addProcessModel(scoring(), "scoring.bpmn")
            .addProcessModel(review(), "review.bpmn")
            .addProcessModel(flakyCall(), "flaky-call.bpmn")
            .addProcessModel(payment(), "payment.bpmn")
            .addProcessModel(campaign(), "campaign.bpmn")
            .addProcessModel(leadValidation(), "lead-validation.bpmn")
            .addProcessModel(followUp(), "follow-up.bpmn")
            .addResourceFromClasspath("decisions/onboarding-discount.dmn")
            .addResourceFromClasspath("forms/welcome-call.form")
            .send()
            .join();
  }

  @AfterAll
  static void stopEngine() {
    client.close();
    engine.close();
  }

  @Test
  void deploysProcessesDecisionsAndFormsInOneDeployment() {
    assertThat(deployment.getKey()).isPositive();
    assertThat(deployment.getTenantId()).isEqualTo("<default>");
    assertThat(deployment.getProcesses())
        .extracting(process -> process.getBpmnProcessId())
        .contains("scoring", "review", "flaky-call", "payment", "campaign", "lead-validation");
    assertThat(deployment.getProcesses())
        .filteredOn(process -> process.getBpmnProcessId().equals("scoring"))
        .singleElement()
        .satisfies(
            process -> {
              assertThat(process.getVersion()).isEqualTo(1);
              assertThat(process.getResourceName()).isEqualTo("scoring.bpmn");
              assertThat(process.getProcessDefinitionKey()).isPositive();
            });
    assertThat(deployment.getDecisions())
        .singleElement()
        .satisfies(
            decision -> {
              assertThat(decision.getDmnDecisionId()).isEqualTo("onboarding-discount");
              assertThat(decision.getDmnDecisionName()).isEqualTo("Onboarding discount");
              assertThat(decision.getDmnDecisionRequirementsId()).isEqualTo("onboarding-discounts");
            });
    assertThat(deployment.getDecisionRequirements())
        .singleElement()
        .satisfies(
            requirements ->
                assertThat(requirements.getResourceName())
                    .isEqualTo("decisions/onboarding-discount.dmn"));
    assertThat(deployment.getForm())
        .singleElement()
        .satisfies(form -> assertThat(form.getFormId()).isEqualTo("welcome-call-form"));
  }

  @Test
  void createsAnInstanceAwaitingItsResultWhileAJobIsActivatedAndCompletedOverRest() {
    final CamundaFuture<ProcessInstanceResult> result =
        client
            .newCreateInstanceCommand()
            .useRest()
            .bpmnProcessId("scoring")
            .latestVersion()
            .variables(Map.of("lead", "ACME", "unrelated", true))
            .withResult()
            .fetchVariables("lead", "score")
            .requestTimeout(WAIT)
            .send();

    final ActivatedJob job = activateOne("score-lead");
    assertThat(job.getBpmnProcessId()).isEqualTo("scoring");
    assertThat(job.getElementId()).isEqualTo("score");
    assertThat(job.getRetries()).isEqualTo(3);
    assertThat(job.getWorker()).isEqualTo("rest-test");
    assertThat(job.getVariablesAsMap()).containsEntry("lead", "ACME");
    assertThat(job.getKind().name()).isEqualTo("BPMN_ELEMENT");
    assertThat(job.getUserTask()).isNull();
    client.newCompleteCommand(job).useRest().variables(Map.of("score", 42)).send().join();

    final ProcessInstanceResult completed = result.join();
    assertThat(completed.getBpmnProcessId()).isEqualTo("scoring");
    assertThat(completed.getProcessInstanceKey()).isEqualTo(job.getProcessInstanceKey());
    assertThat(completed.getVariablesAsMap())
        .as("only the fetched variables")
        .containsOnly(Map.entry("lead", "ACME"), Map.entry("score", 42));
  }

  @Test
  void anInstanceThatDoesNotCompleteWithinTheRequestTimeoutIsAnErrorAfterThatTimeout() {
    final long start = System.nanoTime();

    assertThatThrownBy(
            () ->
                client
                    .newCreateInstanceCommand()
                    .useRest()
                    .bpmnProcessId("review")
                    .latestVersion()
                    .withResult()
                    .requestTimeout(Duration.ofMillis(500))
                    .send()
                    .join())
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.details().getStatus()).isEqualTo(504);
              assertThat(problem.details().getTitle()).isEqualTo("DEADLINE_EXCEEDED");
              assertThat(problem.details().getDetail()).contains("within PT0.5S");
            });
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as("the request's timeout, not the engine's default of 15s, and not sent again")
        .isLessThan(Duration.ofMillis(1500));
  }

  @Test
  void createsAnInstanceByDefinitionKeyAndCancelsIt() {
    final long scoringKey =
        deployment.getProcesses().stream()
            .filter(process -> process.getBpmnProcessId().equals("scoring"))
            .findFirst()
            .orElseThrow()
            .getProcessDefinitionKey();
    final ProcessInstanceEvent created =
        client
            .newCreateInstanceCommand()
            .useRest()
            .processDefinitionKey(scoringKey)
            .variables(Map.of("lead", "Initech"))
            .send()
            .join();
    assertThat(created.getProcessDefinitionKey()).isEqualTo(scoringKey);
    assertThat(created.getBpmnProcessId()).isEqualTo("scoring");
    assertThat(created.getVersion()).isEqualTo(1);
    assertThat(created.getTenantId()).isEqualTo("<default>");

    client.newCancelInstanceCommand(created.getProcessInstanceKey()).useRest().send().join();

    assertThat(processEvents(created.getProcessInstanceKey()))
        .contains(ProcessInstanceIntent.ELEMENT_TERMINATED);
    assertThat(activate("score-lead", Duration.ofMillis(300))).isEmpty();
    assertProblem(
        () ->
            client
                .newCancelInstanceCommand(created.getProcessInstanceKey())
                .useRest()
                .send()
                .join(),
        404,
        "NOT_FOUND");
  }

  @Test
  void anUpdatingListenerDeniesOneUpdateOfAUserTaskAndCorrectsTheNext() {
    final UserTask task = startReview();

    final CamundaFuture<?> denied =
        client.newUpdateUserTaskCommand(task.getUserTaskKey()).priority(80).send();
    final ActivatedJob denying = activateOne("check-review-update");
    assertThat(denying.getKind().name()).isEqualTo("TASK_LISTENER");
    assertThat(denying.getListenerEventType().name()).isEqualTo("UPDATING");
    assertThat(denying.getUserTask().getUserTaskKey()).isEqualTo(task.getUserTaskKey());
    assertThat(denying.getUserTask().getChangedAttributes()).containsExactly("priority");
    assertThat(denying.getUserTask().getCandidateGroups()).containsExactly("legal");
    client
        .newCompleteCommand(denying)
        .useRest()
        .withResult(result -> result.forUserTask().deny(true, "Priority stays with legal"))
        .send()
        .join();
    assertProblem(denied::join, 409, "INVALID_STATE");
    assertThat(client.newUserTaskGetRequest(task.getUserTaskKey()).send().join().getPriority())
        .isEqualTo(50);

    final CamundaFuture<?> corrected =
        client
            .newUpdateUserTaskCommand(task.getUserTaskKey())
            .dueDate("2030-01-31T17:00:00Z")
            .candidateGroups("legal", "sales")
            .send();
    final ActivatedJob correcting = activateOne("check-review-update");
    assertThat(correcting.getUserTask().getChangedAttributes())
        .as("the engine's attribute names, as Camunda's listeners see them")
        .containsExactlyInAnyOrder("candidateGroupsList", "dueDate");
    client
        .newCompleteCommand(correcting)
        .useRest()
        .withResult(result -> result.forUserTask().correctPriority(90))
        .send()
        .join();
    corrected.join();

    final UserTask updated = client.newUserTaskGetRequest(task.getUserTaskKey()).send().join();
    assertThat(updated.getPriority()).as("the listener's correction").isEqualTo(90);
    assertThat(updated.getCandidateGroups()).containsExactly("legal", "sales");
    assertThat(updated.getDueDate().toInstant()).isEqualTo(Instant.parse("2030-01-31T17:00:00Z"));
  }

  @Test
  void aJobFailingWithoutRetriesRaisesAnIncidentThatIsResolvedOnceItHasRetriesAgain() {
    final long instance =
        client
            .newCreateInstanceCommand()
            .useRest()
            .bpmnProcessId("flaky-call")
            .latestVersion()
            .send()
            .join()
            .getProcessInstanceKey();
    final ActivatedJob job = activateOne("call-crm");

    client
        .newFailCommand(job)
        .useRest()
        .retries(0)
        .errorMessage("The CRM is down")
        .variables(Map.of("attempts", 1))
        .send()
        .join();
    final IncidentRecordValue incident = awaitIncident(job.getKey());
    assertThat(incident.getErrorMessage()).isEqualTo("The CRM is down");
    assertThat(incident.getProcessInstanceKey()).isEqualTo(instance);
    assertThat(activate("call-crm", Duration.ofMillis(300))).as("no retries left").isEmpty();

    client.newUpdateRetriesCommand(job).useRest().retries(2).send().join();
    client.newResolveIncidentCommand(incidentKey(job.getKey())).useRest().send().join();

    final ActivatedJob retried = activateOne("call-crm");
    assertThat(retried.getKey()).isEqualTo(job.getKey());
    assertThat(retried.getRetries()).isEqualTo(2);
    assertThat(retried.getVariablesAsMap()).containsEntry("attempts", 1);
    client.newCompleteCommand(retried).useRest().send().join();
    await()
        .atMost(WAIT)
        .until(
            () -> processEvents(instance),
            events -> events.contains(ProcessInstanceIntent.ELEMENT_COMPLETED));
  }

  @Test
  void aJobThrowsABpmnErrorCaughtByItsBoundaryEvent() {
    client
        .newCreateInstanceCommand()
        .useRest()
        .bpmnProcessId("lead-validation")
        .latestVersion()
        .variables(Map.of("lead", "Hooli"))
        .send()
        .join();
    final ActivatedJob job = activateOne("validate-lead");

    client
        .newThrowErrorCommand(job)
        .useRest()
        .errorCode("invalid-lead")
        .errorMessage("No company")
        .variables(Map.of("reason", "no company"))
        .send()
        .join();

    final ActivatedJob handler = activateOne("handle-invalid-lead");
    assertThat(handler.getElementId()).isEqualTo("handle-invalid");
    assertThat(handler.getVariablesAsMap()).containsEntry("reason", "no company");
    client.newCompleteCommand(handler).useRest().send().join();
  }

  @Test
  void aJobsTimeoutAndRetriesAreUpdatedSoItTimesOutAndIsActivatedAgain() {
    client
        .newCreateInstanceCommand()
        .useRest()
        .bpmnProcessId("scoring")
        .latestVersion()
        .send()
        .join();
    final ActivatedJob job = activateOne("score-lead");

    client.newUpdateJobCommand(job).update(5, Duration.ofMinutes(5).toMillis()).send().join();
    client.newUpdateTimeoutCommand(job).useRest().timeout(Duration.ofMillis(1)).send().join();

    final ActivatedJob again = activateOne("score-lead");
    assertThat(again.getKey()).as("timed out, so activatable again").isEqualTo(job.getKey());
    assertThat(again.getRetries()).isEqualTo(5);
    client.newCompleteCommand(again).useRest().send().join();
  }

  @Test
  void anActivationWaitsForJobsWithoutPollingTheEngineAndAnswersOnceOneIsCreated()
      throws InterruptedException {
    final long start = System.nanoTime();
    assertThat(activate("nobody-works-on-this", Duration.ofSeconds(1))).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(activationCommands("nobody-works-on-this"))
        .as("one try, and one more at the end of the request timeout at most")
        .isBetween(1L, 2L);

    final CamundaFuture<ActivateJobsResponse> waiting =
        client
            .newActivateJobsCommand()
            .useRest()
            .jobType("invite-leads")
            .maxJobsToActivate(1)
            .requestTimeout(WAIT)
            .send();
    Thread.sleep(300);
    client.newBroadcastSignalCommand().useRest().signalName("campaign-launched").send().join();

    final ActivatedJob job = waiting.join(10, TimeUnit.SECONDS).getJobs().getFirst();
    assertThat(job.getBpmnProcessId()).isEqualTo("campaign");
    assertThat(activationCommands("invite-leads"))
        .as("tried again when the job was created, not in a loop")
        .isLessThanOrEqualTo(4L);
    client.newCompleteCommand(job).useRest().send().join();
  }

  @Test
  void publishedAndCorrelatedMessagesReachTheirWaitingInstances() {
    final long published =
        client
            .newCreateInstanceCommand()
            .useRest()
            .bpmnProcessId("payment")
            .latestVersion()
            .variables(Map.of("orderId", "order-1"))
            .send()
            .join()
            .getProcessInstanceKey();
    final var publication =
        client
            .newPublishMessageCommand()
            .useRest()
            .messageName("payment-received")
            .correlationKey("order-1")
            .timeToLive(Duration.ofMinutes(1))
            .messageId("payment-order-1")
            .variables(Map.of("amount", 100))
            .send()
            .join();
    assertThat(publication.getMessageKey()).isPositive();
    assertThat(publication.getTenantId()).isEqualTo("<default>");
    final ActivatedJob afterPublication = activateOne("book-payment");
    assertThat(afterPublication.getProcessInstanceKey()).isEqualTo(published);
    assertThat(afterPublication.getVariablesAsMap()).containsEntry("amount", 100);
    client.newCompleteCommand(afterPublication).useRest().send().join();

    final long correlated =
        client
            .newCreateInstanceCommand()
            .useRest()
            .bpmnProcessId("payment")
            .latestVersion()
            .variables(Map.of("orderId", "order-2"))
            .send()
            .join()
            .getProcessInstanceKey();
    final var correlation =
        client
            .newCorrelateMessageCommand()
            .messageName("payment-received")
            .correlationKey("order-2")
            .variables(Map.of("amount", 250))
            .send()
            .join();
    assertThat(correlation.getProcessInstanceKey()).isEqualTo(correlated);
    assertThat(correlation.getMessageKey()).isPositive();
    assertThat(correlation.getTenantId()).isEqualTo("<default>");
    final ActivatedJob afterCorrelation = activateOne("book-payment");
    assertThat(afterCorrelation.getVariablesAsMap()).containsEntry("amount", 250);
    client.newCompleteCommand(afterCorrelation).useRest().send().join();

    assertProblem(
        () ->
            client
                .newCorrelateMessageCommand()
                .messageName("payment-received")
                .correlationKey("no-such-order")
                .send()
                .join(),
        404,
        "NOT_FOUND");
  }

  @Test
  void aBroadcastSignalStartsAnInstance() {
    final var broadcast =
        client
            .newBroadcastSignalCommand()
            .useRest()
            .signalName("campaign-launched")
            .variables(Map.of("campaign", "spring"))
            .send()
            .join();
    assertThat(broadcast.getKey()).isPositive();
    assertThat(broadcast.getTenantId()).isEqualTo("<default>");

    final ActivatedJob job = activateOne("invite-leads");
    assertThat(job.getBpmnProcessId()).isEqualTo("campaign");
    assertThat(job.getVariablesAsMap()).containsEntry("campaign", "spring");
    client.newCompleteCommand(job).useRest().send().join();
  }

  @Test
  void evaluatesADecisionByIdAndByKey() {
    final EvaluateDecisionResponse gold =
        client
            .newEvaluateDecisionCommand()
            .useRest()
            .decisionId("onboarding-discount")
            .variables(Map.of("tier", "gold"))
            .send()
            .join();
    assertThat(gold.getDecisionId()).isEqualTo("onboarding-discount");
    assertThat(gold.getDecisionName()).isEqualTo("Onboarding discount");
    assertThat(gold.getDecisionVersion()).isEqualTo(1);
    assertThat(gold.getDecisionRequirementsId()).isEqualTo("onboarding-discounts");
    assertThat(gold.getDecisionOutput()).isEqualTo("20");
    assertThat(gold.getFailureMessage()).isNull();
    assertThat(gold.getDecisionInstanceKey()).isPositive();
    assertThat(gold.getEvaluatedDecisions())
        .singleElement()
        .satisfies(
            decision -> {
              assertThat(decision.getDecisionType()).isEqualTo("DECISION_TABLE");
              assertThat(decision.getEvaluatedInputs())
                  .singleElement()
                  .satisfies(input -> assertThat(input.getInputValue()).isEqualTo("\"gold\""));
              assertThat(decision.getMatchedRules())
                  .singleElement()
                  .satisfies(
                      rule -> {
                        assertThat(rule.getRuleId()).isEqualTo("gold-rule");
                        assertThat(rule.getEvaluatedOutputs())
                            .singleElement()
                            .satisfies(
                                output -> {
                                  assertThat(output.getOutputId()).isEqualTo("discount-output");
                                  assertThat(output.getOutputValue()).isEqualTo("20");
                                });
                      });
            });

    final EvaluateDecisionResponse byKey =
        client
            .newEvaluateDecisionCommand()
            .useRest()
            .decisionKey(gold.getDecisionKey())
            .variables(Map.of("tier", "silver"))
            .send()
            .join();
    assertThat(byKey.getDecisionOutput()).isEqualTo("0");

    assertProblem(
        () ->
            client
                .newEvaluateDecisionCommand()
                .useRest()
                .decisionId("no-such-decision")
                .send()
                .join(),
        404,
        "NOT_FOUND");
  }

  @Test
  void pinningTheClockForwardFiresADueTimerAndResetReturnsToTheSystemTime() {
    client
        .newCreateInstanceCommand()
        .useRest()
        .bpmnProcessId("follow-up")
        .latestVersion()
        .send()
        .join();
    try {
      client.newPinClockCommand().time(Instant.now().plus(Duration.ofDays(2))).send().join();
      final ActivatedJob job = activateOne("send-follow-up");
      assertThat(job.getBpmnProcessId()).isEqualTo("follow-up");
      client.newCompleteCommand(job).useRest().send().join();
    } finally {
      client.newResetClockCommand().send().join();
    }
  }

  @Test
  void statusIsNoContentWhileTheEngineRunsEvenWithoutAToken() throws Exception {
    client.newStatusRequest().send().join();

    final HttpResponse<String> anonymous =
        HTTP.send(
            HttpRequest.newBuilder(engine.rest("/v2/status")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(204);
  }

  @Test
  void aUserWithoutASupervisingRoleMayNotUseTheCommands() {
    final UserTask task = startReview();
    try (CamundaClient salesRep = engine.newRestClient(SALES_REP)) {
      final List<Runnable> forbidden =
          List.of(
              () ->
                  salesRep
                      .newDeployResourceCommand()
                      .useRest()
                      .addProcessModel(scoring(), "scoring.bpmn")
                      .send()
                      .join(),
              () ->
                  salesRep
                      .newCreateInstanceCommand()
                      .useRest()
                      .bpmnProcessId("scoring")
                      .latestVersion()
                      .send()
                      .join(),
              () ->
                  salesRep
                      .newCancelInstanceCommand(task.getProcessInstanceKey())
                      .useRest()
                      .send()
                      .join(),
              () ->
                  salesRep
                      .newActivateJobsCommand()
                      .useRest()
                      .jobType("score-lead")
                      .maxJobsToActivate(1)
                      .requestTimeout(Duration.ofMillis(100))
                      .send()
                      .join(),
              () -> salesRep.newCompleteCommand(1L).useRest().send().join(),
              () ->
                  salesRep
                      .newPublishMessageCommand()
                      .useRest()
                      .messageName("payment-received")
                      .correlationKey("order-1")
                      .send()
                      .join(),
              () ->
                  salesRep
                      .newBroadcastSignalCommand()
                      .useRest()
                      .signalName("campaign-launched")
                      .send()
                      .join(),
              () ->
                  salesRep
                      .newEvaluateDecisionCommand()
                      .useRest()
                      .decisionId("onboarding-discount")
                      .send()
                      .join(),
              () -> salesRep.newResolveIncidentCommand(1L).useRest().send().join(),
              () -> salesRep.newPinClockCommand().time(Instant.now()).send().join(),
              () ->
                  salesRep
                      .newUpdateUserTaskCommand(task.getUserTaskKey())
                      .priority(10)
                      .send()
                      .join());
      forbidden.forEach(command -> assertProblem(command::run, 403, "FORBIDDEN"));
    }
    assertThat(client.newUserTaskGetRequest(task.getUserTaskKey()).send().join().getPriority())
        .isEqualTo(50);
  }

  @Test
  void badInputIsABadRequestNamingTheProperty() throws Exception {
    assertBadRequest(
        "POST",
        "/v2/process-instances",
        "{\"variables\":{}}",
        "At least one of [processDefinitionId, processDefinitionKey] is required");
    assertBadRequest(
        "POST",
        "/v2/process-instances",
        "{\"processDefinitionKey\":\"not-a-key\"}",
        "Request property [processDefinitionKey] cannot be parsed");
    assertBadRequest(
        "POST",
        "/v2/jobs/activation",
        "{\"type\":\"score-lead\",\"maxJobsToActivate\":1}",
        "No timeout provided");
    assertBadRequest(
        "PATCH",
        "/v2/jobs/1",
        "{\"changeset\":{\"retries\":\"many\"}}",
        "Request property [changeset.retries] cannot be parsed");
    assertBadRequest(
        "PATCH",
        "/v2/jobs/1",
        "{\"changeset\":{}}",
        "At least one of [retries, timeout] is required");
    assertBadRequest(
        "POST",
        "/v2/jobs/1/completion",
        "{\"result\":{\"type\":\"approval\"}}",
        "Cannot map value 'approval' for type 'result'");
    assertBadRequest("POST", "/v2/jobs/1/error", "{}", "No errorCode provided");
    assertBadRequest("PUT", "/v2/clock", "{}", "No timestamp provided");
    assertBadRequest(
        "PUT",
        "/v2/clock",
        "{\"timestamp\":-1}",
        "The value for timestamp is '-1' but must be not negative");
    assertBadRequest(
        "POST", "/v2/messages/publication", "{\"correlationKey\":\"a\"}", "No name provided");
    assertBadRequest("POST", "/v2/signals/broadcast", "{}", "No signalName provided");
    assertBadRequest(
        "POST",
        "/v2/decision-definitions/evaluation",
        "{\"decisionDefinitionId\":\"onboarding-discount\",\"decisionDefinitionKey\":\"1\"}",
        "Only one of [decisionDefinitionId, decisionDefinitionKey] is allowed");
    assertBadRequest("PATCH", "/v2/user-tasks/1", "{}", "No update data provided");
    assertBadRequest(
        "PATCH",
        "/v2/user-tasks/1",
        "{\"changeset\":{\"dueDate\":\"tomorrow\"}}",
        "The provided due date 'tomorrow' cannot be parsed as a date according to RFC 3339");
    assertBadRequest(
        "PATCH",
        "/v2/user-tasks/1",
        "{\"changeset\":{\"priority\":\"high\"}}",
        "Request property [changeset.priority] cannot be parsed");

    final HttpResponse<String> noResources =
        HTTP.send(
            authorized("/v2/deployments")
                .header("Content-Type", "multipart/form-data; boundary=batonboundary")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "--batonboundary\r\n"
                            + "Content-Disposition: form-data; name=\"tenantId\"\r\n\r\n"
                            + "<default>\r\n"
                            + "--batonboundary--\r\n",
                        StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(noResources.statusCode()).isEqualTo(400);
    assertThat(noResources.body()).contains("resources");
  }

  @Test
  void operationsBeyondTheCommandsStillAnswerNotImplemented() throws Exception {
    final HttpResponse<String> migration =
        HTTP.send(
            authorized("/v2/process-instances/1/migration")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(migration.statusCode()).isEqualTo(501);
    assertThat(migration.body()).contains("\"title\":\"NOT_IMPLEMENTED\"");
  }

  private static ActivatedJob activateOne(final String type) {
    final List<ActivatedJob> jobs = activate(type, WAIT);
    assertThat(jobs).as("one activatable job of type %s", type).hasSize(1);
    return jobs.getFirst();
  }

  /** Long-polls: waits up to the request timeout for a job of the type. */
  private static List<ActivatedJob> activate(final String type, final Duration requestTimeout) {
    return client
        .newActivateJobsCommand()
        .useRest()
        .jobType(type)
        .maxJobsToActivate(1)
        .workerName("rest-test")
        .timeout(Duration.ofMinutes(1))
        .requestTimeout(requestTimeout)
        .send()
        .join()
        .getJobs();
  }

  private static UserTask startReview() {
    final long instance =
        client
            .newCreateInstanceCommand()
            .useRest()
            .bpmnProcessId("review")
            .latestVersion()
            .send()
            .join()
            .getProcessInstanceKey();
    return await()
        .atMost(WAIT)
        .until(
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(
                        filter -> filter.processInstanceKey(instance).state(UserTaskState.CREATED))
                    .send()
                    .join()
                    .items(),
            items -> items.size() == 1)
        .getFirst();
  }

  /** The intents of the process instance's own element, read from the engine's log. */
  private static List<ProcessInstanceIntent> processEvents(final long processInstanceKey) {
    return records().stream()
        .filter(record -> record.getKey() == processInstanceKey)
        .filter(
            record ->
                record.getValue() instanceof final ProcessInstanceRecordValue value
                    && value.getBpmnElementType() == BpmnElementType.PROCESS)
        .map(record -> (ProcessInstanceIntent) record.getIntent())
        .toList();
  }

  private static long activationCommands(final String jobType) {
    return records().stream()
        .filter(record -> record.getRecordType() == RecordType.COMMAND)
        .filter(record -> record.getIntent() == JobBatchIntent.ACTIVATE)
        .filter(record -> ((JobBatchRecordValue) record.getValue()).getType().equals(jobType))
        .count();
  }

  private static IncidentRecordValue awaitIncident(final long jobKey) {
    return await().atMost(WAIT).until(() -> incident(jobKey), record -> record != null).getValue();
  }

  private static long incidentKey(final long jobKey) {
    return incident(jobKey).getKey();
  }

  @SuppressWarnings("unchecked")
  private static Record<IncidentRecordValue> incident(final long jobKey) {
    return (Record<IncidentRecordValue>)
        records().stream()
            .filter(record -> record.getIntent() == IncidentIntent.CREATED)
            .filter(record -> ((IncidentRecordValue) record.getValue()).getJobKey() == jobKey)
            .findFirst()
            .orElse(null);
  }

  private static List<Record<?>> records() {
    return engine.bean(EngineRuntime.class).engine().records().since(0);
  }

  private static void assertProblem(final Runnable command, final int status, final String title) {
    assertThatThrownBy(command::run)
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.details().getStatus()).isEqualTo(status);
              assertThat(problem.details().getTitle()).isEqualTo(title);
            });
  }

  private static void assertBadRequest(
      final String method, final String path, final String body, final String detail)
      throws Exception {
    final HttpResponse<String> response =
        HTTP.send(
            authorized(path)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("%s %s %s", method, path, body).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(response.body()).path("detail").asText())
        .as("%s %s %s", method, path, body)
        .contains(detail);
  }

  private static HttpRequest.Builder authorized(final String path) {
    return HttpRequest.newBuilder(engine.rest(path))
        .timeout(WAIT)
        .header("Authorization", "Bearer " + SYSTEM);
  }

  private static BpmnModelInstance scoring() {
    return Bpmn.createExecutableProcess("scoring")
        .startEvent()
        .serviceTask("score", task -> task.zeebeJobType("score-lead"))
        .endEvent()
        .done();
  }

  private static BpmnModelInstance review() {
    return Bpmn.createExecutableProcess("review")
        .startEvent()
        .userTask(
            "review-contract",
            task ->
                task.zeebeUserTask()
                    .zeebeCandidateGroups("legal")
                    .zeebeTaskListener(listener -> listener.updating().type("check-review-update")))
        .endEvent()
        .done();
  }

  private static BpmnModelInstance flakyCall() {
    return Bpmn.createExecutableProcess("flaky-call")
        .startEvent()
        .serviceTask("call", task -> task.zeebeJobType("call-crm").zeebeJobRetries("1"))
        .endEvent()
        .done();
  }

  private static BpmnModelInstance payment() {
    return Bpmn.createExecutableProcess("payment")
        .startEvent()
        .intermediateCatchEvent(
            "await-payment",
            event ->
                event.message(
                    message ->
                        message.name("payment-received").zeebeCorrelationKeyExpression("orderId")))
        .serviceTask("book", task -> task.zeebeJobType("book-payment"))
        .endEvent()
        .done();
  }

  private static BpmnModelInstance campaign() {
    return Bpmn.createExecutableProcess("campaign")
        .startEvent()
        .signal("campaign-launched")
        .serviceTask("invite", task -> task.zeebeJobType("invite-leads"))
        .endEvent()
        .done();
  }

  private static BpmnModelInstance leadValidation() {
    return Bpmn.createExecutableProcess("lead-validation")
        .startEvent()
        .serviceTask("validate", task -> task.zeebeJobType("validate-lead"))
        .boundaryEvent(
            "invalid",
            event -> event.error("invalid-lead").zeebeOutputExpression("reason", "reason"))
        .serviceTask("handle-invalid", task -> task.zeebeJobType("handle-invalid-lead"))
        .endEvent()
        .moveToActivity("validate")
        .endEvent()
        .done();
  }

  private static BpmnModelInstance followUp() {
    return Bpmn.createExecutableProcess("follow-up")
        .startEvent()
        .intermediateCatchEvent("wait-a-day", event -> event.timerWithDuration("P1D"))
        .serviceTask("follow-up-call", task -> task.zeebeJobType("send-follow-up"))
        .endEvent()
        .done();
  }
}

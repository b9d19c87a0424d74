package io.baton.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baton.workflows.ProcessContract.Retention;
import io.baton.workflows.ProcessContract.Variables;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.CompleteUserTaskResponse;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.grpc.Status;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code renewal-risk-intervention} and its save-play decision on the embedded engine, path by
 * path: the tests play retention-service, the agents and the sponsor. One engine serves all of them
 * and is reset before each.
 */
class RenewalRiskInterventionProcessIT extends EngineProcessTest {

  private static final String CUSTOMER = "deal-9";
  private static final Duration SAVE_DUE_IN = Duration.ofDays(7);

  private static ProcessDriver driver;

  @BeforeAll
  static void createDriver() {
    driver = new ProcessDriver(client, control);
  }

  @ParameterizedTest(name = "{0} for {1} at ARR {2} in {3}")
  @CsvSource({
    "billing-recovery, payment-late, 50000, mid-market, service-agents",
    "executive-realignment, champion-left, 50000, mid-market, account-managers",
    "recovery-plan, promise-missed, 50000, mid-market, account-managers",
    "recovery-plan, onboarding-slip, 50000, mid-market, account-managers",
    "executive-business-review, health-red, 250000, enterprise, account-managers",
    "support-escalation-review, support-ticket-escalated, 50000, mid-market, service-agents",
    "adoption-campaign, agent-request, 9000, smb, service-agents",
    "value-review, renewal-risk, 50000, mid-market, account-managers"
  })
  void theDecisionPicksTheSavePlayFromTheRiskReasonsArrAndSegment(
      String play, String reason, int arr, String segment, String group) {
    requestSavePlay("I-1", List.of(reason, "health-red"), arr, segment);

    ActivatedJob record = driver.awaitJob(Retention.RECORD_SAVE_PLAY_JOB);

    @SuppressWarnings("unchecked")
    Map<String, Object> decided =
        (Map<String, Object>) record.getVariablesAsMap().get(Retention.SAVE_PLAY);
    assertThat(decided)
        .containsEntry(Retention.PLAY_NAME, play)
        .containsEntry(Retention.CANDIDATE_GROUP, group)
        .containsKeys(Retention.PLAYBOOK, Retention.PLAY_REASON);
  }

  @Test
  void anAgentsSavePlayIsWorkedByThePlaysGroupAndItsOutcomeRecorded() {
    long instance = requestAndRecord("I-1", List.of("agent-request", "payment-late"), 40000, false);

    UserTask run = driver.awaitUserTask(instance, Retention.RUN_SAVE_PLAY_TASK);
    assertThat(run.getCandidateGroups()).containsExactly("service-agents");
    assertThat(driver.formIdOf(run)).isEqualTo(Retention.RUN_SAVE_PLAY_FORM);
    assertThat(driver.variablesOf(run))
        .containsKeys(
            Retention.HEALTH_EXPLANATION, Retention.PROMISES, Retention.ONBOARDING_HISTORY);
    client.newAssignUserTaskCommand(run.getUserTaskKey()).assignee("sue").send().join();
    ActivatedJob listener =
        driver.completeUserTask(
            instance,
            Retention.RUN_SAVE_PLAY_TASK,
            Retention.VALIDATE_OUTCOME_JOB,
            outcome("saved", 40000));
    ActivatedJob recordOutcome = driver.completeJob(Retention.RECORD_OUTCOME_JOB, Map.of());

    assertThat(listener.getUserTask().getAssignee())
        .as("who worked it: the user completing the task")
        .isEqualTo("sue");
    assertThat(recordOutcome.getVariablesAsMap()).containsEntry(Retention.SAVE_OUTCOME, "saved");
    driver.waitForIdle();
    processInstance(instance)
        .hasPassedElementsInOrder(
            Retention.SAVE_PLAY_REQUESTED_START,
            Retention.DECIDE_SAVE_PLAY_TASK,
            Retention.RECORD_SAVE_PLAY_TASK,
            Retention.RUN_SAVE_PLAY_TASK,
            Retention.RECORD_OUTCOME_TASK,
            Retention.SAVE_PLAY_DONE_END,
            Retention.INTERVENTION_CLOSED_END)
        .hasNotPassedElement(Retention.ESCALATE_TO_SPONSOR_TASK)
        .hasNoIncidents()
        .isCompleted();
  }

  @Test
  void anOutcomeWithoutItsArrIsDeniedUntilItIsComplete() {
    long instance = requestAndRecord("I-1", List.of("health-red"), 40000, false);
    UserTask run = driver.awaitUserTask(instance, Retention.RUN_SAVE_PLAY_TASK);

    CamundaFuture<CompleteUserTaskResponse> incomplete =
        driver.submit(run, Map.of(Retention.SAVE_OUTCOME, "downgraded"));
    driver.denyCompletion(
        Retention.VALIDATE_OUTCOME_JOB, "Please give the ARR after the save play.");

    assertThatThrownBy(incomplete::join)
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> assertThat(problem.details().getDetail()).contains("ARR after"));
    assertThat(driver.stateOf(run)).isEqualTo(UserTaskState.CREATED);
  }

  @Test
  void aLargeAccountGetsAnExecutiveSponsorAtOnceWhoIsReleasedWhenThePlayEnds() {
    long instance = requestAndRecord("I-1", List.of("health-red"), 250000, true);

    ActivatedJob escalate = driver.completeJob(Retention.ESCALATE_TO_SPONSOR_JOB, Map.of());
    assertThat(escalate.getVariablesAsMap()).containsEntry(Retention.SPONSOR_NEEDED, true);
    UserTask sponsor = driver.awaitUserTask(instance, Retention.SPONSOR_REVIEW_TASK);
    assertThat(sponsor.getCandidateGroups()).containsExactly(Retention.EXECUTIVE_SPONSORS_GROUP);
    assertThat(driver.formIdOf(sponsor)).isEqualTo(Retention.SPONSOR_FORM);

    driver.completeUserTask(
        instance,
        Retention.RUN_SAVE_PLAY_TASK,
        Retention.VALIDATE_OUTCOME_JOB,
        outcome("downgraded", 180000));
    driver.completeJob(Retention.RECORD_OUTCOME_JOB, Map.of());

    driver.waitForIdle();
    assertThat(driver.stateOf(sponsor)).isEqualTo(UserTaskState.CANCELED);
    processInstance(instance).hasPassedElement(Retention.INTERVENTION_CLOSED_END).isCompleted();
  }

  @Test
  void anOverdueSavePlayIsEscalatedToTheSponsorAndStaysWithTheAgents() {
    long instance = requestAndRecord("I-1", List.of("renewal-risk"), 40000, false);
    UserTask run = driver.awaitUserTask(instance, Retention.RUN_SAVE_PLAY_TASK);
    assertThat(driver.activateJobs(Retention.ESCALATE_TO_SPONSOR_JOB)).isEmpty();

    control.increaseTime(SAVE_DUE_IN.plusHours(1));

    driver.completeJob(Retention.ESCALATE_TO_SPONSOR_JOB, Map.of());
    driver.awaitUserTask(instance, Retention.SPONSOR_REVIEW_TASK);
    assertThat(driver.stateOf(run)).isEqualTo(UserTaskState.CREATED);
    driver.completeUserTask(
        instance,
        Retention.RUN_SAVE_PLAY_TASK,
        Retention.VALIDATE_OUTCOME_JOB,
        outcome("churned", 0));
    driver.completeJob(Retention.RECORD_OUTCOME_JOB, Map.of());
    driver.waitForIdle();
    processInstance(instance).hasPassedElement(Retention.SAVE_PLAY_OVERDUE_TIMER).isCompleted();
  }

  @Test
  void theSameInterventionRequestedTwiceRunsOnce() {
    requestSavePlay("I-1", List.of("health-red"), 40000, "mid-market");

    assertThatThrownBy(() -> requestSavePlay("I-1", List.of("health-red"), 40000, "mid-market"))
        .isInstanceOfSatisfying(
            ClientStatusException.class,
            rejection ->
                assertThat(rejection.getStatusCode()).isEqualTo(Status.Code.ALREADY_EXISTS));
  }

  private void requestSavePlay(
      String interventionId, List<String> riskReasons, int arr, String segment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Retention.INTERVENTION_ID, interventionId);
    variables.put(Retention.CUSTOMER_ID, CUSTOMER);
    variables.put(Retention.CUSTOMER_NAME, "Acme Corp");
    variables.put(Retention.SEGMENT, segment);
    variables.put(Retention.ARR, arr);
    variables.put(Retention.HEALTH_SCORE, 32);
    variables.put(Retention.BAND, "red");
    variables.put(Retention.RISK_REASONS, riskReasons);
    variables.put(Retention.TRIGGER_REASON, "Customer called about invoices");
    variables.put(Retention.TRIGGERED_BY, "sue");
    variables.put(Retention.RENEWAL_DATE, "2027-11-20");
    variables.put(Variables.CORRELATION_ID, "test-" + interventionId);
    client
        .newPublishMessageCommand()
        .messageName(Retention.SAVE_PLAY_REQUESTED_MESSAGE)
        .correlationKey(CUSTOMER)
        .messageId(Retention.savePlayRequestedMessageId(interventionId))
        .variables(variables)
        .send()
        .join();
  }

  /** Requested, decided and recorded with the trail of context: the save play is open. */
  private long requestAndRecord(
      String interventionId, List<String> riskReasons, int arr, boolean sponsorNeeded) {
    requestSavePlay(interventionId, riskReasons, arr, arr >= 100000 ? "enterprise" : "mid-market");
    return driver
        .completeJob(
            Retention.RECORD_SAVE_PLAY_JOB,
            Map.of(
                Retention.SAVE_DUE_AT,
                    OffsetDateTime.now(ZoneOffset.UTC)
                        .plus(SAVE_DUE_IN)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString(),
                Retention.SPONSOR_NEEDED, sponsorNeeded,
                Retention.TASK_PRIORITY, 80,
                Retention.HEALTH_EXPLANATION, List.of("usage 80 → 40: product-usage signal s-1"),
                Retention.PROMISES,
                    List.of(Map.of("text", "SSO before go-live", "status", "missed")),
                Retention.ONBOARDING_HISTORY,
                    List.of(Map.of("name", "Go-live", "status", "done", "daysLate", 3))))
        .getProcessInstanceKey();
  }

  private static Map<String, Object> outcome(String outcome, int arrAfter) {
    return Map.of(
        Retention.SAVE_OUTCOME,
        outcome,
        Retention.ARR_AFTER,
        arrAfter,
        Retention.SAVE_NOTES,
        "Payment plan agreed");
  }
}

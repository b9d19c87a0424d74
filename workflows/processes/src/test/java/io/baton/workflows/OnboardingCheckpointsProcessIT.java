package io.baton.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baton.workflows.ProcessContract.Onboarding;
import io.baton.workflows.ProcessContract.Variables;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.CompleteUserTaskResponse;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code onboarding-checkpoints} on the embedded engine, path by path: the tests play
 * onboarding-service and the account manager. One engine serves all of them and is reset before
 * each.
 */
class OnboardingCheckpointsProcessIT extends EngineProcessTest {

  private static final String DEAL = "deal-9";
  private static final String ACCOUNT_MANAGER = "amy";
  private static final Duration KICKOFF_DUE_IN = Duration.ofDays(5);
  private static final Duration FIRST_VALUE_DUE_IN = Duration.ofDays(60);

  private static ProcessDriver driver;

  @BeforeAll
  static void createDriver() {
    driver = new ProcessDriver(client, control);
  }

  @Test
  void checkpointsDoneOnTimeEndWithTheCustomerHandedToRetention() {
    long instance = start();

    UserTask kickoff = checkpointTask(instance, "kickoff");
    assertThat(kickoff.getAssignee()).isEqualTo(ACCOUNT_MANAGER);
    assertThat(kickoff.getCandidateGroups()).containsExactly("account-managers");
    assertThat(driver.formIdOf(kickoff)).isEqualTo(Onboarding.CONFIRM_CHECKPOINT_FORM);
    CamundaFuture<CompleteUserTaskResponse> confirmation =
        driver.submit(kickoff, Map.of(Onboarding.EVIDENCE, "Kickoff minutes"));
    ActivatedJob listener = driver.allowCompletion(Onboarding.VALIDATE_CONFIRMATION_JOB);
    confirmation.join();
    assertThat(listener.getUserTask().getAssignee())
        .as("who confirms: the user completing the task")
        .isEqualTo(ACCOUNT_MANAGER);
    ActivatedJob record = driver.completeJob(Onboarding.RECORD_CHECKPOINT_JOB, Map.of());
    assertThat(record.getVariablesAsMap())
        .containsEntry(Onboarding.EVIDENCE, "Kickoff minutes")
        .containsEntry(Onboarding.CHECKPOINT, checkpoint("kickoff", KICKOFF_DUE_IN));

    publishCompleted("first-value");
    ActivatedJob handOver = driver.completeJob(Onboarding.HAND_OVER_TO_RETENTION_JOB, Map.of());

    assertThat(handOver.getVariablesAsMap())
        .doesNotContainKeys(Onboarding.EVIDENCE, Onboarding.CHECKPOINT);
    driver.waitForIdle();
    processInstance(instance)
        .hasPassedElement(Onboarding.CHECKPOINT_DONE_END, 2)
        .hasPassedElement(Onboarding.CHECKPOINT_COMPLETED_BOUNDARY)
        .hasNotPassedElement(Onboarding.MARK_CHECKPOINT_BEHIND_TASK)
        .hasPassedElementsInOrder(
            Onboarding.HAND_OVER_TO_RETENTION_TASK, Onboarding.HANDED_TO_RETENTION_END)
        .hasNoIncidents()
        .isCompleted();
  }

  @Test
  void aSlippedCheckpointIsMarkedBehindSignalledAndEscalatedThenRecovers() {
    long instance = start();
    UserTask kickoff = checkpointTask(instance, "kickoff");

    control.increaseTime(KICKOFF_DUE_IN.plusDays(1));

    ActivatedJob markBehind =
        driver.completeJob(Onboarding.MARK_CHECKPOINT_BEHIND_JOB, Map.of(Onboarding.DAYS_LATE, 1));
    assertThat(markBehind.getVariablesAsMap())
        .containsEntry(Onboarding.CHECKPOINT, checkpoint("kickoff", KICKOFF_DUE_IN));
    driver.completeJob(Onboarding.SIGNAL_SLIP_JOB, Map.of());
    UserTask recover = driver.awaitUserTask(instance, Onboarding.RECOVER_SLIPPED_CHECKPOINT_TASK);
    assertThat(recover.getAssignee()).isEqualTo(ACCOUNT_MANAGER);
    assertThat(driver.formIdOf(recover)).isEqualTo(Onboarding.ESCALATION_FORM);
    assertThat(driver.variablesOf(recover)).containsEntry(Onboarding.DAYS_LATE, "1");
    assertThat(driver.stateOf(kickoff)).isEqualTo(UserTaskState.CREATED);

    publishCompleted("kickoff");

    driver.waitForIdle();
    assertThat(driver.stateOf(recover)).isEqualTo(UserTaskState.CANCELED);
    assertThat(driver.activateJobs(Onboarding.MARK_CHECKPOINT_BEHIND_JOB)).isEmpty();
    processInstance(instance)
        .hasPassedElement(Onboarding.CHECKPOINT_DONE_END, 1)
        .isWaitingAtElements(Onboarding.CONFIRM_CHECKPOINT_TASK)
        .hasNoIncidents();
  }

  @Test
  void aReportedBlockerEscalatesAtOnceWithoutWaitingForTheDueDate() {
    long instance = start();
    checkpointTask(instance, "kickoff");

    client
        .newPublishMessageCommand()
        .messageName(Onboarding.BLOCKER_REPORTED_MESSAGE)
        .correlationKey(Onboarding.checkpointCorrelationKey(DEAL, "kickoff"))
        .messageId(Onboarding.blockerReportedMessageId(DEAL, "blocker-1"))
        .variables(
            Map.of(
                Onboarding.BLOCKER_ID,
                "blocker-1",
                Onboarding.CHECKPOINT_ID,
                "kickoff",
                Onboarding.BLOCKER_DESCRIPTION,
                "No SSO admin yet"))
        .send()
        .join();

    driver.completeJob(Onboarding.MARK_CHECKPOINT_BEHIND_JOB, Map.of(Onboarding.DAYS_LATE, 0));
    ActivatedJob signal = driver.completeJob(Onboarding.SIGNAL_BLOCKER_JOB, Map.of());
    assertThat(signal.getVariablesAsMap()).containsEntry(Onboarding.BLOCKER_ID, "blocker-1");
    UserTask resolve = driver.awaitUserTask(instance, Onboarding.RESOLVE_BLOCKER_TASK);
    assertThat(driver.variablesOf(resolve))
        .containsEntry(Onboarding.BLOCKER_DESCRIPTION, "\"No SSO admin yet\"");
    driver.waitForIdle();
    processInstance(instance)
        .hasPassedElement(Onboarding.MARK_BLOCKED_CHECKPOINT_BEHIND_TASK)
        .hasNotPassedElement(Onboarding.MARK_CHECKPOINT_BEHIND_TASK)
        .hasNoIncidents();
  }

  @Test
  void aMissedPromiseIsSignalledToRetentionWhileTheCheckpointsGoOn() {
    long instance = start();
    checkpointTask(instance, "kickoff");

    client
        .newPublishMessageCommand()
        .messageName(Onboarding.PROMISE_MISSED_MESSAGE)
        .correlationKey(DEAL)
        .messageId(Onboarding.promiseMissedMessageId(DEAL, "promise-1"))
        .variables(
            Map.of(
                Onboarding.PROMISE_ID,
                "promise-1",
                Onboarding.PROMISE_TEXT,
                "SSO before go-live",
                Onboarding.MISSED_REASON,
                "Not in the product"))
        .send()
        .join();

    ActivatedJob signal = driver.completeJob(Onboarding.SIGNAL_PROMISE_MISSED_JOB, Map.of());
    assertThat(signal.getVariablesAsMap()).containsEntry(Onboarding.PROMISE_ID, "promise-1");
    driver.waitForIdle();
    processInstance(instance)
        .hasPassedElement(Onboarding.SIGNAL_PROMISE_MISSED_TASK)
        .isWaitingAtElements(Onboarding.CONFIRM_CHECKPOINT_TASK)
        .isActive();
  }

  @Test
  void theSamePlanAnnouncedTwiceIsOnboardedOnce() {
    start();

    assertThatThrownBy(this::start)
        .isInstanceOfSatisfying(
            ClientStatusException.class,
            rejection ->
                assertThat(rejection.getStatusCode()).isEqualTo(Status.Code.ALREADY_EXISTS));
  }

  /** The plan was created and its customer registered with retention. */
  private long start() {
    client
        .newPublishMessageCommand()
        .messageName(Onboarding.ONBOARDING_STARTED_MESSAGE)
        .correlationKey(DEAL)
        .messageId(Onboarding.onboardingStartedMessageId(DEAL))
        .variables(
            Map.of(
                Variables.DEAL_ID,
                DEAL,
                Onboarding.CUSTOMER_NAME,
                "Acme Corp",
                Onboarding.ACCOUNT_MANAGER,
                ACCOUNT_MANAGER,
                Onboarding.SEGMENT,
                "mid-market",
                Onboarding.ARR,
                48000,
                Onboarding.CONTRACT_DATE,
                "2026-11-20",
                Onboarding.GO_LIVE_TARGET,
                "2027-01-15",
                Onboarding.CHECKPOINTS,
                List.of(
                    checkpoint("kickoff", KICKOFF_DUE_IN),
                    checkpoint("first-value", FIRST_VALUE_DUE_IN)),
                Onboarding.PROMISES,
                List.of(
                    Map.of(
                        Onboarding.PROMISE_ID,
                        "promise-1",
                        Onboarding.PROMISE_ITEM_TEXT,
                        "SSO before go-live"))))
        .send()
        .join();
    return driver.completeJob(Onboarding.REGISTER_CUSTOMER_JOB, Map.of()).getProcessInstanceKey();
  }

  private static Map<String, Object> checkpoint(String checkpointId, Duration dueIn) {
    return Map.of(
        Onboarding.CHECKPOINT_ID, checkpointId,
        Onboarding.CHECKPOINT_NAME, checkpointId,
        Onboarding.CHECKPOINT_DUE_AT, DUE_BASE.plus(dueIn).toString());
  }

  private static final Instant DUE_BASE =
      Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));

  private void publishCompleted(String checkpointId) {
    client
        .newPublishMessageCommand()
        .messageName(Onboarding.CHECKPOINT_COMPLETED_MESSAGE)
        .correlationKey(Onboarding.checkpointCorrelationKey(DEAL, checkpointId))
        .messageId(Onboarding.checkpointCompletedMessageId(DEAL, checkpointId))
        .variables(
            Map.of(
                Onboarding.CHECKPOINT_ID,
                checkpointId,
                Onboarding.EVIDENCE,
                "Confirmed in onboarding-service"))
        .send()
        .join();
  }

  private UserTask checkpointTask(long instance, String checkpointId) {
    return driver.awaitUserTasks(instance, Onboarding.CONFIRM_CHECKPOINT_TASK, 2).stream()
        .filter(
            task ->
                driver
                    .variablesOf(task)
                    .get(Onboarding.CHECKPOINT)
                    .contains("\"" + checkpointId + "\""))
        .findFirst()
        .orElseThrow();
  }
}

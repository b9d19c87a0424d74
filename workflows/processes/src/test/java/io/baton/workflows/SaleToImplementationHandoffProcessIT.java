package io.baton.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.baton.engine.RunningEngine;
import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.extension.testcontainer.ContainerizedEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.grpc.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sale-to-implementation-handoff} on the embedded engine, path by path. */
class SaleToImplementationHandoffProcessIT {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir static Path dataDir;
  private static RunningEngine engine;
  private static ContainerizedEngine control;
  private static CamundaClient client;

  @BeforeAll
  static void startEngine() {
    engine = RunningEngine.start(dataDir);
    control = engine.control();
    client = engine.newClient();
  }

  @AfterAll
  static void stopEngine() {
    BpmnAssert.resetRecordStream();
    client.close();
    engine.close();
  }

  @BeforeEach
  void deployOnAFreshEngine() {
    control.reset();
    BpmnAssert.initRecordStream(RecordStream.of(control.getRecordStreamSource()));
    ProcessDeployer.deployAll(client);
  }

  @Test
  void wonDealIsOpenedAcceptedAndHandedToOnboarding() throws Exception {
    publishDealWon("deal-1");

    ActivatedJob openHandoff = completeJob(Handoff.OPEN_HANDOFF_JOB, Map.of());
    assertThat(openHandoff.getVariablesAsMap())
        .containsEntry("dealId", "deal-1")
        .containsEntry("customerName", "Acme Corp");

    UserTask acceptTask = awaitAcceptTask(openHandoff.getProcessInstanceKey());
    assertThat(acceptTask.getCandidateGroups()).containsExactly(Handoff.ACCOUNT_MANAGERS_GROUP);
    assertThat(acceptTask.getPriority()).isEqualTo(60);
    assertThat(acceptTask.getDueDate()).isAfter(OffsetDateTime.now().plusDays(1));
    assertThat(client.newUserTaskGetFormRequest(acceptTask.getUserTaskKey()).send().join().getFormId())
        .isEqualTo(Handoff.ACCEPT_HANDOFF_FORM);

    client
        .newCompleteUserTaskCommand(acceptTask.getUserTaskKey())
        .variables(Map.of(Handoff.ACCOUNT_MANAGER, "amy", Handoff.ACCEPTANCE_NOTE, "Kickoff Monday"))
        .send()
        .join();

    ActivatedJob recordAcceptance = completeJob(Handoff.RECORD_ACCEPTANCE_JOB, Map.of());
    assertThat(recordAcceptance.getVariablesAsMap()).containsEntry(Handoff.ACCOUNT_MANAGER, "amy");
    ActivatedJob startOnboarding = completeJob(Handoff.START_ONBOARDING_JOB, Map.of());
    assertThat(startOnboarding.getVariablesAsMap())
        .containsEntry(Handoff.ACCEPTANCE_NOTE, "Kickoff Monday")
        .containsEntry(Handoff.CUSTOMER_NAME, "Acme Corp");

    control.waitForIdleState(WAIT);
    processInstance(openHandoff.getProcessInstanceKey())
        .hasPassedElementsInOrder(
            Handoff.DEAL_WON_START,
            Handoff.OPEN_HANDOFF_TASK,
            Handoff.ACCEPT_HANDOFF_TASK,
            Handoff.RECORD_ACCEPTANCE_TASK,
            Handoff.START_ONBOARDING_TASK,
            Handoff.HANDED_OVER_END)
        .isCompleted();
  }

  @Test
  void dealWonPublishedTwiceStartsOneHandoff() throws Exception {
    publishDealWon("deal-2");
    publishDealWonIgnoringDuplicate("deal-2");
    control.waitForIdleState(WAIT);

    List<ActivatedJob> jobs = activateAll(Handoff.OPEN_HANDOFF_JOB);

    assertThat(jobs).hasSize(1);
  }

  @Test
  void twoDealsStartTwoHandoffs() throws Exception {
    publishDealWon("deal-3");
    publishDealWon("deal-4");
    control.waitForIdleState(WAIT);

    List<ActivatedJob> jobs = activateAll(Handoff.OPEN_HANDOFF_JOB);

    assertThat(jobs).extracting(job -> job.getVariablesAsMap().get("dealId")).containsExactlyInAnyOrder("deal-3", "deal-4");
  }

  private static void publishDealWon(String dealId) {
    client
        .newPublishMessageCommand()
        .messageName(Handoff.DEAL_WON_MESSAGE)
        .correlationKey(dealId)
        .messageId(Handoff.dealWonMessageId(dealId))
        .variables(dealWonVariables(dealId))
        .send()
        .join();
  }

  private static void publishDealWonIgnoringDuplicate(String dealId) {
    try {
      publishDealWon(dealId);
    } catch (ClientStatusException duplicate) {
      assertThat(duplicate.getStatusCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
    }
  }

  private static Map<String, Object> dealWonVariables(String dealId) {
    return Map.of(
        "dealId", dealId,
        Handoff.CUSTOMER_NAME, "Acme Corp",
        Handoff.SALES_OWNER, "sam",
        Handoff.ARR, 48000,
        "correlationId", "test-" + dealId);
  }

  private static List<ActivatedJob> activateAll(String jobType) {
    return client
        .newActivateJobsCommand()
        .jobType(jobType)
        .maxJobsToActivate(10)
        .send()
        .join()
        .getJobs();
  }

  private static ActivatedJob completeJob(String jobType, Map<String, Object> variables) {
    ActivatedJob job =
        await()
            .atMost(WAIT)
            .until(
                () ->
                    client
                        .newActivateJobsCommand()
                        .jobType(jobType)
                        .maxJobsToActivate(1)
                        .send()
                        .join()
                        .getJobs(),
                jobs -> !jobs.isEmpty())
            .getFirst();
    client.newCompleteCommand(job).variables(variables).send().join();
    return job;
  }

  private static UserTask awaitAcceptTask(long processInstanceKey) {
    return await()
        .atMost(WAIT)
        .until(
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(
                        filter ->
                            filter
                                .processInstanceKey(processInstanceKey)
                                .elementId(Handoff.ACCEPT_HANDOFF_TASK))
                    .send()
                    .join()
                    .items(),
            tasks -> tasks.size() == 1)
        .getFirst();
  }

  private static ProcessInstanceAssert processInstance(long key) {
    return BpmnAssert.assertThat(new InspectedProcessInstance(key));
  }
}

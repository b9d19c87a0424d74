package io.baton.workflows;

import static io.baton.workflows.HandoffFixtures.ACCEPTANCE_DUE_IN;
import static io.baton.workflows.HandoffFixtures.ACCOUNT_MANAGER;
import static io.baton.workflows.HandoffFixtures.BRIEF_DUE_IN;
import static io.baton.workflows.HandoffFixtures.SALES_OWNER;
import static io.baton.workflows.HandoffFixtures.briefWithoutEconomicBuyer;
import static io.baton.workflows.HandoffFixtures.completeBrief;
import static io.baton.workflows.HandoffFixtures.dueIn;
import static io.baton.workflows.HandoffFixtures.leadContext;
import static io.baton.workflows.HandoffFixtures.lineage;
import static io.baton.workflows.HandoffFixtures.returnWithQuestions;
import static io.baton.workflows.HandoffFixtures.withNulls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baton.workflows.HandoffDriver.StartedHandoff;
import io.baton.workflows.ProcessContract.Handoff;
import io.baton.workflows.ProcessContract.Variables;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.CompleteUserTaskResponse;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.process.test.assertions.IncidentAssert;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.protocol.record.value.ErrorType;
import io.grpc.Status;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@code sale-to-implementation-handoff} on the embedded engine, path by path. The tests play the
 * workers and the people ({@link HandoffDriver}); one engine serves all of them and is reset before
 * each.
 */
class SaleToImplementationHandoffProcessIT extends EngineProcessTest {

  private static final String DEAL = "deal-1";

  private static HandoffDriver driver;

  @BeforeAll
  static void createDriver() {
    driver = new HandoffDriver(client, control);
  }

  @Nested
  class HandedOver {

    @Test
    void wonDealIsBriefedAcceptedAndHandedToOnboardingWithItsPromises() {
      StartedHandoff handoff = driver.openHandoff(DEAL);
      ActivatedJob assembleContext =
          driver.completeJob(
              Handoff.ASSEMBLE_CONTEXT_JOB, Map.of(Handoff.LEAD_CONTEXT, leadContext()));
      assertThat(assembleContext.getVariablesAsMap())
          .containsEntry(Variables.DEAL_ID, DEAL)
          .containsEntry(Handoff.LEAD_ID, "lead-of-" + DEAL);

      UserTask briefTask =
          driver.awaitUserTask(handoff.processInstanceKey(), Handoff.COMPLETE_BRIEF_TASK);
      assertThat(briefTask.getAssignee()).isEqualTo(SALES_OWNER);
      assertThat(briefTask.getCandidateGroups()).containsExactly(Handoff.SALES_GROUP);
      assertThat(briefTask.getDueDate())
          .isAtSameInstantAs(OffsetDateTime.parse(handoff.briefDueAt()));
      assertThat(driver.formIdOf(briefTask)).isEqualTo(Handoff.BRIEF_FORM);

      String acceptanceDueAt = driver.awaitDecision(handoff);
      UserTask acceptTask =
          driver.awaitUserTask(handoff.processInstanceKey(), Handoff.ACCEPT_HANDOFF_TASK);
      assertThat(acceptTask.getCandidateGroups()).containsExactly(Handoff.ACCOUNT_MANAGERS_GROUP);
      assertThat(acceptTask.getDueDate()).isAtSameInstantAs(OffsetDateTime.parse(acceptanceDueAt));
      assertThat(driver.formIdOf(acceptTask)).isEqualTo(Handoff.ACCEPT_HANDOFF_FORM);

      ActivatedJob startOnboarding = driver.handOver(handoff.processInstanceKey());
      Map<String, Object> brief = completeBrief().variables();
      assertThat(startOnboarding.getVariablesAsMap())
          .containsEntry(Handoff.PROMISES, brief.get(Handoff.PROMISES))
          .containsEntry(Handoff.SUCCESS_CRITERIA, brief.get(Handoff.SUCCESS_CRITERIA))
          .containsEntry(Handoff.ACCOUNT_MANAGER, ACCOUNT_MANAGER)
          .containsEntry(Handoff.CUSTOMER_NAME, "Acme Corp")
          .containsEntry(Handoff.LINEAGE, lineage(DEAL));

      driver.waitForIdle();
      processInstance(handoff)
          .hasPassedElementsInOrder(
              Handoff.DEAL_WON_START,
              Handoff.OPEN_HANDOFF_TASK,
              Handoff.ASSEMBLE_CONTEXT_TASK,
              Handoff.BRIEF_JOIN_GATEWAY,
              Handoff.COMPLETE_BRIEF_TASK,
              Handoff.RECORD_BRIEF_TASK,
              Handoff.ACCEPT_HANDOFF_TASK,
              Handoff.ACCEPTANCE_DECISION_GATEWAY,
              Handoff.RECORD_ACCEPTANCE_TASK,
              Handoff.START_ONBOARDING_TASK,
              Handoff.HANDED_OVER_END)
          .hasNotPassedElement(Handoff.RECORD_MISSING_LEAD_TASK)
          .hasNotPassedElement(Handoff.RECORD_RETURN_TASK)
          .hasNotPassedElement(Handoff.RECORD_BRIEF_OVERDUE_TASK)
          .hasNotPassedElement(Handoff.RECORD_ACCEPTANCE_OVERDUE_TASK)
          .hasVariableWithValue(Handoff.DECISION, Handoff.DECISION_ACCEPT)
          .hasNoIncidents()
          .isCompleted();
    }
  }

  @Nested
  class LineageToOnboarding {

    /**
     * The lineage onboarding starts with is the one record-acceptance returned: one typed into the
     * accept form (a client's request body) is replaced, as is the account manager.
     */
    @Test
    void theLineageOnboardingStartsWithIsTheOneHandoffServiceRecordedNeverTheFormsOwn() {
      StartedHandoff handoff = driver.awaitBrief(DEAL);
      driver.awaitDecision(handoff);
      Map<String, Object> forgedForm = new HashMap<>(HandoffFixtures.acceptance());
      forgedForm.put(
          Handoff.LINEAGE,
          Map.of(
              ProcessContract.Lineage.ACCEPTING_ACCOUNT_MANAGER,
              "mallory",
              ProcessContract.Lineage.CAMPAIGN,
              "forged"));
      forgedForm.put(Handoff.ACCOUNT_MANAGER, "mallory");

      ActivatedJob startOnboarding = driver.handOver(handoff.processInstanceKey(), forgedForm);

      assertThat(startOnboarding.getVariablesAsMap())
          .containsEntry(Handoff.LINEAGE, lineage(DEAL))
          .containsEntry(Handoff.ACCOUNT_MANAGER, ACCOUNT_MANAGER);
      @SuppressWarnings("unchecked")
      Map<String, Object> carried =
          (Map<String, Object>) startOnboarding.getVariablesAsMap().get(Handoff.LINEAGE);
      assertThat(ProcessContract.Lineage.keys()).containsAll(carried.keySet());
      driver.waitForIdle();
      processInstance(handoff).hasPassedElement(Handoff.HANDED_OVER_END).isCompleted();
    }
  }

  @Nested
  class BriefValidation {

    @Test
    void incompleteBriefIsDeniedWithTheReasonAndStaysOpenUntilItIsComplete() {
      StartedHandoff handoff = driver.awaitBrief(DEAL);
      UserTask briefTask =
          driver.awaitUserTask(handoff.processInstanceKey(), Handoff.COMPLETE_BRIEF_TASK);

      CamundaFuture<CompleteUserTaskResponse> incomplete =
          driver.submit(briefTask, briefWithoutEconomicBuyer().variables());
      ActivatedJob denial =
          driver.denyCompletion(Handoff.VALIDATE_BRIEF_JOB, "Name the economic buyer");

      assertThat(denial.getVariablesAsMap())
          .containsEntry(Handoff.STAKEHOLDERS, briefWithoutEconomicBuyer().stakeholders());
      assertThatThrownBy(incomplete::join)
          .isInstanceOfSatisfying(
              ProblemException.class,
              problem -> {
                assertThat(problem.details().getStatus()).isEqualTo(409);
                assertThat(problem.details().getDetail()).contains("Name the economic buyer");
              });
      assertThat(driver.stateOf(briefTask)).isEqualTo(UserTaskState.CREATED);

      CamundaFuture<CompleteUserTaskResponse> fixed =
          driver.submit(briefTask, completeBrief().variables());
      driver.allowCompletion(Handoff.VALIDATE_BRIEF_JOB);
      fixed.join();

      ActivatedJob recordBrief =
          driver.completeJob(
              Handoff.RECORD_BRIEF_JOB,
              Map.of(Handoff.ACCEPTANCE_DUE_AT, dueIn(ACCEPTANCE_DUE_IN)));
      assertThat(recordBrief.getVariablesAsMap())
          .containsEntry(Handoff.STAKEHOLDERS, completeBrief().stakeholders());
      assertThat(driver.stateOf(briefTask)).isEqualTo(UserTaskState.COMPLETED);

      driver.awaitUserTask(handoff.processInstanceKey(), Handoff.ACCEPT_HANDOFF_TASK);
      driver.waitForIdle();
      processInstance(handoff)
          .hasPassedElement(Handoff.COMPLETE_BRIEF_TASK, 1)
          .hasPassedElementsInOrder(Handoff.COMPLETE_BRIEF_TASK, Handoff.RECORD_BRIEF_TASK)
          .isWaitingExactlyAtElements(Handoff.ACCEPT_HANDOFF_TASK)
          .hasNoIncidents();
    }
  }

  @Nested
  class ReturnedToSales {

    @Test
    void returnedHandoffReopensTheBriefForTheSalesOwnerWithTheQuestionsThenIsAccepted() {
      StartedHandoff handoff = driver.awaitBrief(DEAL);
      driver.awaitDecision(handoff);
      driver.completeUserTask(
          handoff.processInstanceKey(),
          Handoff.ACCEPT_HANDOFF_TASK,
          Handoff.VALIDATE_DECISION_JOB,
          returnWithQuestions("Who signs off the SSO setup?"));

      String newBriefDueAt = dueIn(BRIEF_DUE_IN);
      ActivatedJob recordReturn =
          driver.completeJob(
              Handoff.RECORD_RETURN_JOB,
              withNulls(
                  Handoff.BRIEF_DUE_AT,
                  newBriefDueAt,
                  Handoff.RETURN_COUNT,
                  1,
                  Handoff.DECISION,
                  null));
      assertThat(recordReturn.getVariablesAsMap())
          .containsEntry(Handoff.RETURN_QUESTIONS, "Who signs off the SSO setup?");

      UserTask reopenedBrief =
          driver.awaitUserTask(handoff.processInstanceKey(), Handoff.COMPLETE_BRIEF_TASK);
      assertThat(reopenedBrief.getAssignee()).isEqualTo(SALES_OWNER);
      assertThat(reopenedBrief.getDueDate()).isAtSameInstantAs(OffsetDateTime.parse(newBriefDueAt));
      assertThat(driver.variablesOf(reopenedBrief))
          .containsEntry(Handoff.RETURN_QUESTIONS, "\"Who signs off the SSO setup?\"")
          .containsEntry(Handoff.DECISION, "null");

      driver.awaitDecision(handoff);
      driver.handOver(handoff.processInstanceKey());

      driver.waitForIdle();
      processInstance(handoff)
          .hasPassedElementsInOrder(
              Handoff.ASSEMBLE_CONTEXT_TASK,
              Handoff.BRIEF_JOIN_GATEWAY,
              Handoff.COMPLETE_BRIEF_TASK,
              Handoff.RECORD_BRIEF_TASK,
              Handoff.ACCEPT_HANDOFF_TASK,
              Handoff.ACCEPTANCE_DECISION_GATEWAY,
              Handoff.RECORD_RETURN_TASK,
              Handoff.BRIEF_JOIN_GATEWAY,
              Handoff.COMPLETE_BRIEF_TASK,
              Handoff.RECORD_BRIEF_TASK,
              Handoff.ACCEPT_HANDOFF_TASK,
              Handoff.ACCEPTANCE_DECISION_GATEWAY,
              Handoff.RECORD_ACCEPTANCE_TASK,
              Handoff.START_ONBOARDING_TASK,
              Handoff.HANDED_OVER_END)
          .hasPassedElement(Handoff.RECORD_RETURN_TASK, 1)
          .hasPassedElement(Handoff.COMPLETE_BRIEF_TASK, 2)
          .hasVariableWithValue(Handoff.RETURN_COUNT, 1)
          .hasNoIncidents()
          .isCompleted();
    }
  }

  @Nested
  class Deadlines {

    @Test
    void overdueBriefIsEscalatedToTheSalesManagersWhileTheBriefStaysOpen() {
      StartedHandoff handoff = driver.awaitBrief(DEAL);
      driver.awaitUserTask(handoff.processInstanceKey(), Handoff.COMPLETE_BRIEF_TASK);

      control.increaseTime(BRIEF_DUE_IN.plusHours(1));

      assertEscalated(
          handoff,
          "brief",
          Handoff.RECORD_BRIEF_OVERDUE_TASK,
          Handoff.ESCALATE_OVERDUE_BRIEF_TASK,
          Handoff.SALES_MANAGERS_GROUP,
          Handoff.COMPLETE_BRIEF_TASK);
      processInstance(handoff)
          .hasPassedElementsInOrder(
              Handoff.BRIEF_OVERDUE_TIMER,
              Handoff.RECORD_BRIEF_OVERDUE_TASK,
              Handoff.ESCALATE_OVERDUE_BRIEF_TASK,
              Handoff.BRIEF_ESCALATION_HANDLED_END);
    }

    @Test
    void overdueAcceptanceIsEscalatedToTheAccountManagementLeadsWhileTheDecisionStaysOpen() {
      StartedHandoff handoff = driver.awaitBrief(DEAL);
      driver.awaitDecision(handoff);
      driver.awaitUserTask(handoff.processInstanceKey(), Handoff.ACCEPT_HANDOFF_TASK);

      control.increaseTime(ACCEPTANCE_DUE_IN.plusHours(1));

      assertEscalated(
          handoff,
          "acceptance",
          Handoff.RECORD_ACCEPTANCE_OVERDUE_TASK,
          Handoff.ESCALATE_OVERDUE_ACCEPTANCE_TASK,
          Handoff.ACCOUNT_MANAGEMENT_LEADS_GROUP,
          Handoff.ACCEPT_HANDOFF_TASK);
      processInstance(handoff)
          .hasPassedElementsInOrder(
              Handoff.ACCEPTANCE_OVERDUE_TIMER,
              Handoff.RECORD_ACCEPTANCE_OVERDUE_TASK,
              Handoff.ESCALATE_OVERDUE_ACCEPTANCE_TASK,
              Handoff.ACCEPTANCE_ESCALATION_HANDLED_END)
          .hasNotPassedElement(Handoff.BRIEF_OVERDUE_TIMER);
    }

    /**
     * The overdue job names its stage, the escalation lands with the group, and handling it ends
     * the escalation branch only: the overdue task is still open.
     */
    private void assertEscalated(
        StartedHandoff handoff,
        String overdueStage,
        String recordOverdueTask,
        String escalationTask,
        String escalationGroup,
        String overdueTask) {
      ActivatedJob recordOverdue = driver.completeJob(Handoff.RECORD_OVERDUE_JOB, Map.of());
      assertThat(recordOverdue.getElementId()).isEqualTo(recordOverdueTask);
      assertThat(recordOverdue.getVariablesAsMap())
          .containsEntry(Handoff.OVERDUE_STAGE, overdueStage);

      UserTask escalation = driver.awaitUserTask(handoff.processInstanceKey(), escalationTask);
      assertThat(escalation.getCandidateGroups()).containsExactly(escalationGroup);
      assertThat(driver.formIdOf(escalation)).isEqualTo(Handoff.ESCALATION_FORM);
      driver.waitForIdle();
      processInstance(handoff).isWaitingExactlyAtElements(overdueTask, escalationTask);

      driver.submit(escalation, Map.of("escalationNote", "Called them")).join();

      driver.waitForIdle();
      processInstance(handoff).isWaitingExactlyAtElements(overdueTask).hasNoIncidents().isActive();
    }
  }

  @Nested
  class LeadContext {

    @Test
    void unknownLeadIsRecordedAsMissingAndTheBriefStillOpens() {
      StartedHandoff handoff = driver.openHandoff(DEAL);
      ActivatedJob assembleContext = driver.awaitJob(Handoff.ASSEMBLE_CONTEXT_JOB);
      client
          .newThrowErrorCommand(assembleContext)
          .errorCode(Handoff.LEAD_NOT_FOUND_ERROR)
          .errorMessage("No lead lead-of-" + DEAL)
          .send()
          .join();
      driver.completeJob(Handoff.RECORD_MISSING_LEAD_JOB, withNulls(Handoff.LEAD_CONTEXT, null));

      UserTask briefTask =
          driver.awaitUserTask(handoff.processInstanceKey(), Handoff.COMPLETE_BRIEF_TASK);
      assertThat(briefTask.getAssignee()).isEqualTo(SALES_OWNER);
      driver.waitForIdle();
      processInstance(handoff)
          .hasPassedElementsInOrder(
              Handoff.OPEN_HANDOFF_TASK,
              Handoff.LEAD_NOT_FOUND_BOUNDARY,
              Handoff.RECORD_MISSING_LEAD_TASK,
              Handoff.BRIEF_JOIN_GATEWAY)
          .isWaitingExactlyAtElements(Handoff.COMPLETE_BRIEF_TASK)
          .hasVariableWithValue(Handoff.LEAD_CONTEXT, null)
          .hasNoIncidents();
    }

    @Test
    void leadServiceOutageIsRiddenOutByRetriesWithBackoff() {
      StartedHandoff handoff = driver.openHandoff(DEAL);
      ActivatedJob failed = driver.awaitJob(Handoff.ASSEMBLE_CONTEXT_JOB);
      Duration backoff = Duration.ofSeconds(30);
      client
          .newFailCommand(failed)
          .retries(failed.getRetries() - 1)
          .retryBackoff(backoff)
          .errorMessage("lead-service unavailable")
          .send()
          .join();

      driver.waitForIdle();
      assertThat(driver.activateJobs(Handoff.ASSEMBLE_CONTEXT_JOB))
          .as("jobs during the backoff")
          .isEmpty();

      control.increaseTime(backoff.plusSeconds(1));
      ActivatedJob retried =
          driver.completeJob(
              Handoff.ASSEMBLE_CONTEXT_JOB, Map.of(Handoff.LEAD_CONTEXT, leadContext()));
      assertThat(retried.getKey()).isEqualTo(failed.getKey());
      assertThat(retried.getRetries()).isEqualTo(failed.getRetries() - 1);

      driver.awaitUserTask(handoff.processInstanceKey(), Handoff.COMPLETE_BRIEF_TASK);
      driver.waitForIdle();
      processInstance(handoff)
          .hasPassedElementsInOrder(Handoff.ASSEMBLE_CONTEXT_TASK, Handoff.BRIEF_JOIN_GATEWAY)
          .isWaitingExactlyAtElements(Handoff.COMPLETE_BRIEF_TASK)
          .hasNoIncidents();
    }

    @Test
    void leadServiceOutageOutlastingTheRetriesRaisesAnIncidentThatCanBeResolved() {
      StartedHandoff handoff = driver.openHandoff(DEAL);
      ActivatedJob failed = driver.awaitJob(Handoff.ASSEMBLE_CONTEXT_JOB);
      client
          .newFailCommand(failed)
          .retries(0)
          .errorMessage("lead-service unavailable")
          .send()
          .join();

      driver.waitForIdle();
      IncidentAssert incident =
          processInstance(handoff)
              .hasAnyIncidents()
              .isWaitingExactlyAtElements(Handoff.ASSEMBLE_CONTEXT_TASK)
              .extractingLatestIncident()
              .occurredOnElement(Handoff.ASSEMBLE_CONTEXT_TASK)
              .hasErrorType(ErrorType.JOB_NO_RETRIES)
              .hasErrorMessage("lead-service unavailable")
              .isUnresolved();

      client.newUpdateRetriesCommand(failed.getKey()).retries(1).send().join();
      client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
      driver.completeJob(Handoff.ASSEMBLE_CONTEXT_JOB, Map.of(Handoff.LEAD_CONTEXT, leadContext()));

      driver.awaitUserTask(handoff.processInstanceKey(), Handoff.COMPLETE_BRIEF_TASK);
      driver.waitForIdle();
      incident.isResolved();
      processInstance(handoff)
          .hasPassedElementsInOrder(Handoff.ASSEMBLE_CONTEXT_TASK, Handoff.BRIEF_JOIN_GATEWAY)
          .isWaitingExactlyAtElements(Handoff.COMPLETE_BRIEF_TASK);
    }
  }

  @Nested
  class DealWon {

    @Test
    void dealWonPublishedTwiceStartsOneHandoff() {
      driver.publishDealWon(DEAL);
      publishDealWonIgnoringDuplicate(DEAL);
      driver.waitForIdle();

      assertThat(driver.activateJobs(Handoff.OPEN_HANDOFF_JOB)).hasSize(1);
    }

    @Test
    void twoDealsStartTwoHandoffs() {
      driver.publishDealWon("deal-3");
      driver.publishDealWon("deal-4");
      driver.waitForIdle();

      List<ActivatedJob> openHandoffs = driver.activateJobs(Handoff.OPEN_HANDOFF_JOB);

      assertThat(openHandoffs)
          .extracting(job -> job.getVariablesAsMap().get(Variables.DEAL_ID))
          .containsExactlyInAnyOrder("deal-3", "deal-4");
      assertThat(openHandoffs)
          .extracting(ActivatedJob::getProcessInstanceKey)
          .doesNotHaveDuplicates();
    }

    private void publishDealWonIgnoringDuplicate(String dealId) {
      try {
        driver.publishDealWon(dealId);
      } catch (ClientStatusException duplicate) {
        assertThat(duplicate.getStatusCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
      }
    }
  }

  private static ProcessInstanceAssert processInstance(StartedHandoff handoff) {
    return processInstance(handoff.processInstanceKey());
  }
}

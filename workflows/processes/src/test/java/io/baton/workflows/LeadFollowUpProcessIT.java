package io.baton.workflows;

import static io.baton.workflows.LeadFollowUpDriver.ATTEMPT_INTERVAL;
import static io.baton.workflows.LeadFollowUpDriver.ESCALATE_AFTER;
import static io.baton.workflows.LeadFollowUpDriver.MAX_ATTEMPTS;
import static io.baton.workflows.LeadFollowUpDriver.NOTIFY_OWNER_AFTER;
import static io.baton.workflows.LeadFollowUpDriver.OWNER;
import static io.baton.workflows.LeadFollowUpDriver.REASSIGN_AFTER;
import static io.baton.workflows.LeadFollowUpDriver.TEAM;
import static io.baton.workflows.LeadFollowUpDriver.enterpriseDemoRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baton.workflows.ProcessContract.Handoff;
import io.baton.workflows.ProcessContract.LeadFollowUp;
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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code lead-follow-up} and its play decision on the embedded engine, path by path. The tests play
 * lead-service and the reps ({@link LeadFollowUpDriver}); one engine serves all of them and is
 * reset before each.
 */
class LeadFollowUpProcessIT extends EngineProcessTest {

  private static final String LEAD = "lead-1";

  private static LeadFollowUpDriver driver;

  @BeforeAll
  static void createDriver() {
    driver = new LeadFollowUpDriver(client, control);
  }

  @Nested
  class PlayDecision {

    @ParameterizedTest(name = "{0} from {1} with {2} employees asking for {3}")
    @CsvSource({
      "enterprise-discovery, web-form, 5000, demo-request, priority",
      "mid-market-demo, paid-search, 200, pricing-request, priority",
      "quick-start-demo, web-form, , demo-request, standard",
      "warm-introduction, referral, 20, content-download, priority",
      "trial-assist, web-form, 10, trial-signup, standard",
      "enterprise-education, web-form, 3000, content-download, standard",
      "event-follow-up, webinar, 100, event-visit, standard",
      "educate-and-qualify, paid-search, 10, content-download, low",
      "educate-and-qualify, outbound, , , low"
    })
    void picksThePlayAndSlaTierFromSourceSizeAndInterest(
        String play, String channel, Integer size, String interest, String tier) {
      Map<String, Object> lead = new HashMap<>(enterpriseDemoRequest(LEAD));
      lead.put(LeadFollowUp.SOURCE_CHANNEL, channel);
      lead.put(LeadFollowUp.COMPANY_SIZE, size);
      lead.put(LeadFollowUp.INTEREST, interest);
      driver.publishLeadReceived(lead);

      ActivatedJob assignOwner = driver.awaitJob(LeadFollowUp.ASSIGN_OWNER_JOB);

      @SuppressWarnings("unchecked")
      Map<String, Object> decided =
          (Map<String, Object>) assignOwner.getVariablesAsMap().get(LeadFollowUp.PLAY);
      assertThat(decided)
          .containsEntry(LeadFollowUp.PLAY_NAME, play)
          .containsEntry(LeadFollowUp.SLA_TIER, tier)
          .containsKeys(LeadFollowUp.TALK_TRACK, LeadFollowUp.NEXT_STEP, LeadFollowUp.PLAY_REASON);
      assertThat(decided.values()).allSatisfy(value -> assertThat((String) value).isNotBlank());
    }

    @Test
    void theSameLeadReceivedTwiceFollowsItUpOnce() {
      driver.publishLeadReceived(enterpriseDemoRequest(LEAD));
      assertThatThrownBy(() -> driver.publishLeadReceived(enterpriseDemoRequest(LEAD)))
          .isInstanceOfSatisfying(
              ClientStatusException.class,
              rejection ->
                  assertThat(rejection.getStatusCode()).isEqualTo(Status.Code.ALREADY_EXISTS));

      driver.awaitJob(LeadFollowUp.ASSIGN_OWNER_JOB);
      driver.waitForIdle();
      assertThat(driver.activateJobs(LeadFollowUp.ASSIGN_OWNER_JOB)).isEmpty();
    }
  }

  @Nested
  class FirstContact {

    @Test
    void ownerReachesTheLeadInTimeAndQualifiesIt() {
      long instance = driver.receiveAndAssign(LEAD).getProcessInstanceKey();

      UserTask firstContact = driver.awaitUserTask(instance, LeadFollowUp.MAKE_FIRST_CONTACT_TASK);
      assertThat(firstContact.getAssignee()).isEqualTo(OWNER);
      assertThat(firstContact.getCandidateGroups()).containsExactly(TEAM);
      assertThat(firstContact.getPriority()).isEqualTo(80);
      assertThat(firstContact.getDueDate())
          .isBefore(OffsetDateTime.now().plus(NOTIFY_OWNER_AFTER).plusMinutes(1));
      assertThat(driver.formIdOf(firstContact)).isEqualTo(LeadFollowUp.CONTACT_ATTEMPT_FORM);

      ActivatedJob recordAttempt =
          driver.reportAttempt(instance, LeadFollowUp.MAKE_FIRST_CONTACT_TASK, "replied", 1, true);
      assertThat(recordAttempt.getVariablesAsMap())
          .containsEntry(LeadFollowUp.ATTEMPT_OUTCOME, "replied")
          .containsEntry(LeadFollowUp.ATTEMPT_CHANNEL, "call");

      UserTask qualify = driver.awaitUserTask(instance, LeadFollowUp.QUALIFY_LEAD_TASK);
      assertThat(driver.formIdOf(qualify)).isEqualTo(LeadFollowUp.QUALIFICATION_FORM);
      driver.completeUserTask(
          instance,
          LeadFollowUp.QUALIFY_LEAD_TASK,
          LeadFollowUp.VALIDATE_OUTCOME_JOB,
          Map.of(LeadFollowUp.OUTCOME, "qualified"));
      driver.completeJob(LeadFollowUp.RECORD_OUTCOME_JOB, Map.of());

      driver.waitForIdle();
      processInstance(instance)
          .hasPassedElementsInOrder(
              LeadFollowUp.LEAD_RECEIVED_START,
              LeadFollowUp.DECIDE_PLAY_TASK,
              LeadFollowUp.ASSIGN_OWNER_TASK,
              LeadFollowUp.MAKE_FIRST_CONTACT_TASK,
              LeadFollowUp.RECORD_ATTEMPT_TASK,
              LeadFollowUp.CONTACT_MADE_END,
              LeadFollowUp.QUALIFY_LEAD_TASK,
              LeadFollowUp.RECORD_OUTCOME_TASK)
          .hasNotPassedElement(LeadFollowUp.NOTIFY_OWNER_TASK)
          .isWaitingExactlyAtElements(LeadFollowUp.AWAIT_DEAL_OUTCOME_EVENT)
          .hasNoIncidents();
    }

    @Test
    void anAttemptRecordedThroughTheApiTakesThePlaceOfTheTask() {
      long instance = driver.receiveAndAssign(LEAD).getProcessInstanceKey();
      UserTask firstContact = driver.awaitUserTask(instance, LeadFollowUp.MAKE_FIRST_CONTACT_TASK);

      driver.publishAttemptRecorded(LEAD, 1, "meeting-booked", true);

      driver.awaitUserTask(instance, LeadFollowUp.QUALIFY_LEAD_TASK);
      assertThat(driver.stateOf(firstContact)).isEqualTo(UserTaskState.CANCELED);
      driver.waitForIdle();
      processInstance(instance)
          .hasPassedElement(LeadFollowUp.FIRST_ATTEMPT_RECORDED_BOUNDARY)
          .hasNotPassedElement(LeadFollowUp.RECORD_ATTEMPT_TASK)
          .isWaitingExactlyAtElements(LeadFollowUp.QUALIFY_LEAD_TASK);
    }
  }

  @Nested
  class SpeedToLeadEscalations {

    @Test
    void anUntouchedLeadNotifiesTheOwnerThenGoesToTheTeamQueueThenToTheManager() {
      long instance = driver.receiveAndAssign(LEAD).getProcessInstanceKey();
      UserTask firstContact = driver.awaitUserTask(instance, LeadFollowUp.MAKE_FIRST_CONTACT_TASK);

      control.increaseTime(NOTIFY_OWNER_AFTER.plusSeconds(1));
      ActivatedJob notify = driver.completeJob(LeadFollowUp.NOTIFY_OWNER_JOB, Map.of());
      assertThat(notify.getVariablesAsMap()).containsEntry(LeadFollowUp.OWNER, OWNER);
      assertThat(driver.activateJobs(LeadFollowUp.REASSIGN_TO_QUEUE_JOB)).isEmpty();

      control.increaseTime(REASSIGN_AFTER);
      driver.completeJob(LeadFollowUp.REASSIGN_TO_QUEUE_JOB, Map.of());
      assertThat(driver.activateJobs(LeadFollowUp.ESCALATE_TO_MANAGER_JOB)).isEmpty();

      control.increaseTime(ESCALATE_AFTER);
      driver.completeJob(LeadFollowUp.ESCALATE_TO_MANAGER_JOB, Map.of());
      UserTask review = driver.awaitUserTask(instance, LeadFollowUp.REVIEW_UNCONTACTED_LEAD_TASK);
      assertThat(review.getCandidateGroups()).containsExactly(LeadFollowUp.SALES_MANAGERS_GROUP);
      assertThat(driver.formIdOf(review)).isEqualTo(LeadFollowUp.ESCALATION_FORM);
      client
          .newCompleteUserTaskCommand(review.getUserTaskKey())
          .variables(
              Map.of(
                  LeadFollowUp.REASSIGN_TO,
                  "rita",
                  LeadFollowUp.REVIEW_NOTE,
                  "Rita takes it today"))
          .send()
          .join();
      ActivatedJob recordReview =
          driver.completeJob(
              LeadFollowUp.RECORD_MANAGER_REVIEW_JOB, Map.of(LeadFollowUp.OWNER, "rita"));
      assertThat(recordReview.getVariablesAsMap()).containsEntry(LeadFollowUp.REASSIGN_TO, "rita");

      assertThat(driver.stateOf(firstContact)).isEqualTo(UserTaskState.CREATED);
      driver.waitForIdle();
      processInstance(instance)
          .hasPassedElementsInOrder(
              LeadFollowUp.NOTIFY_OWNER_TASK,
              LeadFollowUp.REASSIGN_TO_QUEUE_TASK,
              LeadFollowUp.ESCALATE_TO_MANAGER_TASK,
              LeadFollowUp.RECORD_MANAGER_REVIEW_TASK)
          .isWaitingAtElements(LeadFollowUp.MAKE_FIRST_CONTACT_TASK)
          .hasNoIncidents();
    }

    /**
     * A lead imported long after it came in (its {@code receivedAt} last year): lead-service gives
     * it a first-contact due time in the past and no delay left at any stage, and the engine fires
     * the three timers at once, without the clock moving.
     */
    @Test
    void aLeadImportedLongOverdueIsNotifiedReassignedAndEscalatedAtOnce() {
      driver.publishLeadReceived(enterpriseDemoRequest(LEAD));
      Map<String, Object> overdue = new HashMap<>(LeadFollowUpDriver.ownerAndClock());
      String dueLastYear = HandoffFixtures.dueIn(Duration.ofDays(-365));
      overdue.put(LeadFollowUp.FIRST_CONTACT_DUE_AT, dueLastYear);
      overdue.put(LeadFollowUp.NOTIFY_OWNER_AFTER, Duration.ZERO.toString());
      overdue.put(LeadFollowUp.REASSIGN_AFTER, Duration.ZERO.toString());
      overdue.put(LeadFollowUp.ESCALATE_AFTER, Duration.ZERO.toString());
      long instance =
          driver.completeJob(LeadFollowUp.ASSIGN_OWNER_JOB, overdue).getProcessInstanceKey();
      UserTask firstContact = driver.awaitUserTask(instance, LeadFollowUp.MAKE_FIRST_CONTACT_TASK);
      assertThat(firstContact.getDueDate()).isEqualTo(OffsetDateTime.parse(dueLastYear));

      driver.completeJob(LeadFollowUp.NOTIFY_OWNER_JOB, Map.of());
      Map<String, Object> backToTheQueue = new HashMap<>();
      backToTheQueue.put(LeadFollowUp.OWNER, null);
      driver.completeJob(LeadFollowUp.REASSIGN_TO_QUEUE_JOB, backToTheQueue);
      driver.completeJob(LeadFollowUp.ESCALATE_TO_MANAGER_JOB, Map.of());
      driver.awaitUserTask(instance, LeadFollowUp.REVIEW_UNCONTACTED_LEAD_TASK);

      assertThat(driver.stateOf(firstContact)).isEqualTo(UserTaskState.CREATED);
      driver.reportAttempt(instance, LeadFollowUp.MAKE_FIRST_CONTACT_TASK, "replied", 1, true);
      driver.awaitUserTask(instance, LeadFollowUp.QUALIFY_LEAD_TASK);
      driver.waitForIdle();
      processInstance(instance)
          .hasPassedElement(LeadFollowUp.NOTIFY_OWNER_TASK)
          .hasPassedElement(LeadFollowUp.REASSIGN_TO_QUEUE_TASK)
          .hasPassedElement(LeadFollowUp.ESCALATE_TO_MANAGER_TASK)
          .isWaitingExactlyAtElements(LeadFollowUp.QUALIFY_LEAD_TASK)
          .hasNoIncidents();
    }

    @Test
    void afterTheReassignmentFollowUpAttemptsGoToTheTeamQueue() {
      long instance = driver.receiveAndAssign(LEAD).getProcessInstanceKey();
      driver.awaitUserTask(instance, LeadFollowUp.MAKE_FIRST_CONTACT_TASK);
      control.increaseTime(REASSIGN_AFTER.plusSeconds(1));
      driver.completeJob(LeadFollowUp.NOTIFY_OWNER_JOB, Map.of());
      Map<String, Object> backToTheQueue = new HashMap<>();
      backToTheQueue.put(LeadFollowUp.OWNER, null);
      driver.completeJob(LeadFollowUp.REASSIGN_TO_QUEUE_JOB, backToTheQueue);

      driver.reportAttempt(instance, LeadFollowUp.MAKE_FIRST_CONTACT_TASK, "no-answer", 1, false);
      control.increaseTime(ATTEMPT_INTERVAL.plusSeconds(1));

      UserTask followUp = driver.awaitUserTask(instance, LeadFollowUp.MAKE_FOLLOW_UP_ATTEMPT_TASK);
      assertThat(followUp.getAssignee()).isNull();
      assertThat(followUp.getCandidateGroups()).containsExactly(TEAM);
    }

    @Test
    void contactMadeWhileTheManagerReviewsEndsTheReview() {
      long instance = driver.receiveAndAssign(LEAD).getProcessInstanceKey();
      driver.awaitUserTask(instance, LeadFollowUp.MAKE_FIRST_CONTACT_TASK);
      control.increaseTime(ESCALATE_AFTER.plusSeconds(1));
      driver.completeJob(LeadFollowUp.NOTIFY_OWNER_JOB, Map.of());
      driver.completeJob(LeadFollowUp.REASSIGN_TO_QUEUE_JOB, Map.of());
      driver.completeJob(LeadFollowUp.ESCALATE_TO_MANAGER_JOB, Map.of());
      UserTask review = driver.awaitUserTask(instance, LeadFollowUp.REVIEW_UNCONTACTED_LEAD_TASK);

      driver.reportAttempt(instance, LeadFollowUp.MAKE_FIRST_CONTACT_TASK, "replied", 1, true);

      driver.awaitUserTask(instance, LeadFollowUp.QUALIFY_LEAD_TASK);
      assertThat(driver.stateOf(review)).isEqualTo(UserTaskState.CANCELED);
    }
  }

  @Nested
  class Cadence {

    @Test
    void afterTheLastAttemptWithoutContactTheLeadReturnsToNurtureAsUnreachable() {
      long instance = driver.receiveAndAssign(LEAD).getProcessInstanceKey();
      driver.reportAttempt(instance, LeadFollowUp.MAKE_FIRST_CONTACT_TASK, "no-answer", 1, false);
      for (int attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
        assertThat(driver.activateJobs(LeadFollowUp.RETURN_TO_NURTURE_JOB)).isEmpty();
        control.increaseTime(ATTEMPT_INTERVAL.plusSeconds(1));
        UserTask followUp =
            driver.awaitUserTask(instance, LeadFollowUp.MAKE_FOLLOW_UP_ATTEMPT_TASK);
        assertThat(followUp.getAssignee()).isEqualTo(OWNER);
        driver.reportAttempt(
            instance, LeadFollowUp.MAKE_FOLLOW_UP_ATTEMPT_TASK, "left-voicemail", attempt, false);
      }

      driver.completeJob(LeadFollowUp.RETURN_TO_NURTURE_JOB, Map.of());

      driver.waitForIdle();
      processInstance(instance)
          .hasPassedElement(LeadFollowUp.RECORD_ATTEMPT_TASK, MAX_ATTEMPTS)
          .hasPassedElement(LeadFollowUp.MAKE_FOLLOW_UP_ATTEMPT_TASK, MAX_ATTEMPTS - 1)
          .hasPassedElementsInOrder(
              LeadFollowUp.CADENCE_EXHAUSTED_END,
              LeadFollowUp.RETURN_TO_NURTURE_TASK,
              LeadFollowUp.NURTURED_END)
          .hasNotPassedElement(LeadFollowUp.QUALIFY_LEAD_TASK)
          .hasNoIncidents()
          .isCompleted();
    }

    @Test
    void aReplyBetweenAttemptsEndsTheCadenceAtOnce() {
      long instance = driver.receiveAndAssign(LEAD).getProcessInstanceKey();
      driver.reportAttempt(instance, LeadFollowUp.MAKE_FIRST_CONTACT_TASK, "no-answer", 1, false);

      driver.publishAttemptRecorded(LEAD, 2, "replied", true);

      driver.awaitUserTask(instance, LeadFollowUp.QUALIFY_LEAD_TASK);
      driver.waitForIdle();
      processInstance(instance)
          .hasPassedElement(LeadFollowUp.ATTEMPT_RECORDED_CATCH)
          .hasNotPassedElement(LeadFollowUp.NEXT_ATTEMPT_DUE_TIMER)
          .isWaitingExactlyAtElements(LeadFollowUp.QUALIFY_LEAD_TASK);
    }

    @Test
    void qualifiedMidCadenceEndsTheFollowUpAndAwaitsTheDeal() {
      long instance = driver.receiveAndAssign(LEAD).getProcessInstanceKey();
      driver.reportAttempt(instance, LeadFollowUp.MAKE_FIRST_CONTACT_TASK, "no-answer", 1, false);

      driver.publishOutcomeRecorded(LEAD, LeadFollowUp.OUTCOME_QUALIFIED, Map.of());

      driver.waitForIdle();
      processInstance(instance)
          .hasPassedElement(LeadFollowUp.OUTCOME_DURING_FOLLOW_UP_BOUNDARY)
          .isWaitingExactlyAtElements(LeadFollowUp.AWAIT_DEAL_OUTCOME_EVENT)
          .hasNoIncidents();
    }
  }

  @Nested
  class Outcomes {

    @Test
    void disqualifiedInTheFormWithAReasonEndsTheLead() {
      long instance = contacted();

      ActivatedJob validation =
          driver.completeUserTask(
              instance,
              LeadFollowUp.QUALIFY_LEAD_TASK,
              LeadFollowUp.VALIDATE_OUTCOME_JOB,
              Map.of(
                  LeadFollowUp.OUTCOME, "disqualified", LeadFollowUp.OUTCOME_REASON, "no-budget"));
      assertThat(validation.getVariablesAsMap())
          .containsEntry(LeadFollowUp.OUTCOME_REASON, "no-budget");
      ActivatedJob record = driver.completeJob(LeadFollowUp.RECORD_OUTCOME_JOB, Map.of());
      assertThat(record.getVariablesAsMap()).containsEntry(LeadFollowUp.OUTCOME, "disqualified");

      driver.waitForIdle();
      processInstance(instance).hasPassedElement(LeadFollowUp.DISQUALIFIED_END).isCompleted();
    }

    @Test
    void aDisqualificationWithoutReasonIsDeniedUntilItHasOne() {
      long instance = contacted();
      UserTask qualify = driver.awaitUserTask(instance, LeadFollowUp.QUALIFY_LEAD_TASK);

      CamundaFuture<CompleteUserTaskResponse> denied =
          driver.submit(qualify, Map.of(LeadFollowUp.OUTCOME, "disqualified"));
      driver.denyCompletion(LeadFollowUp.VALIDATE_OUTCOME_JOB, "Pick the reason");
      assertThatThrownBy(denied::join)
          .isInstanceOfSatisfying(
              ProblemException.class,
              problem -> assertThat(problem.details().getDetail()).contains("Pick the reason"));

      assertThat(driver.stateOf(qualify)).isEqualTo(UserTaskState.CREATED);
    }

    @Test
    void returnedToNurtureInTheFormEndsTheLeadInNurture() {
      long instance = contacted();
      driver.completeUserTask(
          instance,
          LeadFollowUp.QUALIFY_LEAD_TASK,
          LeadFollowUp.VALIDATE_OUTCOME_JOB,
          Map.of(LeadFollowUp.OUTCOME, "nurture", LeadFollowUp.OUTCOME_REASON, "bad-timing"));
      driver.completeJob(LeadFollowUp.RECORD_OUTCOME_JOB, Map.of());

      driver.waitForIdle();
      processInstance(instance)
          .hasPassedElement(LeadFollowUp.NURTURED_END)
          .hasNotPassedElement(LeadFollowUp.RETURN_TO_NURTURE_TASK)
          .isCompleted();
    }

    @Test
    void disqualifiedThroughTheApiBeforeAnyContactEndsTheFollowUpAtOnce() {
      long instance = driver.receiveAndAssign(LEAD).getProcessInstanceKey();
      UserTask firstContact = driver.awaitUserTask(instance, LeadFollowUp.MAKE_FIRST_CONTACT_TASK);

      driver.publishOutcomeRecorded(
          LEAD,
          LeadFollowUp.OUTCOME_DISQUALIFIED,
          Map.of(LeadFollowUp.OUTCOME_REASON, "wrong-contact"));

      driver.waitForIdle();
      assertThat(driver.stateOf(firstContact)).isEqualTo(UserTaskState.CANCELED);
      processInstance(instance)
          .hasPassedElement(LeadFollowUp.OUTCOME_DURING_FOLLOW_UP_BOUNDARY)
          .hasPassedElement(LeadFollowUp.DISQUALIFIED_END)
          .isCompleted();
    }

    @Test
    void convertedPublishesDealWonAndTheHandoffStarts() {
      long instance = contacted();
      driver.completeUserTask(
          instance,
          LeadFollowUp.QUALIFY_LEAD_TASK,
          LeadFollowUp.VALIDATE_OUTCOME_JOB,
          Map.of(LeadFollowUp.OUTCOME, "qualified"));
      driver.completeJob(LeadFollowUp.RECORD_OUTCOME_JOB, Map.of());

      Map<String, Object> deal = new HashMap<>(HandoffFixtures.dealWon("deal-7"));
      deal.remove(Handoff.LEAD_ID);
      driver.publishOutcomeRecorded(LEAD, LeadFollowUp.OUTCOME_CONVERTED, deal);

      ActivatedJob publish = driver.awaitJob(LeadFollowUp.PUBLISH_DEAL_WON_JOB);
      assertThat(publish.getVariablesAsMap())
          .containsEntry(Variables.LEAD_ID, LEAD)
          .containsEntry(Variables.DEAL_ID, "deal-7")
          .containsKeys(
              Handoff.ARR, Handoff.CLOSE_DATE, Handoff.CUSTOMER_NAME, Handoff.SALES_OWNER);
      new HandoffDriver(client, control).publishDealWon("deal-7");
      client.newCompleteCommand(publish).send().join();

      ActivatedJob openHandoff = driver.awaitJob(Handoff.OPEN_HANDOFF_JOB);
      assertThat(openHandoff.getBpmnProcessId()).isEqualTo(Handoff.PROCESS_ID);
      assertThat(openHandoff.getVariablesAsMap()).containsEntry(Variables.DEAL_ID, "deal-7");
      driver.waitForIdle();
      processInstance(instance)
          .hasPassedElementsInOrder(
              LeadFollowUp.AWAIT_DEAL_OUTCOME_EVENT,
              LeadFollowUp.PUBLISH_DEAL_WON_EVENT,
              LeadFollowUp.CONVERTED_END)
          .isCompleted();
    }

    private long contacted() {
      long instance = driver.receiveAndAssign(LEAD).getProcessInstanceKey();
      driver.reportAttempt(instance, LeadFollowUp.MAKE_FIRST_CONTACT_TASK, "replied", 1, true);
      driver.awaitUserTask(instance, LeadFollowUp.QUALIFY_LEAD_TASK);
      return instance;
    }
  }
}

package io.baton.retention.saveplay.adapter.in.workflow;

import static io.baton.testsupport.ListenerJobs.completedBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.baton.retention.saveplay.application.RecordingOutcome;
import io.baton.support.workflow.TaskListenerVerdict;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

/**
 * The run-save-play task's completing listener: who worked the save play is who completes the task.
 */
class ValidateOutcomeWorkerTest {

  private static final BigDecimal ARR_AFTER = new BigDecimal("40000");
  private static final String CLAIM_FIRST =
      "Please claim the task first: whoever completes it is recorded as having worked the save play.";

  private final RecordingOutcome recordingOutcome = mock(RecordingOutcome.class);
  private final ValidateOutcomeWorker worker = new ValidateOutcomeWorker(recordingOutcome);
  private final JobClient client = mock(JobClient.class);

  @Test
  void anOutcomeNobodyCompletesIsDeniedAndNobodyIsRecorded() {
    ActivatedJob unassigned = completedBy(null);
    ActivatedJob withoutUserTask = mock(ActivatedJob.class);

    try (MockedStatic<TaskListenerVerdict> verdict = mockStatic(TaskListenerVerdict.class)) {
      worker.validateOutcome(client, unassigned, "sp-1", "saved", ARR_AFTER, "c-1");
      worker.validateOutcome(client, withoutUserTask, "sp-1", "saved", ARR_AFTER, "c-1");

      verdict.verify(() -> TaskListenerVerdict.send(client, unassigned, CLAIM_FIRST));
      verdict.verify(() -> TaskListenerVerdict.send(client, withoutUserTask, CLAIM_FIRST));
    }
    verifyNoInteractions(recordingOutcome);
  }

  @Test
  void aCompleteOutcomeGoesThroughAsWorkedByTheUserCompletingTheTask() {
    ActivatedJob bySue = completedBy("sue");

    try (MockedStatic<TaskListenerVerdict> verdict = mockStatic(TaskListenerVerdict.class)) {
      worker.validateOutcome(client, bySue, "sp-1", "saved", ARR_AFTER, "c-1");

      verdict.verify(() -> TaskListenerVerdict.send(client, bySue, null));
    }
    verify(recordingOutcome).recordWorker("sp-1", "sue");
  }

  @Test
  void anIncompleteOutcomeIsDeniedAndNobodyIsRecorded() {
    ActivatedJob bySue = completedBy("sue");

    try (MockedStatic<TaskListenerVerdict> verdict = mockStatic(TaskListenerVerdict.class)) {
      worker.validateOutcome(client, bySue, "sp-1", "downgraded", null, "c-1");

      verdict.verify(
          () ->
              TaskListenerVerdict.send(client, bySue, "Please give the ARR after the save play."));
    }
    verifyNoInteractions(recordingOutcome);
  }
}

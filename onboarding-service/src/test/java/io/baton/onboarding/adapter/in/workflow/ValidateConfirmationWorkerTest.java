package io.baton.onboarding.adapter.in.workflow;

import static io.baton.testsupport.ListenerJobs.completedBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.baton.onboarding.application.CompletingCheckpoint;
import io.baton.support.workflow.TaskListenerVerdict;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

/** The confirm task's completing listener: who confirms a checkpoint is who completes the task. */
class ValidateConfirmationWorkerTest {

  private static final Map<String, Object> KICKOFF =
      Map.of("checkpointId", "kickoff", "name", "Kickoff");
  private static final String CLAIM_FIRST =
      "Please claim the task first: whoever completes it is recorded as having confirmed the checkpoint.";

  private final CompletingCheckpoint completingCheckpoint = mock(CompletingCheckpoint.class);
  private final ValidateConfirmationWorker worker =
      new ValidateConfirmationWorker(completingCheckpoint);
  private final JobClient client = mock(JobClient.class);

  @Test
  void aConfirmationNobodyCompletesIsDeniedAndNobodyIsRecorded() {
    ActivatedJob unassigned = completedBy(null);
    ActivatedJob withoutUserTask = mock(ActivatedJob.class);

    try (MockedStatic<TaskListenerVerdict> verdict = mockStatic(TaskListenerVerdict.class)) {
      worker.validateConfirmation(client, unassigned, "deal-1", KICKOFF, "c-1");
      worker.validateConfirmation(client, withoutUserTask, "deal-1", KICKOFF, "c-1");

      verdict.verify(() -> TaskListenerVerdict.send(client, unassigned, CLAIM_FIRST));
      verdict.verify(() -> TaskListenerVerdict.send(client, withoutUserTask, CLAIM_FIRST));
    }
    verifyNoInteractions(completingCheckpoint);
  }

  @Test
  void aConfirmationGoesThroughAsTheUserCompletingTheTask() {
    ActivatedJob byAmy = completedBy("amy");

    try (MockedStatic<TaskListenerVerdict> verdict = mockStatic(TaskListenerVerdict.class)) {
      worker.validateConfirmation(client, byAmy, "deal-1", KICKOFF, "c-1");

      verdict.verify(() -> TaskListenerVerdict.send(client, byAmy, null));
    }
    verify(completingCheckpoint).recordConfirmer("deal-1", "kickoff", "amy");
  }
}

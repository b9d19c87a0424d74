package io.baton.onboarding.adapter.in.workflow;

import io.baton.onboarding.application.CompletingCheckpoint;
import io.baton.onboarding.application.HandingOverToRetention;
import io.baton.onboarding.application.MarkingCheckpointBehind;
import io.baton.onboarding.application.SignallingRetention;
import io.baton.support.workflow.CompletingUser;
import io.baton.support.workflow.TaskListenerVerdict;
import io.baton.workflows.ProcessContract.Onboarding;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The jobs of {@code onboarding-checkpoints}: the customer is registered with retention, each
 * checkpoint is confirmed (by the user who completes its confirm task) or falls behind (and
 * retention hears of slips, blockers and missed promises), and the customer is handed to retention
 * at the end. Every job is idempotent: the plan records each change once and retention recognises
 * each signal by its id.
 */
@Component
public class CheckpointWorkers {

  private final SignallingRetention signallingRetention;
  private final CompletingCheckpoint completingCheckpoint;
  private final MarkingCheckpointBehind markingCheckpointBehind;
  private final HandingOverToRetention handingOverToRetention;

  public CheckpointWorkers(
      SignallingRetention signallingRetention,
      CompletingCheckpoint completingCheckpoint,
      MarkingCheckpointBehind markingCheckpointBehind,
      HandingOverToRetention handingOverToRetention) {
    this.signallingRetention = signallingRetention;
    this.completingCheckpoint = completingCheckpoint;
    this.markingCheckpointBehind = markingCheckpointBehind;
    this.handingOverToRetention = handingOverToRetention;
  }

  @JobWorker(type = Onboarding.REGISTER_CUSTOMER_JOB)
  public void registerCustomer(@Variable String dealId) {
    signallingRetention.registerCustomer(dealId);
  }

  /**
   * The completing listener of the confirm task: a checkpoint is confirmed by the user completing
   * the task, the assignee the engine names, recorded on the checkpoint as its confirmer. Without
   * one the task stays open.
   */
  @JobWorker(type = Onboarding.VALIDATE_CONFIRMATION_JOB, autoComplete = false)
  public void validateConfirmation(
      JobClient client, ActivatedJob job, @Variable String dealId, @Variable Map<String, Object> checkpoint) {
    String completedBy = CompletingUser.of(job).orElse(null);
    String denial = null;
    if (completedBy == null) {
      denial = "Please claim the task first: whoever completes it is recorded as having confirmed the checkpoint.";
    } else {
      completingCheckpoint.recordConfirmer(dealId, checkpointId(checkpoint), completedBy);
    }
    TaskListenerVerdict.send(client, job, denial);
  }

  /** The checkpoint was confirmed in the confirm form, by the user who completed it. */
  @JobWorker(type = Onboarding.RECORD_CHECKPOINT_JOB)
  public void recordCheckpoint(
      @Variable String dealId, @Variable Map<String, Object> checkpoint, @Variable(optional = true) String evidence) {
    completingCheckpoint.recordConfirmation(dealId, checkpointId(checkpoint), evidence);
  }

  @JobWorker(type = Onboarding.MARK_CHECKPOINT_BEHIND_JOB)
  public Map<String, Object> markCheckpointBehind(@Variable String dealId, @Variable Map<String, Object> checkpoint) {
    return Map.of(Onboarding.DAYS_LATE, markingCheckpointBehind.markBehind(dealId, checkpointId(checkpoint)).daysLate());
  }

  @JobWorker(type = Onboarding.SIGNAL_SLIP_JOB)
  public void signalSlip(@Variable String dealId, @Variable Map<String, Object> checkpoint) {
    signallingRetention.signalSlip(dealId, checkpointId(checkpoint));
  }

  @JobWorker(type = Onboarding.SIGNAL_BLOCKER_JOB)
  public void signalBlocker(@Variable String dealId, @Variable String blockerId) {
    signallingRetention.signalBlocker(dealId, blockerId);
  }

  @JobWorker(type = Onboarding.SIGNAL_PROMISE_MISSED_JOB)
  public void signalPromiseMissed(@Variable String dealId, @Variable String promiseId) {
    signallingRetention.signalPromiseMissed(dealId, promiseId);
  }

  @JobWorker(type = Onboarding.HAND_OVER_TO_RETENTION_JOB)
  public void handOverToRetention(@Variable String dealId) {
    handingOverToRetention.handOver(dealId);
  }

  private static String checkpointId(Map<String, Object> checkpoint) {
    return (String) checkpoint.get(Onboarding.CHECKPOINT_ID);
  }
}

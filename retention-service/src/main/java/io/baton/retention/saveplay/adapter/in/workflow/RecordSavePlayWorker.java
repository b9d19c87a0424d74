package io.baton.retention.saveplay.adapter.in.workflow;

import io.baton.retention.customer.domain.Handover;
import io.baton.retention.health.domain.HealthChange;
import io.baton.retention.saveplay.application.DecideSavePlay;
import io.baton.retention.saveplay.application.DecidedSavePlay;
import io.baton.retention.saveplay.application.DecidingSavePlay;
import io.baton.support.correlation.CorrelationId;
import io.baton.workflows.ProcessContract.Retention;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code retention.record-save-play}: keeps the decided play on the intervention with the inputs it
 * was decided from, and gives the process the play's terms (due date, sponsor, task priority) and
 * the run form the whole trail of context.
 */
@Component
public class RecordSavePlayWorker {

  private final DecidingSavePlay decidingSavePlay;

  public RecordSavePlayWorker(DecidingSavePlay decidingSavePlay) {
    this.decidingSavePlay = decidingSavePlay;
  }

  @JobWorker(type = Retention.RECORD_SAVE_PLAY_JOB)
  public Map<String, Object> recordSavePlay(
      @Variable String interventionId,
      @Variable Map<String, Object> savePlay,
      @Variable(optional = true) List<String> riskReasons,
      @Variable(optional = true) BigDecimal arr,
      @Variable(optional = true) String segment,
      @Variable(optional = true) String correlationId) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put(Retention.RISK_REASONS, riskReasons);
    inputs.put(Retention.ARR, arr);
    inputs.put(Retention.SEGMENT, segment);
    return CorrelationId.call(
        correlationId,
        () ->
            variables(
                decidingSavePlay.recordProcessDecision(
                    DecideSavePlay.byProcess(
                        interventionId,
                        (String) savePlay.get(Retention.PLAY_NAME),
                        (String) savePlay.get(Retention.CANDIDATE_GROUP),
                        inputs))));
  }

  private static Map<String, Object> variables(DecidedSavePlay decided) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Retention.SAVE_DUE_AT, decided.dueAt().toString());
    variables.put(Retention.SPONSOR_NEEDED, decided.sponsorNeeded());
    variables.put(Retention.TASK_PRIORITY, decided.taskPriority());
    variables.put(
        Retention.HEALTH_EXPLANATION,
        decided.context().recentChanges().stream().map(HealthChange::summary).toList());
    variables.put(
        Retention.PROMISES,
        decided.context().promises().stream()
            .map(promise -> Map.of("text", promise.text(), "status", promise.status()))
            .toList());
    variables.put(
        Retention.ONBOARDING_HISTORY,
        decided.context().onboardingHistory().stream()
            .map(RecordSavePlayWorker::checkpoint)
            .toList());
    return variables;
  }

  private static Map<String, Object> checkpoint(Handover.CheckpointRecord checkpoint) {
    Map<String, Object> row = new HashMap<>();
    row.put("name", checkpoint.name());
    row.put("status", checkpoint.status());
    row.put("daysLate", checkpoint.daysLate());
    return row;
  }
}

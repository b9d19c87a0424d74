package io.baton.retention.adapter.in.workflow;

import io.baton.retention.application.DecidingSavePlay;
import io.baton.retention.application.EscalatingSavePlay;
import io.baton.retention.application.RecordingOutcome;
import io.baton.retention.application.SavePlayContext;
import io.baton.retention.application.SavePlayProperties;
import io.baton.retention.application.SavePlayQueries;
import io.baton.retention.domain.Band;
import io.baton.retention.domain.Handover;
import io.baton.retention.domain.HealthChange;
import io.baton.support.vocabulary.KebabCase;
import io.baton.retention.domain.Outcome;
import io.baton.retention.domain.OutcomeReport;
import io.baton.support.workflow.CompletingUser;
import io.baton.support.workflow.TaskListenerVerdict;
import io.baton.workflows.ProcessContract.Retention;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The jobs of {@code renewal-risk-intervention}: {@code retention.record-save-play} keeps the
 * decided play on the intervention and gives the form the whole trail of context; {@code
 * retention.escalate-to-sponsor} records the sponsor's engagement; {@code
 * retention.validate-outcome} (the run form's completing listener) keeps the form open until the
 * outcome is complete and records the user completing the task, the assignee the engine names, as
 * the one who worked the save play; {@code retention.record-outcome} records the outcome as theirs.
 * Each is recorded once on the intervention, however often its job runs.
 */
@Component
public class SavePlayWorkers {

  private static final int RED_PRIORITY = 90;
  private static final int PRIORITY = 70;

  private final DecidingSavePlay decidingSavePlay;
  private final SavePlayQueries savePlayQueries;
  private final EscalatingSavePlay escalatingSavePlay;
  private final RecordingOutcome recordingOutcome;
  private final SavePlayProperties properties;
  private final Clock clock;

  public SavePlayWorkers(
      DecidingSavePlay decidingSavePlay,
      SavePlayQueries savePlayQueries,
      EscalatingSavePlay escalatingSavePlay,
      RecordingOutcome recordingOutcome,
      SavePlayProperties properties,
      Clock clock) {
    this.decidingSavePlay = decidingSavePlay;
    this.savePlayQueries = savePlayQueries;
    this.escalatingSavePlay = escalatingSavePlay;
    this.recordingOutcome = recordingOutcome;
    this.properties = properties;
    this.clock = clock;
  }

  @JobWorker(type = Retention.RECORD_SAVE_PLAY_JOB)
  public Map<String, Object> recordSavePlay(
      @Variable String interventionId,
      @Variable Map<String, Object> savePlay,
      @Variable(optional = true) List<String> riskReasons,
      @Variable(optional = true) BigDecimal arr,
      @Variable(optional = true) String segment) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put(Retention.RISK_REASONS, riskReasons);
    inputs.put(Retention.ARR, arr);
    inputs.put(Retention.SEGMENT, segment);
    String playName = (String) savePlay.get(Retention.PLAY_NAME);
    decidingSavePlay.recordDecision(
        interventionId, playName, playName, (String) savePlay.get(Retention.CANDIDATE_GROUP), inputs);
    SavePlayContext context = savePlayQueries.contextFor(interventionId);
    Map<String, Object> variables = new HashMap<>();
    variables.put(Retention.SAVE_DUE_AT, clock.instant().plus(properties.dueAfter()).truncatedTo(ChronoUnit.SECONDS).toString());
    variables.put(Retention.SPONSOR_NEEDED, context.arr().compareTo(properties.sponsorArrThreshold()) >= 0);
    variables.put(Retention.TASK_PRIORITY, context.health() != null && context.health().band() == Band.RED ? RED_PRIORITY : PRIORITY);
    variables.put(Retention.HEALTH_EXPLANATION, context.recentChanges().stream().map(HealthChange::summary).toList());
    variables.put(
        Retention.PROMISES,
        context.promises().stream().map(promise -> Map.of("text", promise.text(), "status", promise.status())).toList());
    variables.put(Retention.ONBOARDING_HISTORY, context.onboardingHistory().stream().map(SavePlayWorkers::checkpoint).toList());
    return variables;
  }

  @JobWorker(type = Retention.ESCALATE_TO_SPONSOR_JOB)
  public void escalateToSponsor(@Variable String interventionId, @Variable(optional = true) Boolean sponsorNeeded) {
    escalatingSavePlay.recordEscalation(
        interventionId,
        Retention.EXECUTIVE_SPONSORS_GROUP,
        Boolean.TRUE.equals(sponsorNeeded) ? "ARR above the sponsor threshold" : "Save play overdue");
  }

  @JobWorker(type = Retention.VALIDATE_OUTCOME_JOB, autoComplete = false)
  public void validateOutcome(
      JobClient client,
      ActivatedJob job,
      @Variable String interventionId,
      @Variable(optional = true) String saveOutcome,
      @Variable(optional = true) BigDecimal arrAfter) {
    String completedBy = CompletingUser.of(job).orElse(null);
    String denial = null;
    if (completedBy == null) {
      denial = "Please claim the task first: whoever completes it is recorded as having worked the save play.";
    } else if (KebabCase.fromCode(Outcome.class, saveOutcome).isEmpty()) {
      denial = "Please pick the outcome: saved, downgraded or churned.";
    } else if (arrAfter == null || arrAfter.signum() < 0) {
      denial = "Please give the ARR after the save play.";
    } else {
      recordingOutcome.recordWorker(interventionId, completedBy);
    }
    TaskListenerVerdict.send(client, job, denial);
  }

  @JobWorker(type = Retention.RECORD_OUTCOME_JOB)
  public void recordOutcome(
      @Variable String interventionId,
      @Variable String saveOutcome,
      @Variable BigDecimal arrAfter,
      @Variable(optional = true) String saveNotes,
      @Variable Map<String, Object> savePlay) {
    Outcome outcome =
        KebabCase.fromCode(Outcome.class, saveOutcome)
            .orElseThrow(() -> new IllegalArgumentException("Unknown save-play outcome " + saveOutcome));
    OutcomeReport report =
        savePlayQueries
            .get(interventionId)
            .reportedInTask(outcome, arrAfter, (String) savePlay.get(Retention.PLAY_NAME), saveNotes);
    recordingOutcome.record(interventionId, report);
  }

  private static Map<String, Object> checkpoint(Handover.CheckpointRecord checkpoint) {
    Map<String, Object> row = new HashMap<>();
    row.put("name", checkpoint.name());
    row.put("status", checkpoint.status());
    row.put("daysLate", checkpoint.daysLate());
    return row;
  }
}

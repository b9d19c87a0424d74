package io.baton.retention.saveplay.adapter.in.workflow;

import io.baton.retention.saveplay.application.RecordingOutcome;
import io.baton.retention.saveplay.application.SavePlayQueries;
import io.baton.retention.saveplay.domain.Outcome;
import io.baton.retention.saveplay.domain.OutcomeReport;
import io.baton.support.correlation.CorrelationId;
import io.baton.support.vocabulary.KebabCase;
import io.baton.workflows.ProcessContract.Retention;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code retention.record-outcome}: records the outcome reported in the run-save-play form as the
 * one who worked the save play reported it; once, however often the job runs.
 */
@Component
public class RecordOutcomeWorker {

  private final SavePlayQueries savePlayQueries;
  private final RecordingOutcome recordingOutcome;

  public RecordOutcomeWorker(SavePlayQueries savePlayQueries, RecordingOutcome recordingOutcome) {
    this.savePlayQueries = savePlayQueries;
    this.recordingOutcome = recordingOutcome;
  }

  @JobWorker(type = Retention.RECORD_OUTCOME_JOB)
  public void recordOutcome(
      @Variable String interventionId,
      @Variable String saveOutcome,
      @Variable BigDecimal arrAfter,
      @Variable(optional = true) String saveNotes,
      @Variable Map<String, Object> savePlay,
      @Variable(optional = true) String correlationId) {
    Outcome outcome =
        KebabCase.fromCode(Outcome.class, saveOutcome)
            .orElseThrow(
                () -> new IllegalArgumentException("Unknown save-play outcome " + saveOutcome));
    CorrelationId.run(
        correlationId,
        () -> {
          OutcomeReport report =
              savePlayQueries
                  .get(interventionId)
                  .reportedInTask(
                      outcome, arrAfter, (String) savePlay.get(Retention.PLAY_NAME), saveNotes);
          recordingOutcome.record(interventionId, report);
        });
  }
}

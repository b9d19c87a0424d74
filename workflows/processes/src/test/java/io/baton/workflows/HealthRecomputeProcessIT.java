package io.baton.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.workflows.ProcessContract.HealthRecompute;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code health-recompute} on the embedded engine: its timer starts one instance on every hour,
 * whose one job goes to one worker, and only one when the clock skipped several hours (as after an
 * engine outage); the test plays retention-service and moves the engine clock.
 */
class HealthRecomputeProcessIT extends EngineProcessTest {

  private static final Duration PERIOD = Duration.ofHours(1);

  private static ProcessDriver driver;

  @BeforeAll
  static void createDriver() {
    driver = new ProcessDriver(client, control);
  }

  @Test
  void startsOnePassAnHourForOneWorkerAndOnlyOneAfterSkippedHours() {
    control.increaseTime(PERIOD);
    ActivatedJob first = driver.awaitJob(HealthRecompute.RECOMPUTE_HEALTH_JOB);
    driver.waitForIdle();

    assertThat(first.getBpmnProcessId()).isEqualTo(HealthRecompute.PROCESS_ID);
    assertThat(first.getElementId()).isEqualTo(HealthRecompute.RECOMPUTE_HEALTH_TASK);
    assertThat(driver.activateJobs(HealthRecompute.RECOMPUTE_HEALTH_JOB))
        .as("jobs for a second worker in the same hour")
        .isEmpty();
    client.newCompleteCommand(first).variables(counts()).send().join();
    driver.waitForIdle();
    processInstance(first.getProcessInstanceKey())
        .hasPassedElementsInOrder(
            HealthRecompute.RECOMPUTE_DUE_START,
            HealthRecompute.RECOMPUTE_HEALTH_TASK,
            HealthRecompute.HEALTH_RECOMPUTED_END)
        .hasVariableWithValue(HealthRecompute.CUSTOMERS_ASSESSED, 120)
        .hasVariableWithValue(HealthRecompute.CUSTOMERS_CHANGED, 7)
        .hasVariableWithValue(HealthRecompute.LATE_SIGNALS_APPLIED, 2)
        .hasVariableWithValue(HealthRecompute.SAVE_PLAYS_HANDED_OVER, 1)
        .hasNoIncidents()
        .isCompleted();

    control.increaseTime(PERIOD.multipliedBy(3));
    ActivatedJob second = driver.awaitJob(HealthRecompute.RECOMPUTE_HEALTH_JOB);
    driver.waitForIdle();

    assertThat(second.getProcessInstanceKey())
        .as("the next pass is an instance of its own")
        .isNotEqualTo(first.getProcessInstanceKey());
    assertThat(driver.activateJobs(HealthRecompute.RECOMPUTE_HEALTH_JOB))
        .as("further passes for the hours the clock skipped")
        .isEmpty();
  }

  private static Map<String, Object> counts() {
    return Map.of(
        HealthRecompute.CUSTOMERS_ASSESSED, 120,
        HealthRecompute.CUSTOMERS_CHANGED, 7,
        HealthRecompute.LATE_SIGNALS_APPLIED, 2,
        HealthRecompute.SAVE_PLAYS_HANDED_OVER, 1);
  }
}

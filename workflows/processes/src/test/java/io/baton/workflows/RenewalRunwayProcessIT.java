package io.baton.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.workflows.ProcessContract.RenewalRunway;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code renewal-runway} on the embedded engine: its timer starts one instance every six hours,
 * whose one job goes to one worker, and only one when the clock skipped several periods (as after
 * an engine outage); the test plays retention-service and moves the engine clock.
 */
class RenewalRunwayProcessIT extends EngineProcessTest {

  private static final Duration PERIOD = Duration.ofHours(6);

  private static ProcessDriver driver;

  @BeforeAll
  static void createDriver() {
    driver = new ProcessDriver(client, control);
  }

  @Test
  void startsOnePassEverySixHoursForOneWorkerAndOnlyOneAfterSkippedPeriods() {
    control.increaseTime(PERIOD);
    ActivatedJob first = driver.awaitJob(RenewalRunway.CHECK_RENEWAL_RUNWAY_JOB);
    driver.waitForIdle();

    assertThat(first.getBpmnProcessId()).isEqualTo(RenewalRunway.PROCESS_ID);
    assertThat(first.getElementId()).isEqualTo(RenewalRunway.CHECK_RENEWAL_RUNWAY_TASK);
    assertThat(driver.activateJobs(RenewalRunway.CHECK_RENEWAL_RUNWAY_JOB))
        .as("jobs for a second worker in the same period")
        .isEmpty();
    client
        .newCompleteCommand(first)
        .variables(Map.of(RenewalRunway.RENEWALS_CHECKED, 14, RenewalRunway.RENEWALS_AT_RISK, 3))
        .send()
        .join();
    driver.waitForIdle();
    processInstance(first.getProcessInstanceKey())
        .hasPassedElementsInOrder(
            RenewalRunway.RUNWAY_CHECK_DUE_START,
            RenewalRunway.CHECK_RENEWAL_RUNWAY_TASK,
            RenewalRunway.RUNWAY_CHECKED_END)
        .hasVariableWithValue(RenewalRunway.RENEWALS_CHECKED, 14)
        .hasVariableWithValue(RenewalRunway.RENEWALS_AT_RISK, 3)
        .hasNoIncidents()
        .isCompleted();

    control.increaseTime(PERIOD.multipliedBy(3));
    ActivatedJob second = driver.awaitJob(RenewalRunway.CHECK_RENEWAL_RUNWAY_JOB);
    driver.waitForIdle();

    assertThat(second.getProcessInstanceKey())
        .as("the next pass is an instance of its own")
        .isNotEqualTo(first.getProcessInstanceKey());
    assertThat(driver.activateJobs(RenewalRunway.CHECK_RENEWAL_RUNWAY_JOB))
        .as("further passes for the periods the clock skipped")
        .isEmpty();
  }
}

package io.baton.retention.renewal.adapter.in.workflow;

import io.baton.retention.renewal.application.CheckingRenewalRunway;
import io.baton.workflows.ProcessContract.RenewalRunway;
import io.camunda.client.annotation.JobWorker;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code retention.check-renewal-runway}: the pass of {@code renewal-runway} every six hours. It
 * checks each renewal at the runway step it reached and tells the process how many it checked and
 * how many were at risk. The engine hands the job to one replica; a pass run again (after its job
 * timed out or failed) checks nothing twice: a customer is checked once per renewal date and step.
 */
@Component
public class CheckRenewalRunwayWorker {

  private static final Logger log = LoggerFactory.getLogger(CheckRenewalRunwayWorker.class);

  private final CheckingRenewalRunway checkingRenewalRunway;
  private final Clock clock;

  public CheckRenewalRunwayWorker(CheckingRenewalRunway checkingRenewalRunway, Clock clock) {
    this.checkingRenewalRunway = checkingRenewalRunway;
    this.clock = clock;
  }

  @JobWorker(type = RenewalRunway.CHECK_RENEWAL_RUNWAY_JOB)
  public Map<String, Object> checkRenewalRunway() {
    CheckingRenewalRunway.RunwayRun run = checkingRenewalRunway.checkAll(clock.instant());
    log.info(
        "Renewal runway checked: {} customers at a step, {} renewals at risk",
        run.checked(),
        run.atRisk());
    return Map.of(
        RenewalRunway.RENEWALS_CHECKED, run.checked(),
        RenewalRunway.RENEWALS_AT_RISK, run.atRisk());
  }
}

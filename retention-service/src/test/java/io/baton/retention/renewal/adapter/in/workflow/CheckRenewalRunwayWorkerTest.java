package io.baton.retention.renewal.adapter.in.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.baton.retention.renewal.application.CheckingRenewalRunway;
import io.baton.workflows.ProcessContract.RenewalRunway;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The pass every six hours: the runway as of now, its counts for the process. */
class CheckRenewalRunwayWorkerTest {

  private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

  private final CheckingRenewalRunway checkingRenewalRunway = mock(CheckingRenewalRunway.class);
  private final CheckRenewalRunwayWorker worker =
      new CheckRenewalRunwayWorker(checkingRenewalRunway, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void checksTheRunwayAsOfNowAndTellsTheProcessHowManyRenewalsWereCheckedAndAtRisk() {
    when(checkingRenewalRunway.checkAll(NOW))
        .thenReturn(new CheckingRenewalRunway.RunwayRun(14, 3));

    assertThat(worker.checkRenewalRunway())
        .containsOnly(
            entry(RenewalRunway.RENEWALS_CHECKED, 14), entry(RenewalRunway.RENEWALS_AT_RISK, 3));
  }
}

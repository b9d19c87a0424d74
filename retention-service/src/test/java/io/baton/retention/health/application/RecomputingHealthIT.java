package io.baton.retention.health.application;

import static io.baton.retention.RetentionApi.newId;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.retention.RetentionApi;
import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.Customers;
import io.baton.retention.health.domain.HealthCause;
import io.baton.retention.health.domain.HealthChange;
import io.baton.retention.health.domain.HealthScoring;
import io.baton.retention.health.domain.HealthSubject;
import io.baton.retention.health.domain.HealthUpdate;
import io.baton.retention.saveplay.application.RecordingOutcome;
import io.baton.retention.saveplay.application.RequestSavePlay;
import io.baton.retention.saveplay.application.TriggeringSavePlay;
import io.baton.retention.saveplay.domain.Outcome;
import io.baton.retention.saveplay.domain.OutcomeReport;
import io.baton.support.unitofwork.UnitOfWork;
import io.baton.testsupport.BatonServiceTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The recompute of every customer's health, paging through them two at a time. */
@BatonServiceTest
class RecomputingHealthIT {

  @Autowired private TestRestTemplate http;
  @Autowired private Customers customers;
  @Autowired private UnitOfWork<Customer> customerWork;
  @Autowired private HealthScoring scoring;
  @Autowired private TriggeringSavePlay triggeringSavePlay;
  @Autowired private RecordingOutcome recordingOutcome;
  @Autowired private HealthMetrics metrics;
  @Autowired private HealthProperties properties;
  @Autowired private Clock clock;

  @Test
  void recordsWhatFadedForEveryCustomerButTheChurned() {
    RetentionApi api = new RetentionApi(http);
    String fading = api.registered(newId("deal"), Map.of());
    String steady = api.registered(newId("deal"), Map.of());
    String churned = api.active(newId("deal"), Map.of());
    api.signals(fading, "support-ticket-escalated");
    api.signals(churned, "support-ticket-escalated");
    String savePlay =
        triggeringSavePlay
            .requestByAgent(new RequestSavePlay(churned, "Leaving", null, "sam", "corr-1", null))
            .intervention()
            .interventionId();
    recordingOutcome.record(
        savePlay, new OutcomeReport(Outcome.CHURNED, null, "amy", "call", null));
    int churnedChanges = history(churned).size();
    RecomputingHealth twoAtATime =
        new RecomputingHealth(
            customers, customerWork, scoring, triggeringSavePlay, metrics, withPageSize(2), clock);

    RecomputingHealth.Recompute recompute =
        twoAtATime.recomputeAll(Instant.now().plus(Duration.ofDays(60)));

    assertThat(recompute.assessed()).isGreaterThanOrEqualTo(2);
    assertThat(recompute.changed()).isGreaterThanOrEqualTo(1);
    HealthChange faded = history(fading).getLast();
    assertThat(faded.cause()).isEqualTo(HealthCause.SCHEDULED_RECOMPUTE);
    assertThat(faded.fromScore()).isEqualTo(83);
    assertThat(faded.toScore()).isEqualTo(84);
    assertThat(faded.summary()).endsWith("support 85 → 96 (older signals fade)");
    assertThat(history(steady)).hasSize(1);
    assertThat(history(churned)).hasSize(churnedChanges);
  }

  @Test
  void writesNothingOverACustomerChangedSinceItWasRead() {
    RetentionApi api = new RetentionApi(http);
    String customerId = api.registered(newId("deal"), Map.of());
    Customer customer = customers.find(customerId).orElseThrow();
    HealthSubject stale =
        new HealthSubject(
            customerId,
            customer.profile().segment(),
            customer.health(),
            List.of(),
            customer.snapshot().version() - 1);
    HealthUpdate update =
        scoring
            .reassess(
                null,
                customer.profile().segment(),
                List.of(),
                HealthCause.SCHEDULED_RECOMPUTE,
                null,
                Instant.now())
            .orElseThrow();

    boolean written = customers.recordHealth(stale, update, 100, Instant.now());

    assertThat(written).isFalse();
    assertThat(history(customerId)).hasSize(1);
  }

  private List<HealthChange> history(String customerId) {
    return customers.find(customerId).orElseThrow().snapshot().healthHistory();
  }

  private HealthProperties withPageSize(int pageSize) {
    return new HealthProperties(
        properties.weights(),
        properties.bands(),
        properties.halfLife(),
        properties.lookback(),
        properties.historySize(),
        pageSize);
  }
}

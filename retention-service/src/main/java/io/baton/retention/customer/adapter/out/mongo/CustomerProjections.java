package io.baton.retention.customer.adapter.out.mongo;

import io.baton.retention.customer.domain.CustomerSummary;
import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.customer.domain.Segment;
import io.baton.retention.health.domain.Health;
import io.baton.retention.health.domain.HealthSubject;
import io.baton.retention.health.domain.Signal;
import io.baton.retention.renewal.domain.RunwayCheck;
import io.baton.retention.renewal.domain.RunwaySubject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;

/** The parts of a customer document that lists, the recompute and the runway read. */
final class CustomerProjections {

  static final String[] SUMMARY = {
    "customerName", "segment", "accountManager", "arr", "lifecycle", "renewalDate", "health"
  };
  static final String[] HEALTH_SUBJECT = {"segment", "health", "recentSignals", "version"};
  static final String[] RUNWAY_SUBJECT = {"renewalDate", "runwayChecks"};

  private CustomerProjections() {}

  record Summary(
      @Id String customerId,
      String customerName,
      Segment segment,
      String accountManager,
      BigDecimal arr,
      Lifecycle lifecycle,
      LocalDate renewalDate,
      Health health) {

    CustomerSummary toSummary() {
      return new CustomerSummary(
          customerId, customerName, segment, accountManager, arr, lifecycle, renewalDate, health);
    }
  }

  record ScoringPart(
      @Id String customerId,
      Segment segment,
      Health health,
      List<Signal> recentSignals,
      Long version) {

    HealthSubject toSubject() {
      return new HealthSubject(customerId, segment, health, recentSignals, version);
    }
  }

  record RunwayPart(@Id String customerId, LocalDate renewalDate, List<RunwayCheck> runwayChecks) {

    RunwaySubject toSubject() {
      return new RunwaySubject(customerId, renewalDate, runwayChecks);
    }
  }
}

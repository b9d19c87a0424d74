package io.baton.retention.customer.adapter.in.web;

import io.baton.retention.customer.application.CustomerQueries.CustomerView;
import io.baton.retention.customer.domain.ArrChange;
import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.CustomerProfile;
import io.baton.retention.customer.domain.Handover;
import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.customer.domain.Lineage;
import io.baton.retention.customer.domain.Segment;
import io.baton.retention.health.adapter.in.web.HealthJson;
import io.baton.retention.health.domain.HealthChange;
import io.baton.retention.renewal.domain.RunwayCheck;
import io.baton.retention.saveplay.domain.Intervention;
import io.baton.retention.saveplay.domain.SavePlayTrigger;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A customer as the API shows it: profile, ARR from the start and how it changed, health with the
 * latest explanation of why it changed, the renewal with its runway checks, what onboarding handed
 * over, where the customer came from (lineage), and the active save play.
 */
record CustomerResponse(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String customerId,
    String customerName,
    Segment segment,
    String accountManager,
    BigDecimal arr,
    BigDecimal startingArr,
    List<ArrChange> arrChanges,
    LocalDate contractDate,
    Lifecycle lifecycle,
    HealthJson health,
    HealthChange latestExplanation,
    Renewal renewal,
    Handover handover,
    Lineage lineage,
    ActiveIntervention activeIntervention,
    Instant registeredAt,
    Instant updatedAt,
    Long version) {

  static CustomerResponse of(CustomerView view, Instant now) {
    Customer customer = view.customer();
    Customer.Snapshot s = customer.snapshot();
    CustomerProfile profile = s.profile();
    return new CustomerResponse(
        s.customerId(),
        profile.customerName(),
        profile.segment(),
        profile.accountManager(),
        profile.arr(),
        s.startingArr(),
        s.arrChanges().isEmpty() ? null : s.arrChanges(),
        profile.contractDate(),
        s.lifecycle(),
        HealthJson.of(s.health()),
        customer.latestChange().orElse(null),
        new Renewal(
            profile.renewalDate(),
            ChronoUnit.DAYS.between(
                LocalDate.ofInstant(now, ZoneOffset.UTC), profile.renewalDate()),
            profile.arr(),
            s.runwayChecks()),
        s.handover(),
        Lineage.UNKNOWN.equals(s.lineage()) ? null : s.lineage(),
        view.activeIntervention().map(ActiveIntervention::of).orElse(null),
        s.registeredAt(),
        s.updatedAt(),
        s.version());
  }

  /**
   * The next renewal, how far away it is (UTC days), the ARR it renews, and the runway checks made.
   */
  record Renewal(
      LocalDate renewalDate, long daysToRenewal, BigDecimal arr, List<RunwayCheck> runwayChecks) {}

  /** The save play being worked for the customer and every request attached to it. */
  record ActiveIntervention(
      String interventionId, Instant startedAt, String play, List<SavePlayTrigger> triggers) {
    static ActiveIntervention of(Intervention intervention) {
      Intervention.Snapshot s = intervention.snapshot();
      return new ActiveIntervention(
          s.interventionId(), s.startedAt(), intervention.play(), s.triggers());
    }
  }
}

package io.baton.retention.customer.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.retention.customer.domain.ArrChange;
import io.baton.retention.customer.domain.ArrChangeCause;
import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.CustomerProfile;
import io.baton.retention.customer.domain.Handover;
import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.customer.domain.Lineage;
import io.baton.retention.customer.domain.Segment;
import io.baton.retention.health.domain.Band;
import io.baton.retention.health.domain.ComponentChange;
import io.baton.retention.health.domain.ComponentScore;
import io.baton.retention.health.domain.Health;
import io.baton.retention.health.domain.HealthCause;
import io.baton.retention.health.domain.HealthChange;
import io.baton.retention.health.domain.HealthComponent;
import io.baton.retention.health.domain.Signal;
import io.baton.retention.health.domain.SignalImpact;
import io.baton.retention.health.domain.SignalType;
import io.baton.retention.health.domain.Trend;
import io.baton.retention.renewal.domain.RunwayCheck;
import io.baton.retention.saveplay.domain.SavePlayTrigger;
import io.baton.retention.saveplay.domain.TriggerSource;
import io.baton.retention.shared.adapter.out.mongo.MongoConfiguration;
import io.baton.support.notification.Notification;
import io.baton.testsupport.DocumentRoundTrip;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerDocumentTest {

  private static final Instant AT = Instant.parse("2026-11-02T09:15:00Z");

  @Test
  void aCustomerWithEveryFieldSetSurvivesTheRoundTripThroughMongoDb() {
    Customer.Snapshot snapshot =
        new Customer.Snapshot(
            "customer-1",
            new CustomerProfile(
                "ACME",
                Segment.ENTERPRISE,
                "amy",
                new BigDecimal("52000.50"),
                LocalDate.parse("2026-11-01"),
                LocalDate.parse("2027-11-01")),
            new BigDecimal("48000.50"),
            List.of(
                new ArrChange(
                    LocalDate.parse("2027-03-01"),
                    new BigDecimal("52000.50"),
                    ArrChangeCause.PROFILE)),
            Lifecycle.ACTIVE,
            new Handover(
                AT.plusSeconds(1),
                21,
                List.of(new Handover.PromiseStatus("SSO in week 2", "kept")),
                List.of(
                    new Handover.CheckpointRecord(
                        "checkpoint-1",
                        "kickoff",
                        AT.plusSeconds(2),
                        AT.plusSeconds(3),
                        "done",
                        2)),
                AT.plusSeconds(4)),
            new Lineage(
                "lead-1",
                "spring-webinar",
                "webinar",
                "demo-request",
                "enterprise-fast-track",
                "gold",
                "sam",
                AT.minusSeconds(90_000),
                AT.minusSeconds(89_000),
                16,
                true,
                AT.minusSeconds(80_000),
                1,
                AT.minusSeconds(70_000),
                new BigDecimal("2.5"),
                "amy",
                "enterprise",
                21,
                false,
                1),
            new Health(
                42,
                Band.YELLOW,
                Trend.DOWN,
                List.of(new ComponentScore(HealthComponent.USAGE, 35, 30)),
                7L,
                AT.plusSeconds(5)),
            List.of(
                new HealthChange(
                    AT.plusSeconds(5),
                    HealthCause.SIGNAL_RECEIVED,
                    "signal-7",
                    71,
                    42,
                    Band.GREEN,
                    Band.YELLOW,
                    Trend.DOWN,
                    List.of(
                        new ComponentChange(
                            HealthComponent.USAGE,
                            80,
                            35,
                            List.of(
                                new SignalImpact(
                                    "signal-7",
                                    SignalType.PRODUCT_USAGE,
                                    AT.plusSeconds(6),
                                    -12.5)))),
                    "Health 71 → 42 (green → yellow, down): usage 80 → 35 (product-usage signal-7: −12.5)")),
            List.of(
                new Signal(
                    "signal-7",
                    "customer-1",
                    SignalType.PRODUCT_USAGE,
                    AT.plusSeconds(6),
                    0.22,
                    Map.of("period", "2026-10"),
                    AT.plusSeconds(7),
                    7L)),
            7L,
            List.of(
                new RunwayCheck(
                    LocalDate.parse("2027-11-01"),
                    "P90D",
                    LocalDate.parse("2027-08-03"),
                    42,
                    Band.YELLOW,
                    Trend.DOWN,
                    true)),
            List.of(
                new SavePlayTrigger(
                    "agent-request:trigger-1",
                    TriggerSource.AGENT,
                    "champion left",
                    "sue",
                    "SUP-4711",
                    AT.plusSeconds(8))),
            List.of("intervention-1"),
            List.of(
                new Notification(
                    "deal-1/customer-turned-red/1",
                    "customer-turned-red",
                    List.of("user:amy", "team:cs-leaders"),
                    Map.of("customerId", "deal-1", "customerName", "ACME"),
                    "/console/#/journey/deal-1",
                    AT.plusSeconds(11),
                    AT.plusSeconds(12))),
            AT.plusSeconds(9),
            AT.plusSeconds(10),
            3L);
    DocumentRoundTrip.assertEveryFieldSet(snapshot);

    CustomerDocument stored =
        DocumentRoundTrip.throughBson(
            CustomerDocument.of(Customer.restore(snapshot)),
            new MongoConfiguration().mongoCustomConversions());

    assertThat(stored.toCustomer().snapshot()).isEqualTo(snapshot);
  }

  @Test
  void aCustomerStoredBeforeArrChangesWereKeptHadItsStartingArrUntilItsLastUpdate() {
    Customer.Snapshot now =
        new Customer.Snapshot(
            "customer-2",
            new CustomerProfile(
                "ACME",
                Segment.SMB,
                "amy",
                new BigDecimal("30000"),
                LocalDate.parse("2026-01-10"),
                null),
            new BigDecimal("48000"),
            null,
            Lifecycle.ACTIVE,
            null,
            null,
            null,
            List.of(),
            List.of(),
            0,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            AT,
            Instant.parse("2026-08-20T10:00:00Z"),
            4L);
    CustomerDocument written = CustomerDocument.of(Customer.restore(now));
    CustomerDocument beforeTheChange =
        new CustomerDocument(
            written.customerId(),
            written.customerName(),
            written.segment(),
            written.accountManager(),
            written.arr(),
            written.startingArr(),
            null,
            written.retainedArr(),
            written.contractDate(),
            written.cohort(),
            written.renewalDate(),
            written.lifecycle(),
            written.handover(),
            null,
            written.health(),
            written.healthHistory(),
            written.recentSignals(),
            written.signalSequence(),
            written.runwayChecks(),
            written.pendingSavePlays(),
            written.appliedOutcomes(),
            written.notifications(),
            written.registeredAt(),
            written.updatedAt(),
            written.version());

    Customer customer = beforeTheChange.toCustomer();

    assertThat(customer.snapshot().arrChanges())
        .containsExactly(
            new ArrChange(
                LocalDate.parse("2026-08-20"), new BigDecimal("30000"), ArrChangeCause.PROFILE));
    assertThat(customer.arrOn(LocalDate.parse("2026-08-19"))).isEqualByComparingTo("48000");
    assertThat(customer.arrOn(LocalDate.parse("2026-08-20"))).isEqualByComparingTo("30000");
    assertThat(customer.lineage()).isEqualTo(Lineage.UNKNOWN);
  }
}

package io.baton.retention.customer.adapter.out.mongo;

import io.baton.retention.customer.domain.ArrChange;
import io.baton.retention.customer.domain.Customer;
import io.baton.retention.customer.domain.CustomerProfile;
import io.baton.retention.customer.domain.Handover;
import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.customer.domain.Lineage;
import io.baton.retention.customer.domain.Segment;
import io.baton.retention.health.domain.Health;
import io.baton.retention.health.domain.HealthChange;
import io.baton.retention.health.domain.Signal;
import io.baton.retention.renewal.domain.RunwayCheck;
import io.baton.retention.saveplay.domain.SavePlayTrigger;
import io.baton.support.notification.Notification;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A customer as stored: one document with its profile, ARR changes, lineage, health and health
 * history, recent signals, runway checks and pending save plays, so every change of it is one
 * atomic write. {@code cohort} and {@code retainedArr} are derived, for the revenue figures (which
 * the save-play feature aggregates over this collection). {@code updatedAt} is indexed: the revenue
 * read model takes in the customers changed since it last looked. A customer stored before ARR
 * changes were kept ({@code arrChanges} missing) is read as {@link ArrChange#assumedBeforeHistory}:
 * its starting ARR until its last update, its ARR now from then.
 */
@Document(CustomerDocument.COLLECTION)
@CompoundIndexes({
  @CompoundIndex(name = "band_score", def = "{'health.band': 1, 'health.score': 1}"),
  @CompoundIndex(name = "lifecycle_renewal", def = "{'lifecycle': 1, 'renewalDate': 1}"),
  @CompoundIndex(name = "pending_save_plays", def = "{'pendingSavePlays.triggerId': 1}")
})
public record CustomerDocument(
    @Id String customerId,
    String customerName,
    Segment segment,
    @Indexed String accountManager,
    BigDecimal arr,
    BigDecimal startingArr,
    List<ArrChange> arrChanges,
    BigDecimal retainedArr,
    LocalDate contractDate,
    @Indexed String cohort,
    LocalDate renewalDate,
    Lifecycle lifecycle,
    Handover handover,
    Lineage lineage,
    Health health,
    List<HealthChange> healthHistory,
    List<Signal> recentSignals,
    long signalSequence,
    List<RunwayCheck> runwayChecks,
    List<SavePlayTrigger> pendingSavePlays,
    List<String> appliedOutcomes,
    List<Notification> notifications,
    Instant registeredAt,
    @Indexed Instant updatedAt,
    @Version Long version) {

  public static final String COLLECTION = "customers";

  /** The customer as stored (public: the benchmarks seed customers exactly so). */
  public static CustomerDocument of(Customer customer) {
    Customer.Snapshot s = customer.snapshot();
    CustomerProfile profile = s.profile();
    return new CustomerDocument(
        s.customerId(),
        profile.customerName(),
        profile.segment(),
        profile.accountManager(),
        profile.arr(),
        s.startingArr(),
        s.arrChanges(),
        customer.retainedArr(),
        profile.contractDate(),
        profile.cohort().toString(),
        profile.renewalDate(),
        s.lifecycle(),
        s.handover(),
        s.lineage(),
        s.health(),
        s.healthHistory(),
        s.recentSignals(),
        s.signalSequence(),
        s.runwayChecks(),
        s.pendingSavePlays(),
        s.appliedOutcomes(),
        s.notifications(),
        s.registeredAt(),
        s.updatedAt(),
        s.version());
  }

  Customer toCustomer() {
    return Customer.restore(
        new Customer.Snapshot(
            customerId,
            new CustomerProfile(
                customerName, segment, accountManager, arr, contractDate, renewalDate),
            startingArr,
            arrChanges != null
                ? arrChanges
                : ArrChange.assumedBeforeHistory(startingArr, arr, updatedAt, lifecycle),
            lifecycle,
            handover,
            lineage,
            health,
            healthHistory,
            recentSignals,
            signalSequence,
            runwayChecks,
            pendingSavePlays,
            appliedOutcomes,
            notifications,
            registeredAt,
            updatedAt,
            version));
  }
}

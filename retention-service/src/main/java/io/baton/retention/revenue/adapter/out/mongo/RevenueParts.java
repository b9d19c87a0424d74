package io.baton.retention.revenue.adapter.out.mongo;

import io.baton.retention.customer.domain.ArrChange;
import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.customer.domain.Lineage;
import io.baton.retention.customer.domain.Segment;
import io.baton.retention.revenue.domain.Churn;
import io.baton.retention.revenue.domain.CustomerDetail;
import io.baton.retention.revenue.domain.CustomerFacts;
import io.baton.retention.revenue.domain.SavePlayFacts;
import io.baton.retention.saveplay.domain.InterventionOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.data.annotation.Id;

/**
 * The few fields of a stored customer or intervention the revenue read model reads, never the whole
 * document (a customer keeps up to 200 signals and 100 health changes the figures do not need).
 */
final class RevenueParts {

  static final String[] CUSTOMER_FACTS = {
    "version",
    "contractDate",
    "startingArr",
    "arr",
    "arrChanges",
    "lifecycle",
    "health.band",
    "accountManager",
    "segment",
    "lineage",
    "updatedAt"
  };
  static final String[] SAVE_PLAY_FACTS = {"customerId", "version", "outcome"};
  static final String[] CUSTOMER_DETAIL = {
    "customerName",
    "contractDate",
    "startingArr",
    "arr",
    "arrChanges",
    "health.band",
    "lifecycle",
    "lineage",
    "updatedAt"
  };

  private RevenueParts() {}

  /** The health band as stored. */
  record BandPart(String band) {

    static String code(BandPart health) {
      return health == null || health.band() == null
          ? null
          : health.band().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  record CustomerPart(
      @Id String customerId,
      Long version,
      LocalDate contractDate,
      BigDecimal startingArr,
      BigDecimal arr,
      List<ArrChange> arrChanges,
      Lifecycle lifecycle,
      BandPart health,
      String accountManager,
      Segment segment,
      Lineage lineage,
      Instant updatedAt) {

    /**
     * The customer's facts; one stored before ARR changes were kept is read as the customer
     * document reads it ({@link ArrChange#assumedBeforeHistory}).
     */
    CustomerFacts toFacts() {
      List<ArrChange> changes = changes(arrChanges, startingArr, arr, updatedAt, lifecycle);
      return CustomerFacts.of(
          customerId,
          version == null ? 0 : version,
          new CustomerFacts.Commercial(contractDate, startingArr, arr, changes),
          lifecycle,
          BandPart.code(health),
          accountManager,
          segment == null ? null : segment.code(),
          lineage);
    }
  }

  /**
   * The ARR changes as stored; for a customer stored before they were kept, as the customer
   * document reads them ({@link ArrChange#assumedBeforeHistory}).
   */
  static List<ArrChange> changes(
      List<ArrChange> stored,
      BigDecimal startingArr,
      BigDecimal arr,
      Instant updatedAt,
      Lifecycle lifecycle) {
    return stored != null
        ? stored
        : ArrChange.assumedBeforeHistory(startingArr, arr, updatedAt, lifecycle);
  }

  record InterventionPart(
      @Id String interventionId, String customerId, Long version, InterventionOutcome outcome) {

    SavePlayFacts toFacts() {
      return SavePlayFacts.of(interventionId, customerId, version == null ? 0 : version, outcome);
    }
  }

  record DetailPart(
      @Id String customerId,
      String customerName,
      LocalDate contractDate,
      BigDecimal startingArr,
      BigDecimal arr,
      List<ArrChange> arrChanges,
      BandPart health,
      Lifecycle lifecycle,
      Lineage lineage,
      Instant updatedAt) {

    CustomerDetail toDetail() {
      Churn churn =
          Churn.of(startingArr, changes(arrChanges, startingArr, arr, updatedAt, lifecycle));
      return new CustomerDetail(
          customerId,
          customerName,
          contractDate,
          startingArr,
          arr,
          BandPart.code(health),
          lifecycle,
          churn == null ? null : churn.on(),
          lineage == null || Lineage.UNKNOWN.equals(lineage) ? null : lineage);
    }
  }
}

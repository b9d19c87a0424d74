package io.baton.retention.revenue.domain;

import io.baton.retention.customer.domain.ArrChange;
import io.baton.retention.customer.domain.ArrChangeCause;
import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.customer.domain.Lineage;
import io.baton.retention.saveplay.domain.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Customers' revenue facts built as a test reads them, and a read model holding them. */
final class RevenueFixtures {

  static final LocalDate TODAY = LocalDate.parse("2027-06-30");

  private RevenueFixtures() {}

  static CustomerBuilder aCustomer(String customerId) {
    return new CustomerBuilder(customerId);
  }

  /** Facts in memory, as the read model holds them. */
  static final class Facts implements RevenueFacts {

    private final List<CustomerFacts> customers = new ArrayList<>();
    private final Map<String, List<SavePlayFacts>> savePlays = new HashMap<>();

    Facts with(CustomerBuilder... builders) {
      for (CustomerBuilder builder : builders) {
        customers.add(builder.facts());
        savePlays.put(builder.customerId, builder.savePlays);
      }
      return this;
    }

    @Override
    public Iterable<CustomerFacts> customers() {
      return customers;
    }

    @Override
    public List<SavePlayFacts> savePlaysOf(String customerId) {
      return savePlays.getOrDefault(customerId, List.of());
    }
  }

  static final class CustomerBuilder {

    private final String customerId;
    private LocalDate contractDate = TODAY.minusDays(400);
    private BigDecimal startingArr = new BigDecimal("10000");
    private BigDecimal arr;
    private final List<ArrChange> changes = new ArrayList<>();
    private Lifecycle lifecycle = Lifecycle.ACTIVE;
    private String band = "green";
    private String accountManager = "amy";
    private String campaign;
    private String salesOwner;
    private Integer minutesToFirstContact;
    private Boolean firstContactWithinSla;
    private Integer handoffReturns;
    private BigDecimal hoursToAccept;
    private Integer daysToValue;
    private Boolean firstValueLate;
    private Integer promisesMissed;
    private final List<SavePlayFacts> savePlays = new ArrayList<>();

    private CustomerBuilder(String customerId) {
      this.customerId = customerId;
    }

    CustomerBuilder closedDaysAgo(int days) {
      this.contractDate = TODAY.minusDays(days);
      return this;
    }

    CustomerBuilder closedOn(String date) {
      this.contractDate = LocalDate.parse(date);
      return this;
    }

    CustomerBuilder startingArr(String amount) {
      this.startingArr = new BigDecimal(amount);
      return this;
    }

    /** The ARR changed to {@code amount} on the day {@code days} after the close. */
    CustomerBuilder arrAfterDays(int days, String amount, ArrChangeCause cause) {
      changes.add(new ArrChange(contractDate.plusDays(days), new BigDecimal(amount), cause));
      this.arr = new BigDecimal(amount);
      if (cause == ArrChangeCause.CHURNED) {
        this.lifecycle = Lifecycle.CHURNED;
      }
      return this;
    }

    /** The ARR changed to {@code amount} on {@code date} (yyyy-MM-dd). */
    CustomerBuilder arrOn(String date, String amount, ArrChangeCause cause) {
      return arrAfterDays(
          (int) java.time.temporal.ChronoUnit.DAYS.between(contractDate, LocalDate.parse(date)),
          amount,
          cause);
    }

    CustomerBuilder red() {
      this.band = "red";
      return this;
    }

    CustomerBuilder churned() {
      this.lifecycle = Lifecycle.CHURNED;
      return this;
    }

    CustomerBuilder campaign(String campaign) {
      this.campaign = campaign;
      return this;
    }

    CustomerBuilder salesOwner(String salesOwner) {
      this.salesOwner = salesOwner;
      return this;
    }

    CustomerBuilder accountManager(String accountManager) {
      this.accountManager = accountManager;
      return this;
    }

    CustomerBuilder firstContactAfter(int minutes, boolean withinSla) {
      this.minutesToFirstContact = minutes;
      this.firstContactWithinSla = withinSla;
      return this;
    }

    CustomerBuilder handoffReturns(int returns) {
      this.handoffReturns = returns;
      return this;
    }

    CustomerBuilder hoursToAccept(String hours) {
      this.hoursToAccept = new BigDecimal(hours);
      return this;
    }

    CustomerBuilder firstValueAfter(int days, boolean late, int promisesMissed) {
      this.daysToValue = days;
      this.firstValueLate = late;
      this.promisesMissed = promisesMissed;
      return this;
    }

    CustomerBuilder savePlay(Outcome outcome, String kept, String lost) {
      savePlays.add(
          new SavePlayFacts(
              customerId + "-sp-" + savePlays.size(),
              customerId,
              1,
              outcome,
              Cents.of(new BigDecimal(kept)),
              Cents.of(new BigDecimal(lost))));
      return this;
    }

    CustomerFacts facts() {
      Lineage lineage =
          new Lineage(
              null,
              campaign,
              null,
              null,
              null,
              null,
              salesOwner,
              null,
              null,
              minutesToFirstContact,
              firstContactWithinSla,
              null,
              handoffReturns,
              null,
              hoursToAccept,
              null,
              null,
              daysToValue,
              firstValueLate,
              promisesMissed);
      return CustomerFacts.of(
          customerId,
          1,
          new CustomerFacts.Commercial(
              contractDate, startingArr, arr == null ? startingArr : arr, changes),
          lifecycle,
          band,
          accountManager,
          "smb",
          lineage);
    }
  }
}

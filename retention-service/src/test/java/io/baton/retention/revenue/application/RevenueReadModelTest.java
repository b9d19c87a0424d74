package io.baton.retention.revenue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.revenue.domain.CustomerDetail;
import io.baton.retention.revenue.domain.CustomerFacts;
import io.baton.retention.revenue.domain.SavePlayFacts;
import io.baton.retention.saveplay.domain.Outcome;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class RevenueReadModelTest {

  private static final Instant NOW = Instant.parse("2027-06-30T10:00:00Z");

  private final Sources sources = new Sources();
  private final RevenueReadModel readModel =
      new RevenueReadModel(
          sources,
          new RevenueProperties(
              Duration.ofSeconds(15),
              Duration.ofMinutes(1),
              Duration.ofMillis(10),
              new RevenueProperties.LeadFigures(Duration.ofMinutes(5), 32, Duration.ofHours(24))),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void loadsEverythingFirstThenWhatChangedSinceItsLastLookLessTheOverlap() {
    sources.customers.add(customer("c-1", 1, "10000"));

    RevenueReadModel.Refresh first = readModel.refresh();
    RevenueReadModel.Refresh second = readModel.refresh();

    assertThat(first.firstLoad()).isTrue();
    assertThat(second.firstLoad()).isFalse();
    assertThat(sources.asked).containsExactly(null, NOW.minus(Duration.ofMinutes(1)));
    assertThat(readModel.asOf()).isEqualTo(NOW);
    assertThat(readModel.customers()).extracting(CustomerFacts::customerId).containsExactly("c-1");
  }

  @Test
  void keepsTheLaterVersionOfACustomerWhicheverArrivesFirst() {
    readModel.take(customer("c-1", 3, "30000"));
    readModel.take(customer("c-1", 2, "20000"));

    assertThat(StreamSupport.stream(readModel.customers().spliterator(), false).toList())
        .singleElement()
        .satisfies(facts -> assertThat(facts.startingArrCents()).isEqualTo(3_000_000));

    readModel.take(customer("c-1", 4, "40000"));
    assertThat(readModel.customers().iterator().next().version()).isEqualTo(4);
  }

  @Test
  void keepsEachSavePlayOnceUnderItsCustomerInItsLatestVersion() {
    readModel.take(savePlay("sp-1", "c-1", 2, Outcome.DOWNGRADED));
    readModel.take(savePlay("sp-1", "c-1", 1, Outcome.SAVED));
    readModel.take(savePlay("sp-2", "c-1", 1, Outcome.CHURNED));

    assertThat(readModel.savePlaysOf("c-1"))
        .extracting(SavePlayFacts::interventionId, SavePlayFacts::outcome)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("sp-1", Outcome.DOWNGRADED),
            org.assertj.core.groups.Tuple.tuple("sp-2", Outcome.CHURNED));
    assertThat(readModel.savePlaysOf("c-2")).isEmpty();
  }

  @Test
  void aRequestBeforeTheFirstLoadWaitsThenIsToldToComeBack() {
    assertThatThrownBy(readModel::awaitLoaded).isInstanceOf(RevenueNotReadyException.class);

    readModel.refresh();
    readModel.awaitLoaded();
  }

  private static CustomerFacts customer(String id, long version, String startingArr) {
    return CustomerFacts.of(
        id,
        version,
        new CustomerFacts.Commercial(
            LocalDate.parse("2027-01-01"),
            new BigDecimal(startingArr),
            new BigDecimal(startingArr),
            List.of()),
        Lifecycle.ACTIVE,
        "green",
        "amy",
        "smb",
        null);
  }

  private static SavePlayFacts savePlay(String id, String customerId, long version, Outcome o) {
    return new SavePlayFacts(id, customerId, version, o, 100, 0);
  }

  private static final class Sources implements RevenueSources {

    final List<CustomerFacts> customers = new ArrayList<>();
    final List<Instant> asked = new ArrayList<>();

    @Override
    public long customers(Instant since, Consumer<CustomerFacts> facts) {
      asked.add(since);
      customers.forEach(facts);
      return customers.size();
    }

    @Override
    public long savePlays(Instant since, Consumer<SavePlayFacts> facts) {
      return 0;
    }

    @Override
    public List<CustomerDetail> details(List<String> customerIds) {
      return List.of();
    }
  }
}

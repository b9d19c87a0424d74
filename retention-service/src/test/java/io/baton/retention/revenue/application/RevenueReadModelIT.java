package io.baton.retention.revenue.application;

import static io.baton.retention.RetentionApi.newId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.retention.RetentionApi;
import io.baton.retention.revenue.LeadServiceStubbed;
import io.baton.retention.revenue.domain.CustomerFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The read model against the embedded MongoDB: this replica's own writes show at once, what others
 * wrote (another replica, the hourly health recompute) with the next refresh, and customers stored
 * before ARR changes were kept are read with the assumed history.
 */
class RevenueReadModelIT extends LeadServiceStubbed {

  private static final String PERIOD = "from=2018-01-01&to=2018-12-31";

  @Autowired private RevenueReadModel readModel;
  @Autowired private RevenueSources sources;
  @Autowired private MongoTemplate mongo;
  private RetentionApi api;

  @BeforeEach
  void setUp() {
    api = new RetentionApi(http);
  }

  @Test
  void writesToADatabaseOfItsOwnSoTheTotalsCountOnlyTheRevenueTestsCustomers() {
    assertThat(mongo.getDb().getName()).isEqualTo("revenue");
  }

  @Test
  void showsWhatThisReplicaWroteAtOnceAndWhatOthersWroteAfterTheNextRefresh() {
    String manager = newId("manager");
    String customerId =
        api.registered(
            newId("rm"), Map.of("contractDate", "2018-03-01", "accountManager", manager));
    assertThat(row(manager).path("figures").path("arrWon").path("n").asLong()).isEqualTo(1);

    // another replica (or the health recompute) turns it red, and records a save play's outcome
    Document customer =
        mongo.getCollection("customers").find(new Document("_id", customerId)).first();
    mongo
        .getCollection("customers")
        .updateOne(
            new Document("_id", customerId),
            new Document(
                "$set",
                new Document("health.band", "RED")
                    .append("updatedAt", Date.from(Instant.now()))
                    .append("version", customer.getLong("version") + 1)));
    mongo
        .getCollection("interventions")
        .insertOne(
            new Document("_id", newId("sp"))
                .append("customerId", customerId)
                .append("version", 1L)
                .append("updatedAt", Date.from(Instant.now()))
                .append(
                    "outcome",
                    new Document("outcome", "SAVED")
                        .append("arrBefore", new Decimal128(48000))
                        .append("arrAfter", new Decimal128(48000))
                        .append("arrKept", new Decimal128(48000))
                        .append("arrLost", new Decimal128(0))
                        .append("workedBy", "amy")
                        .append("play", "call")
                        .append("recordedAt", Date.from(Instant.now()))));
    assertThat(row(manager).path("figures").path("shareRedNow").path("value").decimalValue())
        .isEqualByComparingTo("0");

    readModel.refresh();

    JsonNode figures = row(manager).path("figures");
    assertThat(figures.path("shareRedNow").path("value").decimalValue()).isEqualByComparingTo("1");
    assertThat(figures.path("arrSaved").path("value").decimalValue()).isEqualByComparingTo("48000");
    assertThat(figures.path("savePlayWinRate").path("n").asLong()).isEqualTo(1);
  }

  @Test
  void aSavePlayImportedWithItsDatesChurnsTheCustomerOnTheDayItDecided() {
    String manager = newId("manager");
    String customerId =
        api.active(newId("rm"), Map.of("contractDate", "2018-03-01", "accountManager", manager));
    Map<String, Object> request = RetentionApi.aSavePlayRequest();
    request.put("requestedAt", "2018-05-01T10:00:00Z");
    String interventionId =
        RetentionApi.read(api.post("/api/customers/" + customerId + "/save-plays", request))
            .path("interventionId")
            .asText();

    api.post(
        "/api/save-plays/" + interventionId + "/outcome",
        Map.of("outcome", "churned", "play", "call", "decidedAt", "2018-07-10T16:00:00Z"));

    // the contract's day 90 is 2018-05-30, day 180 is 2018-08-28: churned in between
    JsonNode figures = row(manager).path("figures");
    assertThat(figures.path("grr90").path("value").decimalValue()).isEqualByComparingTo("1");
    assertThat(figures.path("grr180").path("value").decimalValue()).isEqualByComparingTo("0");
    assertThat(figures.path("grr365").path("value").decimalValue()).isEqualByComparingTo("0");
    assertThat(figures.path("arrChurned").path("value").decimalValue())
        .isEqualByComparingTo("48000");
    readModel.refresh();
    assertThat(row(manager).path("figures")).isEqualTo(figures);
  }

  @Test
  void readsACustomerStoredBeforeArrChangesWereKeptWithItsStartingArrUntilItsLastUpdate() {
    String customerId = newId("legacy");
    mongo
        .getCollection("customers")
        .insertOne(
            new Document("_id", customerId)
                .append("customerName", "Old Corp")
                .append("segment", "MID_MARKET")
                .append("accountManager", "amy")
                .append("arr", new Decimal128(30000))
                .append("startingArr", new Decimal128(48000))
                .append("contractDate", Date.from(Instant.parse("2018-01-10T00:00:00Z")))
                .append("lifecycle", "ACTIVE")
                .append("health", new Document("score", 55).append("band", "YELLOW"))
                .append("updatedAt", Date.from(Instant.parse("2018-08-20T10:00:00Z")))
                .append("version", 7L));

    List<CustomerFacts> read = new ArrayList<>();
    sources.customers(
        null,
        facts -> {
          if (facts.customerId().equals(customerId)) {
            read.add(facts);
          }
        });

    assertThat(read)
        .singleElement()
        .satisfies(
            facts -> {
              assertThat(facts.startingArrCents()).isEqualTo(4_800_000);
              assertThat(facts.arrAfter90Cents()).isEqualTo(4_800_000);
              assertThat(facts.arrAfter180Cents()).isEqualTo(4_800_000);
              assertThat(facts.arrAfter365Cents()).isEqualTo(3_000_000);
              assertThat(facts.arrNowCents()).isEqualTo(3_000_000);
              assertThat(facts.segment()).isEqualTo("mid-market");
              assertThat(facts.campaign()).isNull();
              assertThat(facts.redNow()).isFalse();
              assertThat(facts.version()).isEqualTo(7);
            });
  }

  @Test
  void readsAChurnedCustomerStoredBeforeArrChangesWereKeptAsLostOnTheDayOfItsLastUpdate() {
    String customerId = newId("legacy-churned");
    mongo
        .getCollection("customers")
        .insertOne(
            new Document("_id", customerId)
                .append("customerName", "Gone Corp")
                .append("segment", "SMB")
                .append("accountManager", "amy")
                .append("arr", new Decimal128(0))
                .append("startingArr", new Decimal128(24000))
                .append("contractDate", Date.from(Instant.parse("2018-02-01T00:00:00Z")))
                .append("lifecycle", "CHURNED")
                .append("health", new Document("score", 20).append("band", "RED"))
                .append("updatedAt", Date.from(Instant.parse("2018-09-12T10:00:00Z")))
                .append("version", 4L));

    List<CustomerFacts> read = new ArrayList<>();
    sources.customers(
        null,
        facts -> {
          if (facts.customerId().equals(customerId)) {
            read.add(facts);
          }
        });

    assertThat(read)
        .singleElement()
        .satisfies(
            facts -> {
              assertThat(facts.churnedOn()).isEqualTo(LocalDate.parse("2018-09-12"));
              assertThat(facts.arrBeforeChurnCents()).isEqualTo(2_400_000);
            });
    assertThat(sources.details(List.of(customerId)))
        .singleElement()
        .satisfies(
            detail -> assertThat(detail.churnedOn()).isEqualTo(LocalDate.parse("2018-09-12")));
  }

  private JsonNode row(String manager) {
    JsonNode answer = api.json("/api/revenue/accountability?dimension=account-manager&" + PERIOD);
    for (JsonNode row : answer.path("rows")) {
      if (manager.equals(row.path("value").asText())) {
        return row;
      }
    }
    throw new AssertionError("No row of " + manager + " in " + answer);
  }
}

package io.baton.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.baton.retention.customer.adapter.out.mongo.CustomerDocument;
import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.saveplay.adapter.out.mongo.InterventionDocument;
import io.baton.retention.saveplay.domain.Outcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RevenueSeedTest {

  private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

  private MongoServer server;
  private String uri;

  @BeforeEach
  void startMongo() {
    server = new MongoServer(new MemoryBackend());
    uri = server.bindAndGetConnectionString() + "/retention-service";
  }

  @AfterEach
  void stopMongo() {
    server.shutdownNow();
  }

  @Test
  void writesWhatWasAskedForAsRetentionReadsIt() {
    RevenueSeed.Seeded seeded = RevenueSeed.seed(uri, 300, 3_001, NOW);

    try (MongoClient client = MongoClients.create(uri)) {
      List<CustomerDocument> customers =
          RevenueSeed.template(client, "retention-service").findAll(CustomerDocument.class);
      List<InterventionDocument> savePlays =
          RevenueSeed.template(client, "retention-service").findAll(InterventionDocument.class);
      MongoDatabase database = client.getDatabase("retention-service");

      assertThat(customers).hasSize(300);
      assertThat(database.getCollection("signals").countDocuments()).isEqualTo(3_001);
      assertThat(seeded.signals()).isEqualTo(3_001);
      assertThat(savePlays).hasSize(seeded.savePlays()).isNotEmpty();
      assertThat(savePlays).allSatisfy(savePlay -> assertThat(savePlay.outcome()).isNotNull());
      assertThat(customers)
          .filteredOn(customer -> seeded.period().contains(customer.contractDate()))
          .hasSize(seeded.customersInPeriod());
      assertThat(customers)
          .filteredOn(customer -> customer.lifecycle() == Lifecycle.CHURNED)
          .hasSize(seeded.outcomes().get(Outcome.CHURNED));
      assertThat(customers)
          .allSatisfy(
              customer -> {
                assertThat(customer.lineage().salesOwner()).startsWith("owner-");
                assertThat(customer.health()).isNotNull();
                assertThat(customer.updatedAt()).isBefore(NOW);
              });
    }
  }

  @Test
  void leavesNothingForRetentionsSweepsToTakeUp() {
    RevenueSeed.seed(uri, 200, 2_000, NOW);

    try (MongoClient client = MongoClients.create(uri)) {
      MongoDatabase database = client.getDatabase("retention-service");

      assertThat(database.getCollection("signals").countDocuments(Filters.eq("appliedAt", null)))
          .isZero();
      assertThat(
              database
                  .getCollection("interventions")
                  .countDocuments(Filters.elemMatch("outbox", Filters.eq("publishedAt", null))))
          .isZero();
      assertThat(
              database
                  .getCollection("customers")
                  .countDocuments(Filters.exists("pendingSavePlays.0")))
          .isZero();
    }
  }
}

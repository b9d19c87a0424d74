package io.baton.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.local.demo.DemoLoader;
import io.baton.local.demo.DemoPlanner.Sizes;
import io.baton.local.demo.DemoSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ./baton demo} on the real local runtime (embedded engine, embedded MongoDB, every service,
 * the gateway): a small year loaded through the gateway and the Camunda user-task API gives the
 * revenue figures their shapes, and loading it again adds nothing.
 */
class DemoIT {

  private static LocalSuite suite;
  private static SuiteLayout layout;

  @BeforeAll
  static void startSuite() throws Exception {
    Path projectRoot = Path.of("..").toAbsolutePath().normalize();
    layout =
        SuiteLayout.onFreePorts(
            projectRoot,
            Files.createTempDirectory("baton-demo"),
            projectRoot.resolve("local/target/apps"));
    suite = LocalSuite.start(layout);
  }

  @AfterAll
  static void stopSuite() throws InterruptedException {
    if (suite != null) {
      suite.close();
    }
  }

  @Test
  void aSmallYearShowsCampaignsWithCustomersAndChurnAndASecondLoadAddsNothing() throws Exception {
    DemoSettings settings =
        new DemoSettings(
            DemoSettings.DEFAULT_SEED,
            LocalDate.now(ZoneOffset.UTC),
            new Sizes(60, 12),
            DemoSettings.DEFAULT_WORKERS,
            URI.create("http://localhost:" + layout.gatewayPort()));

    DemoLoader.Result first = DemoLoader.load(settings, suite.users(), System.out);

    assertThat(first.failures()).isEmpty();
    assertThat(first.counts().newLeads()).isEqualTo(60);
    assertThat(first.counts().deals()).isEqualTo(12);
    SuiteClient cleo = SuiteClient.gatewayOf(layout).withToken(suite.token("cleo"));
    JsonNode byCampaign = cleo.getJson("/api/revenue/accountability?dimension=campaign");
    List<JsonNode> withCustomers =
        rows(byCampaign).stream()
            .filter(row -> row.path("figures").path("arrWon").path("n").asInt() > 0)
            .toList();
    assertThat(withCustomers).hasSizeGreaterThanOrEqualTo(3);
    assertThat(withCustomers)
        .anySatisfy(
            row ->
                assertThat(row.path("figures").path("arrChurned").path("value").asDouble())
                    .isPositive());
    assertThat(byCampaign.path("total").path("figures").path("arrWon").path("n").asInt())
        .isGreaterThanOrEqualTo(first.counts().customers());
    Map<String, Integer> loaded = counts(cleo);

    DemoLoader.Result second = DemoLoader.load(settings, suite.users(), System.out);

    assertThat(second.failures()).isEmpty();
    assertThat(second.counts().newLeads()).isZero();
    assertThat(second.counts().newSignals()).isZero();
    assertThat(counts(cleo)).isEqualTo(loaded);
    assertThat(loaded.get("customers"))
        .as("registered on acceptance")
        .isEqualTo(first.counts().accepted());
  }

  /** How many leads, handoffs, customers and save plays the suite holds, as the CS leader sees. */
  private static Map<String, Integer> counts(SuiteClient cleo) throws Exception {
    return Map.of(
        "leads", cleo.getJson("/api/leads?limit=500").size(),
        "handoffs", cleo.getJson("/api/handoffs?limit=500").size(),
        "customers", cleo.getJson("/api/customers?limit=500").size(),
        "save plays", cleo.getJson("/api/save-plays?limit=500").size());
  }

  private static List<JsonNode> rows(JsonNode answer) {
    return StreamSupport.stream(answer.path("rows").spliterator(), false).toList();
  }
}

package io.baton.retention.revenue.adapter.in.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.baton.retention.RetentionApi.aCustomer;
import static io.baton.retention.RetentionApi.aHandover;
import static io.baton.retention.RetentionApi.aSavePlayRequest;
import static io.baton.retention.RetentionApi.newId;
import static io.baton.retention.RetentionApi.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.retention.RetentionApi;
import io.baton.retention.revenue.LeadServiceStubbed;
import io.baton.retention.revenue.application.LeadFigures;
import io.baton.retention.revenue.application.RevenueReadModel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The revenue figures of nine customers from three campaigns (and one without a lineage), written
 * through the API: registered with their lineage, handed over with onboarding's part, some turned
 * red by signals, some saved, downgraded or churned by save plays, one expanded. Every expected
 * figure below was worked out by hand from this table (today = T, ARR in thousands):
 *
 * <pre>
 * id  campaign          play        owner manager closed  ARR  then (today)      first contact  returns  value  late  missed
 * W1  spring-webinar    fast-track  sam   amy     T-365   100  downgraded to 80  10 min, in SLA     0    20 d   no    0
 * W2  spring-webinar    fast-track  sam   amy     T-200    50  churned           30 min, in SLA     1    40 d   yes   1
 * W3  spring-webinar    nurture     rita  amy     T-90     30  expanded to 36    50 min, late       0    25 d   no    0
 * R1  partner-referral  enterprise  rita  amy     T-365    60  saved at 60       120 min, late      2    60 d   yes   2
 * R2  partner-referral  enterprise  sam   alex    T-180    40  red now           20 min, in SLA     0    30 d   no    0
 * R3  partner-referral  fast-track  rita  alex    T-30     20  still onboarding  15 min, in SLA     1    -      -     -
 * S1  paid-search       fast-track  sam   alex    T-90     10  downgraded to 6    5 min, in SLA     0    10 d   no    0
 * S2  paid-search       nurture     rita  alex    T-250    25  red now           240 min, late      0    50 d   yes   0
 * U1  (no lineage)                        alex    T-120    15  -
 * </pre>
 *
 * And three customers closed before every period above (so in none of its figures), for the
 * customers lost: in the quarter from T-60 to T (LOST_PERIOD) W2 (churned today, closed T-200), L1
 * and U2 were lost; L2 was lost before it.
 *
 * <pre>
 * id  campaign          owner manager closed  ARR  lost   first contact  returns  accept  value  late  missed
 * L1  spring-webinar    rita  amy     T-500    70  T-30   100 min, late      2    12.5 h  45 d   no    0
 * L2  paid-search       sam   alex    T-450    20  T-100    5 min, in SLA    0      -     10 d   no    0
 * U2  (no lineage)            alex    T-420     9  T      -
 * </pre>
 *
 * lead-service counts, for the period: spring-webinar 40 leads (5 converted), partner-referral 12
 * (4), paid-search 30 (2), autumn-fair 10 (0), no campaign 8 (1); sam 50 (6), rita 40 (5), no owner
 * 10 (1). Figures are written "value/n", in the order leads, converted, arrWon,
 * medianMinutesToFirstContact, handoffReturns, medianDaysToValue, shareRedNow, arrChurned,
 * arrDowngraded, arrSaved, savePlayWinRate, grr90, grr180, grr365, nrr90, nrr180, nrr365.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevenueAccountabilityIT extends LeadServiceStubbed {

  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  private static final LocalDate FROM = TODAY.minusDays(400);
  private static final String PERIOD = "from=" + FROM + "&to=" + TODAY;
  // the same customers, in a period of its own, whose lead counts no other test has read
  private static final LocalDate FROM_A_DAY_LATER = FROM.plusDays(1);
  private static final String OWN_PERIOD = "from=" + FROM_A_DAY_LATER + "&to=" + TODAY;
  // the customers lost in the last quarter (closed whenever)
  private static final LocalDate LOST_FROM = TODAY.minusDays(60);
  private static final String LOST_PERIOD = "from=" + LOST_FROM + "&to=" + TODAY;
  private static final List<String> LOSS_FIGURES =
      List.of(
          "customersLost",
          "arrLost",
          "shareBriefReturned",
          "shareFirstContactOutsideSla",
          "shareFirstValueLate",
          "sharePromiseMissed",
          "medianHoursToAccept",
          "medianDaysToValue",
          "medianMinutesToFirstContact",
          "medianMonthsAsCustomer");
  private static final List<String> FIGURES =
      List.of(
          "leads",
          "converted",
          "arrWon",
          "medianMinutesToFirstContact",
          "handoffReturns",
          "medianDaysToValue",
          "shareRedNow",
          "arrChurned",
          "arrDowngraded",
          "arrSaved",
          "savePlayWinRate",
          "grr90",
          "grr180",
          "grr365",
          "nrr90",
          "nrr180",
          "nrr365");

  @Autowired private LeadFigures leadFigures;
  @Autowired private RevenueReadModel readModel;
  @Autowired private MongoTemplate mongo;
  private RetentionApi api;
  private final Map<String, String> ids = new HashMap<>();

  @BeforeAll
  void writeTheCustomersThroughTheApi() {
    api = new RetentionApi(http);
    customer(
        "W1",
        365,
        100000,
        "amy",
        lineage("spring-webinar", "webinar", "fast-track", "sam", 10, true, 0));
    customer(
        "W2",
        200,
        50000,
        "amy",
        lineage("spring-webinar", "webinar", "fast-track", "sam", 30, true, 1));
    customer(
        "W3",
        90,
        30000,
        "amy",
        lineage("spring-webinar", "webinar", "nurture", "rita", 50, false, 0));
    customer(
        "R1",
        365,
        60000,
        "amy",
        lineage("partner-referral", "partner", "enterprise", "rita", 120, false, 2));
    customer(
        "R2",
        180,
        40000,
        "alex",
        lineage("partner-referral", "partner", "enterprise", "sam", 20, true, 0));
    customer(
        "R3",
        30,
        20000,
        "alex",
        lineage("partner-referral", "partner", "fast-track", "rita", 15, true, 1));
    customer(
        "S1",
        90,
        10000,
        "alex",
        lineage("paid-search", "paid-search", "fast-track", "sam", 5, true, 0));
    customer(
        "S2",
        250,
        25000,
        "alex",
        lineage("paid-search", "paid-search", "nurture", "rita", 240, false, 0));
    customer("U1", 120, 15000, "alex", null);
    Map<String, Object> l1 =
        lineage("spring-webinar", "webinar", "fast-track", "rita", 100, false, 2);
    l1.put("hoursToAccept", 12.5);
    customer("L1", 500, 70000, "amy", l1);
    customer(
        "L2",
        450,
        20000,
        "alex",
        lineage("paid-search", "paid-search", "nurture", "sam", 5, true, 0));
    customer("U2", 420, 9000, "alex", null);

    handOver("W1", 20, false, 0);
    handOver("W2", 40, true, 1);
    handOver("W3", 25, false, 0);
    handOver("R1", 60, true, 2);
    handOver("R2", 30, false, 0);
    handOver("S1", 10, false, 0);
    handOver("S2", 50, true, 0);
    handOver("U1", null, null, null);
    handOver("L1", 45, false, 0);
    handOver("L2", 10, false, 0);
    handOver("U2", null, null, null);

    outcome("W1", Map.of("outcome", "downgraded", "arrAfter", 80000, "play", "discount"));
    outcome("W2", Map.of("outcome", "churned", "play", "executive-call"));
    outcome("R1", Map.of("outcome", "saved", "play", "executive-call"));
    outcome("S1", Map.of("outcome", "downgraded", "arrAfter", 6000, "play", "discount"));
    Map<String, Object> expanded = registration("W3", 90, 36000, "amy", null);
    assertThat(api.putCustomer(ids.get("W3"), expanded).getStatusCode()).isEqualTo(HttpStatus.OK);
    turnRed("R2");
    turnRed("S2");

    outcome("L1", Map.of("outcome", "churned", "play", "executive-call"));
    outcome("L2", Map.of("outcome", "churned", "play", "executive-call"));
    outcome("U2", Map.of("outcome", "churned", "play", "executive-call"));
    // churns are recorded on the day they happen: L1's and L2's happened before today
    churnedDaysAgo("L1", 30);
    churnedDaysAgo("L2", 100);
    readModel.refresh();
  }

  @Test
  void givesTheCustomersLostInThePeriodWheneverTheyClosedPerCampaignAndInTotal() {
    JsonNode answer = api.json("/api/revenue/losses?dimension=campaign&" + LOST_PERIOD);

    assertThat(answer.path("dimension").asText()).isEqualTo("campaign");
    assertThat(answer.path("from").asText()).isEqualTo(LOST_FROM.toString());
    assertThat(answer.path("to").asText()).isEqualTo(TODAY.toString());
    assertThat(answer.path("asOf").asText()).isNotBlank();
    // in the order of LOSS_FIGURES. spring-webinar: W2 (closed T-200, before the period; 6 months
    // a customer) and L1 (closed T-500, lost T-30; 470 days, 15 months); paid-search has no row:
    // L2 was lost T-100, before the period; U2 (420 days, 13 months) has no lineage
    assertThat(lossRows(answer))
        .containsExactly(
            "spring-webinar: 2/2 120000/2 1/2 0.5/2 0.5/2 0.5/2 12.5/1 42.5/2 65/2 10.5/2",
            "null: 1/1 9000/1 null/0 null/0 null/0 null/0 null/0 null/0 null/0 13/1");
    assertThat(lossFigures(answer.path("total").path("figures")))
        .isEqualTo("3/3 129000/3 1/2 0.5/2 0.5/2 0.5/2 12.5/1 42.5/2 65/2 13/3");
    for (String additive : List.of("customersLost", "arrLost")) {
      BigDecimal sum = BigDecimal.ZERO;
      long n = 0;
      for (JsonNode row : answer.path("rows")) {
        sum = sum.add(new BigDecimal(row.path("figures").path(additive).path("value").asText()));
        n += row.path("figures").path(additive).path("n").asLong();
      }
      JsonNode total = answer.path("total").path("figures").path(additive);
      assertThat(sum).as(additive).isEqualByComparingTo(total.path("value").asText());
      assertThat(n).as(additive + " n").isEqualTo(total.path("n").asLong());
    }
  }

  @Test
  void countsACustomerLostOnlyInThePeriodOfItsChurn() {
    // L2 was lost T-100: in a period around that day, alone; the period of its close has no loss
    JsonNode aroundL2 =
        api.json(
            "/api/revenue/losses?dimension=campaign&from="
                + TODAY.minusDays(110)
                + "&to="
                + TODAY.minusDays(90));
    JsonNode closeOfL2 =
        api.json(
            "/api/revenue/losses?dimension=campaign&from="
                + TODAY.minusDays(460)
                + "&to="
                + TODAY.minusDays(440));

    assertThat(lossRows(aroundL2))
        .containsExactly("paid-search: 1/1 20000/1 0/1 0/1 0/1 0/1 null/0 10/1 5/1 11/1");
    assertThat(closeOfL2.path("rows")).isEmpty();
    assertThat(lossFigures(closeOfL2.path("total").path("figures")))
        .isEqualTo("0/0 0/0 null/0 null/0 null/0 null/0 null/0 null/0 null/0 null/0");
  }

  @Test
  void showsEachSalesRepOnlyTheirOwnLossesAndTheirOwnLostCustomers() {
    JsonNode sams =
        read(getAs("sam", "/api/revenue/losses?dimension=sales-owner&" + LOST_PERIOD, "sales"));
    JsonNode ritas =
        read(getAs("rita", "/api/revenue/losses?dimension=sales-owner&" + LOST_PERIOD, "sales"));
    JsonNode samsLost =
        read(
            getAs(
                "sam",
                "/api/revenue/customers?dimension=sales-owner&basis=lost&" + LOST_PERIOD,
                "sales"));

    assertThat(lossRows(sams))
        .containsExactly("sam: 1/1 50000/1 1/1 0/1 1/1 1/1 null/0 40/1 30/1 6/1");
    assertThat(lossFigures(sams.path("total").path("figures")))
        .isEqualTo(lossRows(sams).getFirst().substring("sam: ".length()));
    assertThat(lossRows(ritas))
        .containsExactly("rita: 1/1 70000/1 1/1 1/1 0/1 0/1 12.5/1 45/1 100/1 15/1");
    assertThat(samsLost.path("customers").findValuesAsText("customerName")).containsExactly("W2");
    assertThat(
            getAs(
                    "sam",
                    "/api/revenue/customers?dimension=sales-owner&value=rita&basis=lost&"
                        + LOST_PERIOD,
                    "sales")
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void listsTheCustomersLostBehindARowMostRecentlyLostFirstWithTheDayOfTheirChurn() {
    JsonNode webinar =
        api.json(
            "/api/revenue/customers?dimension=campaign&value=spring-webinar&basis=lost&"
                + LOST_PERIOD);
    JsonNode unknown =
        api.json("/api/revenue/customers?dimension=campaign&value=&basis=lost&" + LOST_PERIOD);
    JsonNode everyone =
        api.json("/api/revenue/customers?dimension=campaign&basis=lost&" + LOST_PERIOD);

    assertThat(webinar.path("basis").asText()).isEqualTo("lost");
    assertThat(webinar.path("totalCustomers").asLong()).isEqualTo(2);
    assertThat(webinar.path("customers").findValuesAsText("customerName"))
        .containsExactly("W2", "L1");
    assertThat(webinar.path("customers").findValuesAsText("churnedOn"))
        .containsExactly(TODAY.toString(), TODAY.minusDays(30).toString());
    assertThat(webinar.path("customers").get(1).path("contractDate").asText())
        .isEqualTo(TODAY.minusDays(500).toString());
    assertThat(unknown.path("customers").findValuesAsText("customerName")).containsExactly("U2");
    assertThat(everyone.path("customers").findValuesAsText("customerName"))
        .containsExactlyInAnyOrder("W2", "U2", "L1");
    assertThat(everyone.path("customers").get(2).path("customerName").asText()).isEqualTo("L1");
  }

  @Test
  void givesTheLossesAsCsvToo() {
    ResponseEntity<String> losses =
        getAccepting(
            "/api/revenue/losses?dimension=campaign&" + LOST_PERIOD,
            MediaType.parseMediaType("text/csv"));
    ResponseEntity<String> lost =
        getAccepting(
            "/api/revenue/customers?dimension=campaign&value=spring-webinar&basis=lost&"
                + LOST_PERIOD,
            MediaType.parseMediaType("text/csv"));

    assertThat(losses.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> lines = losses.getBody().lines().toList();
    assertThat(lines.getFirst())
        .startsWith("row,campaign,customersLost,customersLost.n,arrLost,arrLost.n,");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).startsWith("row,spring-webinar,2,2,120000.00,2,1.0000,2,");
    assertThat(lines.get(2)).startsWith("row,,1,1,9000.00,1,,0,");
    assertThat(lines.getLast()).startsWith("total,,3,3,129000.00,3,");
    List<String> customers = lost.getBody().lines().toList();
    assertThat(customers.getFirst()).contains(",lifecycle,churnedOn,");
    assertThat(customers.get(1)).contains(",W2,", ",churned," + TODAY + ",");
  }

  @Test
  void givesEveryFigurePerCampaignAndInTotalWithLeadServicesCounts() {
    stubLeadService(FROM_A_DAY_LATER);
    // the first answer has no lead counts yet: they are read in the background, never meanwhile
    JsonNode first = api.json("/api/revenue/accountability?dimension=campaign&" + OWN_PERIOD);
    assertThat(first.path("leadFiguresAsOf").isNull()).isTrue();
    assertThat(first.path("total").path("figures").path("leads").path("value").isNull()).isTrue();
    assertThat(first.path("total").path("figures").path("leads").path("n").asLong()).isZero();
    leadFigures.refresh();

    JsonNode answer = api.json("/api/revenue/accountability?dimension=campaign&" + OWN_PERIOD);

    assertThat(answer.path("dimension").asText()).isEqualTo("campaign");
    assertThat(answer.path("from").asText()).isEqualTo(FROM_A_DAY_LATER.toString());
    assertThat(answer.path("to").asText()).isEqualTo(TODAY.toString());
    assertThat(answer.path("asOf").asText()).isNotBlank();
    assertThat(answer.path("leadFiguresAsOf").asText()).isNotBlank();
    assertThat(rows(answer))
        .containsExactly(
            "autumn-fair: 10/10 0/10 0/0 null/0 0/0 null/0 null/0 0/0 0/0 0/0 null/0"
                + " null/0 null/0 null/0 null/0 null/0 null/0",
            "paid-search: 30/30 2/30 35000/2 122.5/2 0/2 30/2 0.5/2 0/0 4000/1 6000/1 0/1"
                + " 0.8857/2 1/1 null/0 0.8857/2 1/1 null/0",
            "partner-referral: 12/12 4/12 120000/3 20/3 3/3 45/2 0.3333/3 0/0 0/0 60000/1 1/1"
                + " 1/2 1/2 1/1 1/2 1/2 1/1",
            "spring-webinar: 40/40 5/40 180000/3 30/3 1/3 25/3 0/2 50000/1 20000/1 80000/1 0/2"
                + " 1/3 1/2 0.8/1 1.0333/3 1/2 0.8/1",
            "null: 8/8 1/8 15000/1 null/0 0/0 null/0 0/1 0/0 0/0 0/0 null/0"
                + " 1/1 null/0 null/0 1/1 null/0 null/0");
    assertThat(figures(answer.path("total").path("figures")))
        .isEqualTo(
            "100/100 12/100 350000/9 25/8 4/8 30/7 0.25/8 50000/1 24000/2 146000/3 0.25/4"
                + " 0.9879/8 1/5 0.875/2 1.0061/8 1/5 0.875/2");
    for (String additive :
        List.of(
            "leads",
            "converted",
            "arrWon",
            "handoffReturns",
            "arrChurned",
            "arrDowngraded",
            "arrSaved")) {
      BigDecimal sum = BigDecimal.ZERO;
      long n = 0;
      for (JsonNode row : answer.path("rows")) {
        sum = sum.add(new BigDecimal(row.path("figures").path(additive).path("value").asText()));
        n += row.path("figures").path(additive).path("n").asLong();
      }
      JsonNode total = answer.path("total").path("figures").path(additive);
      assertThat(sum).as(additive).isEqualByComparingTo(total.path("value").asText());
      assertThat(n).as(additive + " n").isEqualTo(total.path("n").asLong());
    }
  }

  @Test
  void givesTheFiguresOfOtherDimensionsWithoutLeadsWhereLeadsHaveNone() {
    JsonNode byManager =
        api.json("/api/revenue/accountability?dimension=account-manager&" + PERIOD);
    JsonNode byMonth = api.json("/api/revenue/accountability?dimension=close-month&" + PERIOD);

    // amy: W1, W2, W3, R1 (100 + 50 + 30 + 60); alex: R2, R3, S1, S2, U1 (40 + 20 + 10 + 25 + 15),
    // of whom R2 and S2 are red
    assertThat(values(byManager)).containsExactly("alex", "amy");
    assertThat(figure(byManager.path("rows").get(1), "arrWon")).isEqualTo("240000/4");
    assertThat(figure(byManager.path("rows").get(0), "arrWon")).isEqualTo("110000/5");
    assertThat(figure(byManager.path("rows").get(0), "shareRedNow")).isEqualTo("0.4/5");
    assertThat(figure(byManager.path("rows").get(0), "leads")).isEqualTo("null/0");
    assertThat(byManager.path("leadFiguresAsOf").isNull()).isTrue();
    assertThat(values(byMonth)).contains(TODAY.minusDays(365).toString().substring(0, 7));
    assertThat(figure(byMonth.path("total"), "arrWon")).isEqualTo("350000/9");
  }

  @Test
  void showsEachSalesRepOnlyTheirOwnRowAndTheirOwnTotal() {
    stubLeadService(FROM);
    getAs("sam", "/api/revenue/accountability?dimension=sales-owner&" + PERIOD, "sales");
    leadFigures.refresh();

    JsonNode sams =
        read(getAs("sam", "/api/revenue/accountability?dimension=sales-owner&" + PERIOD, "sales"));
    JsonNode ritas =
        read(getAs("rita", "/api/revenue/accountability?dimension=sales-owner&" + PERIOD, "sales"));

    assertThat(rows(sams))
        .containsExactly(
            "sam: 50/50 6/50 200000/4 15/4 1/4 25/4 0.3333/3 50000/1 24000/2 86000/2 0/3"
                + " 0.98/4 1/3 0.8/1 0.98/4 1/3 0.8/1");
    assertThat(figures(sams.path("total").path("figures")))
        .isEqualTo(rows(sams).getFirst().substring("sam: ".length()));
    assertThat(rows(ritas))
        .containsExactly(
            "rita: 40/40 5/40 135000/4 85/4 3/4 50/3 0.25/4 0/0 0/0 60000/1 1/1"
                + " 1/3 1/2 1/1 1.0522/3 1/2 1/1");
    assertThat(figures(ritas.path("total").path("figures")))
        .isEqualTo(rows(ritas).getFirst().substring("rita: ".length()));
  }

  @Test
  void comparesTheCohortsOfEachChurnFactorSideBySide() {
    JsonNode answer = api.json("/api/revenue/churn-predictors?" + PERIOD);

    List<String> cohorts = new ArrayList<>();
    for (JsonNode factor : answer.path("factors")) {
      for (String side : List.of("with", "without")) {
        JsonNode cohort = factor.path(side);
        cohorts.add(
            factor.path("factor").asText()
                + " "
                + side
                + ": "
                + cohort.path("customers").asLong()
                + " customers, "
                + cohort.path("churned").asLong()
                + " churned, rate "
                + number(cohort.path("churnRate"))
                + ", grr365 "
                + figureOf(cohort.path("grr365")));
      }
    }
    assertThat(cohorts)
        .containsExactly(
            "brief-returned with: 3 customers, 1 churned, rate 0.3333, grr365 1/1",
            "brief-returned without: 5 customers, 0 churned, rate 0, grr365 0.8/1",
            "first-value-late with: 3 customers, 1 churned, rate 0.3333, grr365 1/1",
            "first-value-late without: 4 customers, 0 churned, rate 0, grr365 0.8/1",
            "promise-missed with: 2 customers, 1 churned, rate 0.5, grr365 1/1",
            "promise-missed without: 5 customers, 0 churned, rate 0, grr365 0.8/1",
            "first-contact-outside-sla with: 3 customers, 0 churned, rate 0, grr365 1/1",
            "first-contact-outside-sla without: 5 customers, 1 churned, rate 0.2, grr365 0.8/1");
  }

  @Test
  void listsTheCustomersBehindARowMostRecentlyClosedFirstAPageAtATime() {
    JsonNode webinar =
        api.json("/api/revenue/customers?dimension=campaign&value=spring-webinar&" + PERIOD);
    JsonNode secondPage =
        api.json(
            "/api/revenue/customers?dimension=campaign&value=spring-webinar&page=1&size=2&"
                + PERIOD);
    JsonNode unknown = api.json("/api/revenue/customers?dimension=campaign&value=&" + PERIOD);

    assertThat(webinar.path("totalCustomers").asLong()).isEqualTo(3);
    assertThat(webinar.path("customers").findValuesAsText("customerName"))
        .containsExactly("W3", "W2", "W1");
    JsonNode w1 = webinar.path("customers").get(2);
    assertThat(w1.path("customerId").asText()).isEqualTo(ids.get("W1"));
    assertThat(w1.path("contractDate").asText()).isEqualTo(TODAY.minusDays(365).toString());
    assertThat(w1.path("startingArr").decimalValue()).isEqualByComparingTo("100000");
    assertThat(w1.path("arr").decimalValue()).isEqualByComparingTo("80000");
    assertThat(w1.path("band").asText()).isEqualTo("green");
    assertThat(w1.path("lifecycle").asText()).isEqualTo("active");
    assertThat(w1.path("lineage").path("salesOwner").asText()).isEqualTo("sam");
    assertThat(w1.path("lineage").path("daysToValue").asInt()).isEqualTo(20);
    assertThat(webinar.path("basis").asText()).isEqualTo("closed");
    assertThat(w1.path("churnedOn").isMissingNode()).isTrue();
    assertThat(webinar.path("customers").get(1).path("lifecycle").asText()).isEqualTo("churned");
    assertThat(webinar.path("customers").get(1).path("churnedOn").asText())
        .isEqualTo(TODAY.toString());
    assertThat(secondPage.path("customers").findValuesAsText("customerName")).containsExactly("W1");
    assertThat(secondPage.path("page").asInt()).isEqualTo(1);
    assertThat(secondPage.path("size").asInt()).isEqualTo(2);
    assertThat(unknown.path("customers").findValuesAsText("customerName")).containsExactly("U1");
  }

  @Test
  void showsASalesRepOnlyTheirOwnCustomersBehindTheirRow() {
    JsonNode sams =
        read(getAs("sam", "/api/revenue/customers?dimension=sales-owner&" + PERIOD, "sales"));

    assertThat(sams.path("customers").findValuesAsText("customerName"))
        .containsExactly("S1", "R2", "W2", "W1");
    assertThat(
            getAs(
                    "sam",
                    "/api/revenue/customers?dimension=sales-owner&value=rita&" + PERIOD,
                    "sales")
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void givesEachAnswerAsCsvToo() {
    ResponseEntity<String> accountability =
        getAccepting(
            "/api/revenue/accountability?dimension=campaign&" + PERIOD,
            MediaType.parseMediaType("text/csv"));
    ResponseEntity<String> customers =
        getAccepting(
            "/api/revenue/customers?dimension=campaign&value=spring-webinar&" + PERIOD,
            MediaType.parseMediaType("text/csv"));
    ResponseEntity<String> predictors =
        getAccepting(
            "/api/revenue/churn-predictors?" + PERIOD, MediaType.parseMediaType("text/csv"));

    assertThat(accountability.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(
            accountability
                .getHeaders()
                .getContentType()
                .isCompatibleWith(MediaType.parseMediaType("text/csv")))
        .isTrue();
    List<String> lines = accountability.getBody().lines().toList();
    assertThat(lines.getFirst())
        .startsWith("row,campaign,leads,leads.n,converted,converted.n,arrWon,arrWon.n");
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("row,spring-webinar,"));
    assertThat(lines.getLast()).contains(",350000.00,9,");
    assertThat(lines.getLast()).startsWith("total,,");
    assertThat(customers.getBody().lines()).hasSize(4);
    assertThat(customers.getBody().lines().toList().get(1)).contains(",W3,", ",spring-webinar,");
    assertThat(predictors.getBody().lines()).hasSize(9);
    assertThat(predictors.getBody().lines().toList().get(1))
        .isEqualTo("brief-returned,with,3,1,0.3333,1.0000,1");
  }

  // --- writing the customers

  private void customer(
      String name, int closedDaysAgo, int arr, String manager, Map<String, Object> lineage) {
    String customerId = newId("rev-" + name.toLowerCase());
    ids.put(name, customerId);
    ResponseEntity<String> response =
        api.putCustomer(customerId, registration(name, closedDaysAgo, arr, manager, lineage));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
  }

  private Map<String, Object> registration(
      String name, int closedDaysAgo, int arr, String manager, Map<String, Object> lineage) {
    Map<String, Object> registration = aCustomer();
    registration.put("customerName", name);
    registration.put("accountManager", manager);
    registration.put("arr", arr);
    registration.put("contractDate", TODAY.minusDays(closedDaysAgo).toString());
    if (lineage != null) {
      registration.put("lineage", lineage);
    }
    return registration;
  }

  private static Map<String, Object> lineage(
      String campaign,
      String channel,
      String play,
      String owner,
      int minutesToFirstContact,
      boolean withinSla,
      int handoffReturns) {
    Map<String, Object> lineage = new HashMap<>();
    lineage.put("campaign", campaign);
    lineage.put("sourceChannel", channel);
    lineage.put("leadPlay", play);
    lineage.put("salesOwner", owner);
    lineage.put("minutesToFirstContact", minutesToFirstContact);
    lineage.put("firstContactWithinSla", withinSla);
    lineage.put("handoffReturns", handoffReturns);
    return lineage;
  }

  private void handOver(String name, Integer daysToValue, Boolean late, Integer promisesMissed) {
    Map<String, Object> handover = new HashMap<>(aHandover());
    if (daysToValue != null) {
      handover.put(
          "lineage",
          Map.of(
              "daysToValue",
              daysToValue,
              "firstValueLate",
              late,
              "promisesMissed",
              promisesMissed));
    }
    ResponseEntity<String> response =
        api.post("/api/customers/" + ids.get(name) + "/handover", handover);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
  }

  private void outcome(String name, Map<String, Object> outcome) {
    String interventionId =
        read(api.post("/api/customers/" + ids.get(name) + "/save-plays", aSavePlayRequest()))
            .path("interventionId")
            .asText();
    ResponseEntity<String> response =
        api.post("/api/save-plays/" + interventionId + "/outcome", outcome);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
  }

  private void turnRed(String name) {
    String customerId = ids.get(name);
    api.signals(
        customerId,
        "champion-left",
        "champion-left",
        "payment-late",
        "payment-late",
        "support-ticket-escalated",
        "support-ticket-escalated",
        "support-ticket-escalated",
        "support-ticket-escalated",
        "product-usage",
        "support-ticket-escalated");
    assertThat(api.json("/api/customers/" + customerId).path("health").path("band").asText())
        .isEqualTo("red");
  }

  /** Moves the day of the customer's churn, recorded today, {@code days} back, as stored. */
  private void churnedDaysAgo(String name, int days) {
    Document id = new Document("_id", ids.get(name));
    Document stored = mongo.getCollection("customers").find(id).first();
    List<Document> changes = new ArrayList<>(stored.getList("arrChanges", Document.class));
    Document churn = changes.getLast();
    assertThat(churn.getString("cause")).isEqualTo("CHURNED");
    churn.put("on", Date.from(churn.getDate("on").toInstant().minus(Duration.ofDays(days))));
    mongo
        .getCollection("customers")
        .updateOne(
            id,
            new Document(
                "$set",
                new Document("arrChanges", changes)
                    .append("updatedAt", Date.from(Instant.now()))
                    .append("version", stored.getLong("version") + 1)));
  }

  private static void stubLeadService(LocalDate from) {
    LEAD_SERVICE.stubFor(
        get(urlPathEqualTo("/api/leads/feedback/pipeline"))
            .withQueryParam("from", equalTo(from.toString()))
            .withQueryParam("to", equalTo(TODAY.toString()))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"from": "%s", "to": "%s",
                         "campaign": [
                           {"value": "spring-webinar", "leads": 40, "converted": 5},
                           {"value": "partner-referral", "leads": 12, "converted": 4},
                           {"value": "paid-search", "leads": 30, "converted": 2},
                           {"value": "autumn-fair", "leads": 10, "converted": 0},
                           {"value": null, "leads": 8, "converted": 1}],
                         "sourceChannel": [{"value": "webinar", "leads": 100, "converted": 12}],
                         "play": [{"value": "fast-track", "leads": 100, "converted": 12}],
                         "owner": [
                           {"value": "sam", "leads": 50, "converted": 6},
                           {"value": "rita", "leads": 40, "converted": 5},
                           {"value": null, "leads": 10, "converted": 1}],
                         "receivedMonth": [{"value": "%s", "leads": 100, "converted": 12}]}
                        """
                            .formatted(from, TODAY, TODAY.toString().substring(0, 7)))));
  }

  // --- reading the answers

  /** Each row of the losses as "value: figures", in the order of {@link #LOSS_FIGURES}. */
  private static List<String> lossRows(JsonNode answer) {
    List<String> rows = new ArrayList<>();
    for (JsonNode row : answer.path("rows")) {
      String value = row.path("value").isNull() ? "null" : row.path("value").asText();
      rows.add(value + ": " + lossFigures(row.path("figures")));
    }
    return rows;
  }

  private static String lossFigures(JsonNode figures) {
    return String.join(
        " ", LOSS_FIGURES.stream().map(name -> figureOf(figures.path(name))).toList());
  }

  private static List<String> values(JsonNode answer) {
    List<String> values = new ArrayList<>();
    answer.path("rows").forEach(row -> values.add(row.path("value").asText()));
    return values;
  }

  /** Each row as "value: figures". */
  private static List<String> rows(JsonNode answer) {
    List<String> rows = new ArrayList<>();
    for (JsonNode row : answer.path("rows")) {
      String value = row.path("value").isNull() ? "null" : row.path("value").asText();
      rows.add(value + ": " + figures(row.path("figures")));
    }
    return rows;
  }

  /** Every figure as "value/n", in the order of {@link #FIGURES}. */
  private static String figures(JsonNode figures) {
    return String.join(" ", FIGURES.stream().map(name -> figureOf(figures.path(name))).toList());
  }

  private static String figure(JsonNode row, String name) {
    return figureOf(row.path("figures").path(name));
  }

  private static String figureOf(JsonNode figure) {
    return number(figure.path("value")) + "/" + figure.path("n").asLong();
  }

  private static String number(JsonNode value) {
    return value.isNull() || value.isMissingNode()
        ? "null"
        : new BigDecimal(value.asText()).stripTrailingZeros().toPlainString();
  }
}

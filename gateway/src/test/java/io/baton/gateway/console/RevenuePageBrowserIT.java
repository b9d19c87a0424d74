package io.baton.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.baton.gateway.console.Json.object;
import static io.baton.gateway.console.Json.write;
import static io.baton.gateway.console.StubbedBackends.RETENTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.baton.testsupport.Chromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console's Revenue page in headless Chromium against the gateway, through its own route for
 * {@code /api/revenue/**} to retention-service, whose revenue answers WireMock stubs (in the shapes
 * of retention's OpenAPI document) as {@link ConsoleBrowserIT} stubs the other backends; users hold
 * a session from {@link ConsolePages}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RevenuePageBrowserIT {

  private static final StubbedBackends BACKENDS = new StubbedBackends();

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

  private static Chromium chromium;

  @LocalServerPort private int port;

  private BrowserContext context;

  private Page page;

  @DynamicPropertySource
  static void backends(DynamicPropertyRegistry registry) {
    BACKENDS.startFor(registry);
  }

  @BeforeAll
  static void launchChromium() {
    chromium = Chromium.launch();
    PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
  }

  @AfterAll
  static void stopEverything() {
    if (chromium != null) {
      chromium.close();
    }
    BACKENDS.stop();
  }

  /** Amounts are written as en-US writes them (480,000), whatever the machine's language. */
  @BeforeEach
  void openBrowser() {
    BACKENDS.reset();
    context =
        chromium
            .browser()
            .newContext(
                new Browser.NewContextOptions().setLocale("en-US").setAcceptDownloads(true));
    context.setDefaultTimeout(10_000);
    page = context.newPage();
  }

  /** Each test's last screen is kept as a build artifact: target/console-screenshots/<test>.png. */
  @AfterEach
  void keepTheScreenAndCloseBrowser(TestInfo test) {
    ConsolePages.keepScreen(page, test.getTestMethod().orElseThrow().getName());
    context.close();
  }

  @Test
  void csLeaderSeesWhichCampaignsBringCustomersWhoStayAndFollowsOneToItsJourney()
      throws IOException {
    stubAccountability("campaign", campaignRows(), campaignTotal());
    Map<String, Object> fastLane = figures("arrWon", 300000, 6, "grr365", 0.82, 5, "leads", 20, 20);
    stubAccountability("lead-play", List.of(row("Enterprise fast lane", fastLane)), fastLane);
    stubChurnPredictors();
    stubLosses();
    stub(
        get(urlPathEqualTo("/api/revenue/customers"))
            .withQueryParam("dimension", equalTo("campaign"))
            .withQueryParam("value", equalTo("spring-webinar")),
        customersPage(
            "spring-webinar",
            0,
            2,
            List.of(
                customer("D-1001", "Acme Corp", 48000, 36000, "yellow"),
                customer("D-1002", "Globex, Inc.", 96000, 96000, "green"))));
    stub(
        get("/api/customers/D-1001"),
        object(
            "customerId",
            "D-1001",
            "customerName",
            "Acme Corp",
            "accountManager",
            "amy",
            "health",
            object("score", 62, "band", "yellow")));
    stub(
        get(urlPathEqualTo("/api/save-plays")).withQueryParam("customerId", equalTo("D-1001")),
        List.of());
    ConsolePages.signedInAs(context, "cleo", "cs-leaders", "cs-leader");

    page.navigate(console(""));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revenue")).click();

    Locator byCampaign = region("Revenue by campaign");
    assertThat(byCampaign.getByRole(AriaRole.TABLE)).isVisible();
    assertThat(byCampaign).containsText("Leads and converted as lead-service counted them");
    showsAll(
        accountabilityRow("spring-webinar"),
        "480,000 (n 12)",
        "96,000 (n 12)",
        "48,000 (n 3)",
        "71 % (n 9)");
    showsAll(accountabilityRow("unknown"), "12,000 (n 1)");
    showsAll(byCampaign.locator("tfoot"), "Total", "588,000 (n 15)");
    Locator predictors = region("Churn predictors");
    showsAll(
        predictors.getByRole(AriaRole.ROW).filter(hasText("Brief returned with questions")),
        "33 % (4 of 12)",
        "71 % (n 9)",
        "5 % (2 of 40)",
        "97 % (n 30)");
    paints(byCampaign.locator("canvas"), "#1f5fbf"); // the bars of ARR won
    paints(predictors.locator("canvas"), "#b3261e"); // the bars of the churn rate with a factor
    String from = page.getByLabel("From", exact()).inputValue();
    String to = page.getByLabel("To", exact()).inputValue();
    assertThat(from).matches("\\d{4}-\\d{2}-\\d{2}").isLessThan(to);
    BACKENDS
        .get(RETENTION)
        .verify(
            getRequestedFor(urlPathEqualTo("/api/revenue/accountability"))
                .withQueryParam("dimension", equalTo("campaign"))
                .withQueryParam("from", equalTo(from))
                .withQueryParam("to", equalTo(to))
                .withHeader("Authorization", matching("Bearer .+")));
    ConsolePages.keepScreen(page, "revenue-page");

    Download download =
        page.waitForDownload(
            () ->
                byCampaign
                    .getByRole(
                        AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Download CSV"))
                    .click());
    assertThat(download.suggestedFilename())
        .isEqualTo("revenue-by-campaign-2026-01-01-to-2026-12-31.csv");
    List<String> csv = csvLines(download);
    assertThat(csv.getFirst())
        .startsWith("campaign,leads,leads n,converted,converted n,arrWon,arrWon n,")
        .endsWith(",nrr365,nrr365 n");
    assertThat(csv)
        .contains(
            "spring-webinar,40,40,12,40,480000,12,,0,,0,,0,,0,96000,12,,0,48000,3,,0,"
                + "0.95,12,0.88,11,0.71,9,,0,,0,,0")
        .anySatisfy(line -> assertThat(line).startsWith("Total,40,40,12,40,588000,15,"));

    page.getByLabel("Figures by").selectOption("lead-play");
    assertThat(region("Revenue by lead play").getByRole(AriaRole.TABLE))
        .containsText("Enterprise fast lane");
    page.getByLabel("Figures by").selectOption("campaign");

    accountabilityRow("spring-webinar")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("spring-webinar"))
        .click();
    Locator customers = region("Customers of spring-webinar");
    showsAll(customers, "2 customers closed", "Acme Corp", "D-1001", "48,000", "36,000", "yellow");
    showsAll(customers, "Globex, Inc.");
    assertThat(customers.getByRole(AriaRole.NAVIGATION)).not().isAttached();
    ConsolePages.keepScreen(page, "revenue-page-drill-down");
    Download customersCsv =
        page.waitForDownload(
            () ->
                customers
                    .getByRole(
                        AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Download CSV"))
                    .click());
    assertThat(customersCsv.suggestedFilename())
        .startsWith("customers-campaign-spring-webinar-")
        .endsWith(".csv");
    List<String> customerLines = csvLines(customersCsv);
    assertThat(customerLines.getFirst())
        .startsWith(
            "customerId,customerName,contractDate,startingArr,arr,band,lifecycle,churnedOn,leadId,");
    assertThat(customerLines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("D-1002,\"Globex, Inc.\",2026-03-02,96000,96000,green,active,"));

    customers.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Acme Corp")).click();
    assertThat(page).hasURL(Pattern.compile("#/journey/D-1001$"));
    assertThat(
            page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Acme Corp (D-1001)")))
        .isVisible();

    page.goBack();
    assertThat(region("Customers of spring-webinar")).containsText("Globex, Inc.");
    assertThat(page.getByLabel("Figures by")).hasValue("campaign");
  }

  @Test
  void csLeaderSeesWhoWasLostInTheQuarterByCampaignAndDrillsIntoTheLostCustomersOfOne()
      throws IOException {
    stubAccountability("campaign", campaignRows(), campaignTotal());
    stubChurnPredictors();
    stubLosses();
    stub(
        get(urlPathEqualTo("/api/revenue/customers"))
            .withQueryParam("dimension", equalTo("campaign"))
            .withQueryParam("value", equalTo("spring-webinar"))
            .withQueryParam("basis", equalTo("lost")),
        lostCustomersPage(
            List.of(
                lostCustomer("D-2001", "Initech", "2025-04-10", 70000, "2026-09-02"),
                lostCustomer("D-2002", "Umbrella", "2026-02-01", 50000, "2026-08-14"))));
    ConsolePages.signedInAs(context, "cleo", "cs-leaders", "cs-leader");

    page.navigate(console("#/revenue?dimension=campaign&from=2026-07-01&to=2026-09-30"));

    Locator losses = region("Customers lost in the period by campaign");
    assertThat(losses.getByRole(AriaRole.TABLE)).isVisible();
    assertThat(losses).containsText("Customers lost from Jul 1, 2026 to Sep 30, 2026");
    showsAll(
        lossRow("spring-webinar"),
        "2 (n 2)",
        "120,000 (n 2)",
        "100 % (n 2)",
        "50 % (n 2)",
        "12 h 30 min (n 1)",
        "42.5 d (n 2)",
        "1 h 5 min (n 2)",
        "10.5 mo (n 2)");
    showsAll(lossRow("unknown"), "9,000 (n 1)", "— (n 0)", "13 mo (n 1)");
    showsAll(losses.locator("tfoot"), "Total", "3 (n 3)", "129,000 (n 3)", "13 mo (n 3)");
    assertThat(losses.locator("tbody tr").first()).containsText("spring-webinar");
    paints(losses.locator("canvas"), "#b3261e"); // the bars of the ARR lost
    BACKENDS
        .get(RETENTION)
        .verify(
            getRequestedFor(urlPathEqualTo("/api/revenue/losses"))
                .withQueryParam("dimension", equalTo("campaign"))
                .withQueryParam("from", equalTo("2026-07-01"))
                .withQueryParam("to", equalTo("2026-09-30"))
                .withHeader("Authorization", matching("Bearer .+")));
    ConsolePages.keepScreen(page, "revenue-page-losses");

    Download download =
        page.waitForDownload(
            () ->
                losses
                    .getByRole(
                        AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Download CSV"))
                    .click());
    assertThat(download.suggestedFilename())
        .isEqualTo("customers-lost-by-campaign-2026-07-01-to-2026-09-30.csv");
    List<String> csv = csvLines(download);
    assertThat(csv.getFirst())
        .startsWith("campaign,customersLost,customersLost n,arrLost,arrLost n,")
        .endsWith(",medianMonthsAsCustomer,medianMonthsAsCustomer n");
    assertThat(csv)
        .containsExactly(
            csv.getFirst(),
            "spring-webinar,2,2,120000,2,1,2,0.5,2,0.5,2,0.5,2,12.5,1,42.5,2,65,2,10.5,2",
            ",1,1,9000,1,,0,,0,,0,,0,,0,,0,,0,13,1",
            "Total,3,3,129000,3,1,2,0.5,2,0.5,2,0.5,2,12.5,1,42.5,2,65,2,13,3");

    button(lossRow("spring-webinar"), "spring-webinar").click();

    Locator lost = region("Lost customers of spring-webinar");
    showsAll(
        lost,
        "2 customers lost from Jul 1, 2026 to Sep 30, 2026",
        "Initech",
        "D-2001",
        "70,000",
        "Sep 2, 2026",
        "Umbrella",
        "Aug 14, 2026");
    assertThat(lost.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Initech")))
        .hasAttribute("href", "#/journey/D-2001");
    assertThat(button(lossRow("spring-webinar"), "spring-webinar"))
        .hasAttribute("aria-pressed", "true");
    assertThat(region("Customers of")).not().isAttached();
    assertThat(page).hasURL(Pattern.compile("&lost=spring-webinar$"));
    BACKENDS
        .get(RETENTION)
        .verify(
            getRequestedFor(urlPathEqualTo("/api/revenue/customers"))
                .withQueryParam("basis", equalTo("lost"))
                .withQueryParam("from", equalTo("2026-07-01"))
                .withQueryParam("to", equalTo("2026-09-30")));
    ConsolePages.keepScreen(page, "revenue-page-lost-customers");

    lost.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
    assertThat(region("Lost customers of")).not().isAttached();
    assertThat(page).hasURL(Pattern.compile("to=2026-09-30$"));
  }

  @Test
  void theCustomersWithNoCampaignComePageByPage() {
    stubAccountability("campaign", campaignRows(), campaignTotal());
    stubChurnPredictors();
    List<Map<String, Object>> firstPage =
        IntStream.range(0, 100)
            .mapToObj(
                i ->
                    customer("U-%03d".formatted(i), "Unknown %03d".formatted(i), 100, 100, "green"))
            .toList();
    stub(
        get(urlPathEqualTo("/api/revenue/customers"))
            .withQueryParam("value", equalTo(""))
            .withQueryParam("page", absent()),
        customersPage(null, 0, 101, firstPage));
    stub(
        get(urlPathEqualTo("/api/revenue/customers"))
            .withQueryParam("value", equalTo(""))
            .withQueryParam("page", equalTo("1")),
        customersPage(null, 1, 101, List.of(customer("U-100", "Last Unknown", 200, 0, "red"))));
    ConsolePages.signedInAs(context, "cleo", "cs-leaders", "cs-leader");

    page.navigate(console("#/revenue?dimension=campaign&from=2026-01-01&to=2026-12-31"));
    accountabilityRow("unknown")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("unknown"))
        .click();

    Locator customers = region("Customers with no campaign");
    showsAll(customers, "101 customers closed", "Unknown 000", "Unknown 099", "1–100 of 101");
    Locator pages = customers.getByRole(AriaRole.NAVIGATION);
    assertThat(button(pages, "Previous page")).isDisabled();
    button(pages, "Next page").click();
    showsAll(customers, "Last Unknown", "101–101 of 101");
    assertThat(customers).not().containsText("Unknown 000");
    assertThat(button(pages, "Next page")).isDisabled();
    button(pages, "Previous page").click();
    showsAll(customers, "Unknown 000", "1–100 of 101");
    // the unknown row is asked for with an empty value: without one, every customer would come
    BACKENDS
        .get(RETENTION)
        .verify(
            3,
            getRequestedFor(urlPathEqualTo("/api/revenue/customers"))
                .withQueryParam("dimension", equalTo("campaign"))
                .withQueryParam("value", equalTo(""))
                .withQueryParam("size", equalTo("100")));
    BACKENDS
        .get(RETENTION)
        .verify(
            0,
            getRequestedFor(urlPathEqualTo("/api/revenue/customers"))
                .withQueryParam("value", absent()));
  }

  @Test
  void marketingSeesOnlyCampaignAndSourceChannelAndTheProblemWithAPeriodBackwards() {
    stubAccountability("campaign", campaignRows(), campaignTotal());
    stubChurnPredictors();
    MappingBuilder backwards =
        get(urlPathEqualTo("/api/revenue/accountability"))
            .atPriority(1)
            .withQueryParam("from", equalTo("2027-01-01"));
    BACKENDS
        .get(RETENTION)
        .stubFor(
            backwards.willReturn(
                problem(
                    400,
                    "Bad Request",
                    "from (2027-01-01) is after to (2026-12-31)",
                    "/api/revenue/accountability")));
    ConsolePages.signedInAs(context, "mia", "marketing", "marketing");

    page.navigate(console("#/revenue?dimension=segment&from=2026-01-01&to=2026-12-31"));

    assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main")))
        .containsText("Revenue");
    assertThat(page.getByLabel("Figures by").locator("option"))
        .hasText(new String[] {"Campaign", "Source channel"});
    assertThat(page.getByLabel("Figures by")).hasValue("campaign");
    assertThat(region("Revenue by campaign")).containsText("71 % (n 9)");
    assertThat(page).hasURL(Pattern.compile("#/revenue\\?dimension=campaign&"));

    page.getByLabel("From", exact()).fill("2027-01-01");
    page.getByLabel("To", exact()).fill("2026-12-31");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();

    showsAll(
        region("Revenue by campaign").getByRole(AriaRole.ALERT),
        "The revenue by campaign could not be loaded: Bad Request",
        "from (2027-01-01) is after to (2026-12-31)");
    BACKENDS
        .get(RETENTION)
        .verify(
            0,
            getRequestedFor(urlPathEqualTo("/api/revenue/accountability"))
                .withQueryParam("dimension", equalTo("segment")));
  }

  @Test
  void salesSeeTheirOwnRowAndARefusalIsShownAsAProblem() {
    BACKENDS
        .get(RETENTION)
        .stubFor(
            get(urlPathEqualTo("/api/revenue/accountability"))
                .willReturn(
                    problem(
                        403,
                        "Forbidden",
                        "Your role may not see revenue by sales-owner",
                        "/api/revenue/accountability")));
    stubChurnPredictors();
    ConsolePages.signedInAs(context, "sam", "sales", "sales");

    page.navigate(console("#/revenue"));

    assertThat(page.getByLabel("Figures by").locator("option")).hasText("Sales owner");
    assertThat(page.getByRole(AriaRole.NOTE)).containsText("Only your own row");
    showsAll(
        region("Revenue by sales owner").getByRole(AriaRole.ALERT),
        "The revenue by sales owner could not be loaded: Forbidden",
        "Your role may not see revenue by sales-owner");
  }

  @Test
  void otherRolesHaveNoRevenuePage() {
    ConsolePages.signedInAs(context, "sue", "service-agents", "service-agent");

    page.navigate(console("#/revenue"));

    assertThat(page.getByText("The revenue figures are for CS leaders")).isVisible();
    assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main")))
        .not()
        .containsText("Revenue");
    BACKENDS
        .get(RETENTION)
        .verify(0, getRequestedFor(urlPathEqualTo("/api/revenue/accountability")));
  }

  private String console(String fragment) {
    return "http://localhost:" + port + "/console/" + fragment;
  }

  private Locator region(String title) {
    return page.getByRole(
        AriaRole.REGION, new Page.GetByRoleOptions().setName(Pattern.compile("^" + title)));
  }

  private Locator lossRow(String value) {
    return page.locator("table.losses tbody tr").filter(hasText(value));
  }

  private Locator accountabilityRow(String value) {
    return page.locator("table.accountability tbody tr").filter(hasText(value));
  }

  private static Locator button(Locator within, String name) {
    return within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
  }

  private static Locator.FilterOptions hasText(String text) {
    return new Locator.FilterOptions().setHasText(text);
  }

  private static void showsAll(Locator locator, String... texts) {
    for (String text : texts) {
      assertThat(locator).containsText(text);
    }
  }

  private static Page.GetByLabelOptions exact() {
    return new Page.GetByLabelOptions().setExact(true);
  }

  /**
   * Waits until the chart has painted its canvas: some pixels in a series' colour (a bar's inside,
   * not an anti-aliased edge), and more than the axes and the legend alone would.
   */
  private void paints(Locator canvas, String colour) {
    assertThat(canvas).isVisible();
    page.waitForFunction(
        "([canvas, colour]) => {"
            + " const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));"
            + " const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
            + " let painted = 0, inColour = 0;"
            + " for (let i = 0; i < data.length; i += 4) {"
            + "   if (data[i + 3]) painted++;"
            + "   if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) inColour++;"
            + " }"
            + " return inColour > 100 && painted > 2000; }",
        List.of(canvas.elementHandle(), colour));
  }

  /**
   * The downloaded CSV's records, without the byte order mark that tells spreadsheets it is UTF-8.
   */
  private static List<String> csvLines(Download download) throws IOException {
    String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF").endsWith("\r\n");
    return List.of(csv.substring(1, csv.length() - 2).split("\r\n"));
  }

  private static void stubAccountability(
      String dimension, List<Map<String, Object>> rows, Map<String, Object> total) {
    stub(
        get(urlPathEqualTo("/api/revenue/accountability"))
            .withQueryParam("dimension", equalTo(dimension)),
        object(
            "dimension",
            dimension,
            "from",
            "2026-01-01",
            "to",
            "2026-12-31",
            "asOf",
            "2026-12-03T10:00:00Z",
            "leadFiguresAsOf",
            "2026-12-03T09:58:00Z",
            "rows",
            rows,
            "total",
            object("figures", total)));
  }

  private static List<Map<String, Object>> campaignRows() {
    return List.of(
        row(
            "spring-webinar",
            figures(
                "leads",
                40,
                40,
                "converted",
                12,
                40,
                "arrWon",
                480000,
                12,
                "arrChurned",
                96000,
                12,
                "arrSaved",
                48000,
                3,
                "grr90",
                0.95,
                12,
                "grr180",
                0.88,
                11,
                "grr365",
                0.71,
                9)),
        row("fall-launch", figures("arrWon", 96000, 2, "grr90", 1, 2)),
        row(null, figures("arrWon", 12000, 1, "grr90", 1, 1)));
  }

  private static Map<String, Object> campaignTotal() {
    return figures(
        "leads",
        40,
        40,
        "converted",
        12,
        40,
        "arrWon",
        588000,
        15,
        "arrChurned",
        96000,
        15,
        "arrSaved",
        48000,
        3,
        "grr90",
        0.96,
        15,
        "grr180",
        0.88,
        11,
        "grr365",
        0.71,
        9);
  }

  /**
   * The customers lost by campaign: spring-webinar's two (the unknown row first, as retention would
   * not send it, to show the page puts it last), and the total.
   */
  private static void stubLosses() {
    stub(
        get(urlPathEqualTo("/api/revenue/losses")).withQueryParam("dimension", equalTo("campaign")),
        object(
            "dimension",
            "campaign",
            "from",
            "2026-07-01",
            "to",
            "2026-09-30",
            "asOf",
            "2026-12-03T10:00:00Z",
            "rows",
            List.of(
                row(
                    null,
                    lossFigures(
                        "customersLost",
                        1,
                        1,
                        "arrLost",
                        9000,
                        1,
                        "medianMonthsAsCustomer",
                        13,
                        1)),
                row(
                    "spring-webinar",
                    lossFigures(
                        "customersLost",
                        2,
                        2,
                        "arrLost",
                        120000,
                        2,
                        "shareBriefReturned",
                        1,
                        2,
                        "shareFirstContactOutsideSla",
                        0.5,
                        2,
                        "shareFirstValueLate",
                        0.5,
                        2,
                        "sharePromiseMissed",
                        0.5,
                        2,
                        "medianHoursToAccept",
                        12.5,
                        1,
                        "medianDaysToValue",
                        42.5,
                        2,
                        "medianMinutesToFirstContact",
                        65,
                        2,
                        "medianMonthsAsCustomer",
                        10.5,
                        2))),
            "total",
            object(
                "figures",
                lossFigures(
                    "customersLost",
                    3,
                    3,
                    "arrLost",
                    129000,
                    3,
                    "shareBriefReturned",
                    1,
                    2,
                    "shareFirstContactOutsideSla",
                    0.5,
                    2,
                    "shareFirstValueLate",
                    0.5,
                    2,
                    "sharePromiseMissed",
                    0.5,
                    2,
                    "medianHoursToAccept",
                    12.5,
                    1,
                    "medianDaysToValue",
                    42.5,
                    2,
                    "medianMinutesToFirstContact",
                    65,
                    2,
                    "medianMonthsAsCustomer",
                    13,
                    3))));
  }

  /** Every figure of the losses, null with n 0 but those given as name, value, n. */
  private static Map<String, Object> lossFigures(Object... namesValuesAndCounts) {
    Map<String, Object> figures = new LinkedHashMap<>();
    LOSS_FIGURES.forEach(name -> figures.put(name, figure(null, 0)));
    for (int i = 0; i < namesValuesAndCounts.length; i += 3) {
      figures.put(
          (String) namesValuesAndCounts[i],
          figure(namesValuesAndCounts[i + 1], (Integer) namesValuesAndCounts[i + 2]));
    }
    return figures;
  }

  /** The customers of spring-webinar lost in the quarter, as retention answers basis=lost. */
  private static Map<String, Object> lostCustomersPage(List<Map<String, Object>> customers) {
    return object(
        "dimension",
        "campaign",
        "value",
        "spring-webinar",
        "basis",
        "lost",
        "from",
        "2026-07-01",
        "to",
        "2026-09-30",
        "asOf",
        "2026-12-03T10:00:00Z",
        "page",
        0,
        "size",
        100,
        "totalCustomers",
        customers.size(),
        "customers",
        customers);
  }

  private static Map<String, Object> lostCustomer(
      String id, String name, String closed, int startingArr, String churnedOn) {
    return object(
        "customerId",
        id,
        "customerName",
        name,
        "contractDate",
        closed,
        "startingArr",
        startingArr,
        "arr",
        0,
        "band",
        "red",
        "lifecycle",
        "churned",
        "churnedOn",
        churnedOn,
        "lineage",
        object("campaign", "spring-webinar", "salesOwner", "sam", "handoffReturns", 1));
  }

  private static void stubChurnPredictors() {
    stub(
        get(urlPathEqualTo("/api/revenue/churn-predictors")),
        object(
            "from",
            "2026-01-01",
            "to",
            "2026-12-31",
            "asOf",
            "2026-12-03T10:00:00Z",
            "factors",
            List.of(
                factor(
                    "brief-returned",
                    cohort(12, 4, 0.3333, 0.71, 9),
                    cohort(40, 2, 0.05, 0.97, 30)),
                factor(
                    "first-value-late",
                    cohort(8, 3, 0.375, 0.64, 6),
                    cohort(44, 3, 0.0682, 0.95, 33)),
                factor(
                    "promise-missed", cohort(5, 2, 0.4, 0.6, 4), cohort(47, 4, 0.0851, 0.93, 35)),
                factor(
                    "first-contact-outside-sla",
                    cohort(15, 3, 0.2, 0.85, 11),
                    cohort(37, 3, 0.0811, 0.94, 28)))));
  }

  private static Map<String, Object> factor(
      String factor, Map<String, Object> with, Map<String, Object> without) {
    return object("factor", factor, "with", with, "without", without);
  }

  private static Map<String, Object> cohort(
      int customers, int churned, double churnRate, double grr365, int n) {
    return object(
        "customers",
        customers,
        "churned",
        churned,
        "churnRate",
        churnRate,
        "grr365",
        figure(grr365, n));
  }

  private static Map<String, Object> row(String value, Map<String, Object> figures) {
    return object("value", value, "figures", figures);
  }

  /** Every figure, null with n 0 but those given as name, value, n. */
  private static Map<String, Object> figures(Object... namesValuesAndCounts) {
    Map<String, Object> figures = new LinkedHashMap<>();
    FIGURES.forEach(name -> figures.put(name, figure(null, 0)));
    for (int i = 0; i < namesValuesAndCounts.length; i += 3) {
      figures.put(
          (String) namesValuesAndCounts[i],
          figure(namesValuesAndCounts[i + 1], (Integer) namesValuesAndCounts[i + 2]));
    }
    return figures;
  }

  private static Map<String, Object> figure(Object value, int n) {
    return object("value", value, "n", n);
  }

  /**
   * A page of the customers behind a row, as retention answers it; {@code value} is left out for
   * the row of customers without one.
   */
  private static Map<String, Object> customersPage(
      String value, int page, long totalCustomers, List<Map<String, Object>> customers) {
    Map<String, Object> answer = object("dimension", "campaign");
    if (value != null) {
      answer.put("value", value);
    }
    answer.putAll(
        object(
            "from",
            "2026-01-01",
            "to",
            "2026-12-31",
            "asOf",
            "2026-12-03T10:00:00Z",
            "page",
            page,
            "size",
            100,
            "totalCustomers",
            totalCustomers,
            "customers",
            customers));
    answer.put("basis", "closed");
    return answer;
  }

  private static Map<String, Object> customer(
      String id, String name, int startingArr, int arr, String band) {
    return object(
        "customerId",
        id,
        "customerName",
        name,
        "contractDate",
        "2026-03-02",
        "startingArr",
        startingArr,
        "arr",
        arr,
        "band",
        band,
        "lifecycle",
        "active",
        "lineage",
        object("campaign", "spring-webinar", "sourceChannel", "webinar", "salesOwner", "sam"));
  }

  private static ResponseDefinitionBuilder problem(
      int status, String title, String detail, String instance) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE)
        .withBody(
            write(
                object("title", title, "status", status, "detail", detail, "instance", instance)));
  }

  private static void stub(MappingBuilder request, Object body) {
    BACKENDS.get(RETENTION).stubFor(request.willReturn(okJson(write(body))));
  }
}

package io.baton.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.baton.gateway.console.Json.object;
import static io.baton.gateway.console.Json.write;
import static io.baton.gateway.console.StubbedBackends.CAMUNDA;
import static io.baton.gateway.console.StubbedBackends.HANDOFFS;
import static io.baton.gateway.console.StubbedBackends.LEADS;
import static io.baton.gateway.console.StubbedBackends.ONBOARDINGS;
import static io.baton.gateway.console.StubbedBackends.RETENTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.baton.testsupport.Chromium;
import io.baton.testsupport.TestTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The console in a real browser (headless Chromium) against the gateway, local mode: every backend
 * and Camunda's user-task API are WireMock stubs behind the gateway's routes, and so is the OpenID
 * Connect provider users sign in with. The gateway trusts {@link TestTokens}' key, as in every
 * gateway test ({@link io.baton.gateway.TestCallerInitializer}), so signed-in users carry tokens
 * from {@code TestTokens}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "baton.console.task-inbox.enabled=true",
      "baton.console.tasklist-url=https://tasklist.example.com"
    })
class ConsoleBrowserIT {

  private static final StubbedBackends BACKENDS = new StubbedBackends();

  private static final StubbedIdentityProvider PROVIDER = new StubbedIdentityProvider();

  private static final Duration DAY = Duration.ofDays(1);

  private static Chromium chromium;

  @LocalServerPort private int port;

  @Autowired private WebTestClient client;

  private BrowserContext context;

  private Page page;

  @DynamicPropertySource
  static void backendsAndIdentityProvider(DynamicPropertyRegistry registry) {
    BACKENDS.startFor(registry);
    PROVIDER.start();
    registry.add("baton.console.sign-in.issuer", PROVIDER::issuer);
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
    PROVIDER.stop();
  }

  @BeforeEach
  void openBrowser() {
    BACKENDS.reset();
    PROVIDER.reset();
    context = chromium.browser().newContext();
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
  void answersServiceUnavailableNamingTheTaskInboxRouteWhenTheEngineIsDown() {
    WireMockServer camunda = BACKENDS.get(CAMUNDA);
    camunda.stop();
    try {
      client
          .post()
          .uri("/v2/user-tasks/search")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue("{}")
          .exchange()
          .expectStatus()
          .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.service")
          .isEqualTo(TaskInboxRouteConfiguration.ROUTE_ID)
          .jsonPath("$.instance")
          .isEqualTo("/v2/user-tasks/search");
    } finally {
      camunda.start();
    }
  }

  @Test
  void tellsTheConsoleItRunsInLocalModeAndWhereUsersSignIn() {
    client
        .get()
        .uri("/console/settings.json")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .json(
            write(
                object(
                    "taskInboxEnabled",
                    true,
                    "tasklistUrl",
                    "https://tasklist.example.com",
                    "signIn",
                    object(
                        "issuer",
                        PROVIDER.issuer(),
                        "clientId",
                        "baton-console",
                        "scope",
                        "openid profile",
                        "usernameClaim",
                        "preferred_username",
                        "rolesClaim",
                        "roles",
                        "groupsClaim",
                        "groups"))),
            true);
  }

  @Test
  void signsInAtTheIdentityProviderWithPkceAndContinuesToThePageTheUserWanted()
      throws NoSuchAlgorithmException {
    String token = TestTokens.inGroups("sam", List.of("sales", "sales-managers"), "sales");
    PROVIDER.signsInWith(console(""), token);
    BACKENDS
        .get(CAMUNDA)
        .stubFor(
            post("/v2/user-tasks/search").willReturn(okJson(write(object("items", List.of())))));

    page.navigate(console("#/tasks"));
    assertThat(
            page.getByRole(
                AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Sign in to the Baton console")))
        .isVisible();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

    assertThat(page.getByText("Signed in as sam (sales, sales-managers)")).isVisible();
    assertThat(page).hasURL(console("#/tasks"));
    assertThat(
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Your tasks")))
        .containsText("No open tasks for you or your groups.");
    Map<String, String> authorization = PROVIDER.authorizationRequest();
    assertThat(authorization)
        .containsEntry("scope", "openid profile")
        .containsKeys("state", "nonce");
    assertThat(PROVIDER.tokenRequests())
        .singleElement()
        .satisfies(
            exchange ->
                assertThat(s256(exchange.get("code_verifier")))
                    .isEqualTo(authorization.get("code_challenge")));
    BACKENDS
        .get(CAMUNDA)
        .verify(
            postRequestedFor(urlEqualTo("/v2/user-tasks/search"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
                .withRequestBody(
                    equalToJson(
                        write(
                            object(
                                "filter",
                                    object(
                                        "state",
                                        "CREATED",
                                        "candidateGroup",
                                        object("$in", List.of("sales", "sales-managers"))),
                                "page", object("limit", 100))))));
  }

  @Test
  void refusesAnAnswerFromTheIdentityProviderWhoseStateWasNotSent() {
    PROVIDER.answersWithAnotherState(console(""));

    page.navigate(console(""));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

    showsAll(page.getByRole(AriaRole.ALERT), "Not signed in", "its state does not match");
    assertThat(page).hasURL(console(""));
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")))
        .isVisible();
    assertThat(page.getByText(Pattern.compile("^Signed in as"))).hasCount(0);
    assertThat(PROVIDER.tokenRequests()).isEmpty();
  }

  @Test
  void signOutEndsTheSessionAtTheIdentityProviderToo() {
    PROVIDER.signsInWith(
        console(""), TestTokens.inGroups("cleo", List.of("cs-leaders"), "cs-leader"));
    page.navigate(console("#/journey"));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    assertThat(page.getByText("Signed in as cleo (cs-leaders)")).isVisible();

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

    assertThat(
            page.getByRole(
                AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Sign in to the Baton console")))
        .isVisible();
    assertThat(PROVIDER.logoutRequests())
        .singleElement()
        .satisfies(
            logout ->
                assertThat(logout)
                    .containsEntry("client_id", "baton-console")
                    .containsEntry("post_logout_redirect_uri", console("")));
    page.reload();
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")))
        .isVisible();
  }

  @Test
  void returnsToTheSignInScreenWhenTheGatewayNoLongerAcceptsTheToken() {
    holdsSession(
        "sue", "service-agents", "service-agent", TestTokens.expired("sue", "service-agent"));

    page.navigate(console(""));

    assertThat(
            page.getByRole(AriaRole.STATUS)
                .filter(new Locator.FilterOptions().setHasText("Sign in again")))
        .isVisible();
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")))
        .isVisible();
    assertThat(page.getByText(Pattern.compile("^Signed in as"))).hasCount(0);
  }

  @Test
  void leaksViewListsEachDroppedCustomerWithOwnerAndAge() {
    Instant now = Instant.now();
    stub(
        LEADS,
        get(urlPathEqualTo("/api/leads")).withQueryParam("overdue", equalTo("true")),
        List.of(
            object(
                "leadId",
                "L-1",
                "status",
                "working",
                "company",
                object("name", "Acme Corp"),
                "owner",
                "sam",
                "team",
                "sales",
                "receivedAt",
                now.minus(DAY.multipliedBy(2)).minus(Duration.ofHours(5)),
                "firstContactDueAt",
                now.minus(DAY.multipliedBy(2)).minus(Duration.ofHours(4)),
                "play",
                object("name", "Enterprise fast lane"))));
    stub(
        HANDOFFS,
        get(urlPathEqualTo("/api/handoffs")).withQueryParam("status", equalTo("AWAITING_BRIEF")),
        List.of(
            object(
                "dealId",
                "D-2",
                "customerName",
                "Globex",
                "salesOwner",
                "sam",
                "status",
                "AWAITING_BRIEF",
                "overdue",
                true,
                "wonAt",
                now.minus(DAY.multipliedBy(3)),
                "briefDueAt",
                now.minus(DAY.multipliedBy(2)),
                "history",
                List.of(
                    object("status", "AWAITING_BRIEF", "at", now.minus(DAY.multipliedBy(3)))))));
    stub(
        HANDOFFS,
        get(urlPathEqualTo("/api/handoffs"))
            .withQueryParam("status", equalTo("AWAITING_ACCEPTANCE")),
        List.of());
    stub(
        ONBOARDINGS,
        get(urlPathEqualTo("/api/onboardings")).withQueryParam("status", equalTo("behind")),
        List.of(
            object(
                "dealId",
                "D-3",
                "customerName",
                "Initech",
                "accountManager",
                "amy",
                "status",
                "behind",
                "checkpoints",
                List.of(
                    object(
                        "checkpointId",
                        "technical-setup",
                        "name",
                        "Technical setup",
                        "status",
                        "behind",
                        "dueAt",
                        now.minus(DAY.multipliedBy(4)),
                        "behindSince",
                        now.minus(DAY.multipliedBy(4)).minus(Duration.ofHours(1)),
                        "daysLate",
                        4)))));
    stub(
        RETENTION,
        get(urlPathEqualTo("/api/customers")).withQueryParam("band", equalTo("red")),
        List.of(
            redCustomer("D-4", "Umbrella", now.minus(DAY).minus(Duration.ofHours(3))),
            redCustomer("D-5", "Hooli", now.minus(DAY))));
    stub(
        RETENTION,
        get(urlPathEqualTo("/api/save-plays")).withQueryParam("status", equalTo("active")),
        List.of(object("interventionId", "I-9", "customerId", "D-5", "status", "active")));
    signedInAs("cleo", "cs-leaders", "cs-leader");

    page.navigate(console(""));

    assertThat(
            page.getByRole(AriaRole.STATUS)
                .filter(new Locator.FilterOptions().setHasText("right now")))
        .hasText("4 customers are being dropped right now.");
    showsAll(row("Leads past their first-contact SLA", "Acme Corp"), "Acme Corp", "sam", "2 d 5 h");
    showsAll(row("Handoffs waiting for a brief", "Globex"), "Globex", "sam", "3 d", "overdue");
    assertThat(region("Handoffs waiting for acceptance"))
        .containsText("No handoff is waiting for an account manager.");
    showsAll(
        row("Onboardings behind", "Initech"),
        "Initech",
        "amy",
        "4 d 1 h",
        "Technical setup (4 days late)");
    showsAll(row("Red customers without a save play", "Umbrella"), "Umbrella", "amy", "1 d 3 h");
    assertThat(region("Red customers without a save play")).not().containsText("Hooli");

    row("Onboardings behind", "Initech").getByRole(AriaRole.LINK).click();
    assertThat(page).hasURL(Pattern.compile("#/journey/D-3$"));
  }

  @Test
  void journeyViewShowsTheWholeTrailWithTheDwellAtEachHandOver() {
    Instant received = Instant.parse("2026-10-01T09:00:00Z");
    Instant won = Instant.parse("2026-11-10T10:00:00Z");
    Instant briefCompleted = won.plus(DAY).plus(Duration.ofHours(6));
    Instant accepted = briefCompleted.plus(Duration.ofHours(17)).plus(Duration.ofMinutes(30));
    stub(
        HANDOFFS,
        get("/api/handoffs/D-1001"),
        object(
            "dealId",
            "D-1001",
            "leadId",
            "L-7",
            "customerName",
            "Acme Corp",
            "salesOwner",
            "sam",
            "arr",
            48000,
            "status",
            "ACCEPTED",
            "wonAt",
            won,
            "briefCompletedAt",
            briefCompleted,
            "accountManager",
            "amy",
            "acceptedAt",
            accepted,
            "acceptanceNote",
            "Kickoff on Monday",
            "timeToAccept",
            "PT17H30M",
            "brief",
            object(
                "promises",
                List.of(
                    object("text", "SSO before go-live", "owner", "sam", "dueDate", "2027-01-15")),
                "stakeholders",
                List.of(object("name", "Cleo", "role", "champion")),
                "notSold",
                "No custom reporting"),
            "history",
            List.of(
                object("status", "AWAITING_BRIEF", "at", won),
                object("status", "AWAITING_ACCEPTANCE", "at", briefCompleted),
                object("status", "ACCEPTED", "at", accepted))));
    stub(
        LEADS,
        get("/api/leads/L-7"),
        object(
            "leadId",
            "L-7",
            "status",
            "converted",
            "company",
            object("name", "Acme Corp"),
            "owner",
            "sam",
            "team",
            "sales",
            "receivedAt",
            received,
            "firstContactAt",
            received.plus(Duration.ofMinutes(12)),
            "timeToFirstContact",
            "PT12M",
            "play",
            object(
                "name",
                "Enterprise fast lane",
                "slaTier",
                "gold",
                "reason",
                "Large company asking for SSO",
                "inputs",
                object("companySize", 250)),
            "attempts",
            List.of(
                object(
                    "channel",
                    "call",
                    "outcome",
                    "replied",
                    "notes",
                    "Needs SSO before go-live",
                    "at",
                    received.plus(Duration.ofMinutes(12))))));
    stub(
        ONBOARDINGS,
        get("/api/onboardings/D-1001"),
        object(
            "dealId",
            "D-1001",
            "accountManager",
            "amy",
            "status",
            "on-track",
            "startedAt",
            accepted.plusSeconds(5),
            "checkpoints",
            List.of(
                object("checkpointId", "kickoff", "name", "Kickoff", "status", "done"),
                object(
                    "checkpointId",
                    "technical-setup",
                    "name",
                    "Technical setup",
                    "status",
                    "pending")),
            "promises",
            List.of(
                object(
                    "promiseId",
                    "promise-1",
                    "text",
                    "SSO before go-live",
                    "owner",
                    "sam",
                    "status",
                    "pending"))));
    stub(
        RETENTION,
        get("/api/customers/D-1001"),
        object(
            "customerId",
            "D-1001",
            "customerName",
            "Acme Corp",
            "accountManager",
            "amy",
            "lifecycle",
            "onboarding",
            "health",
            object("score", 62, "band", "yellow", "trend", "down"),
            "latestExplanation",
            object("summary", "Health 80 → 62 (green → yellow): the technical setup slipped")));
    stub(
        RETENTION,
        get("/api/customers/D-1001/health-history"),
        object("customerId", "D-1001", "changes", List.of()));
    stub(
        RETENTION,
        get(urlPathEqualTo("/api/save-plays")).withQueryParam("customerId", equalTo("D-1001")),
        List.of());
    signedInAs("cleo", "cs-leaders", "cs-leader");

    page.navigate(console("#/journey"));
    page.getByLabel("Deal or customer id").fill("D-1001");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show journey")).click();

    assertThat(
            page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Acme Corp (D-1001)")))
        .isVisible();
    showsAll(handover("first-contact"), "Marketing → Sales", "12 min", "sam");
    showsAll(handover("brief"), "Sales → Handoff", "1 d 6 h");
    showsAll(handover("acceptance"), "Handoff → Account management", "17 h 30 min", "amy");
    showsAll(handover("onboarding"), "Account management → Onboarding", "5 s");
    assertThat(page.locator("[data-handover]")).hasCount(4);
    showsAll(
        region("Lead and play"),
        "Play: Enterprise fast lane",
        "Large company asking for SSO",
        "Needs SSO before go-live");
    showsAll(
        region("Handoff"), "amy", "Kickoff on Monday", "SSO before go-live", "No custom reporting");
    showsAll(region("Onboarding"), "Kickoff", "Technical setup", "SSO before go-live");
    assertThat(region("Health")).containsText("the technical setup slipped");
    assertThat(region("Interventions and revenue outcomes"))
        .containsText("No save play was ever needed.");
  }

  @Test
  void savePlayFormPostsTheTriggerAndShowsTheSavePlayThatStarted() {
    stub(
        RETENTION,
        get(urlPathEqualTo("/api/customers")),
        List.of(object("customerId", "D-1001", "customerName", "Acme Corp")));
    stub(
        RETENTION,
        get("/api/customers/D-1001"),
        object(
            "customerId",
            "D-1001",
            "customerName",
            "Acme Corp",
            "accountManager",
            "amy",
            "health",
            object("score", 28, "band", "red")));
    BACKENDS
        .get(RETENTION)
        .stubFor(
            post("/api/customers/D-1001/save-plays")
                .willReturn(
                    aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", MediaType.APPLICATION_JSON_VALUE)
                        .withBody(
                            write(
                                object(
                                    "interventionId",
                                    "I-1",
                                    "customerId",
                                    "D-1001",
                                    "customerName",
                                    "Acme Corp",
                                    "status",
                                    "active",
                                    "play",
                                    "executive-business-review")))));
    signedInAs("sue", "service-agents", "service-agent");

    page.navigate(console("#/save-play"));
    page.getByLabel("Customer id").fill("D-1001");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find customer")).click();
    showsAll(page.locator(".customer-card"), "Acme Corp", "28", "red", "amy");
    page.getByLabel("Reason").fill("Champion left; renewal in 60 days");
    page.getByLabel("Source ticket (optional)").fill("TCK-42");
    assertThat(page.getByLabel("Triggered by")).hasValue("sue");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trigger save play"))
        .click();

    assertThat(page.locator(".result"))
        .containsText("Save play I-1 started for Acme Corp. Play: executive-business-review.");
    BACKENDS
        .get(RETENTION)
        .verify(
            postRequestedFor(urlEqualTo("/api/customers/D-1001/save-plays"))
                .withHeader(HttpHeaders.AUTHORIZATION, matching("Bearer .+"))
                .withRequestBody(
                    equalToJson(
                        write(
                            object(
                                "reason",
                                "Champion left; renewal in 60 days",
                                "sourceTicket",
                                "TCK-42",
                                "triggeredBy",
                                "sue")))));
  }

  @Test
  void savePlayFormShowsTheProblemForAnUnknownCustomer() {
    stub(RETENTION, get(urlPathEqualTo("/api/customers")), List.of());
    BACKENDS
        .get(RETENTION)
        .stubFor(
            post("/api/customers/D-404/save-plays")
                .willReturn(
                    aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                        .withBody(
                            write(
                                object(
                                    "title",
                                    "Not found",
                                    "status",
                                    404,
                                    "detail",
                                    "Customer D-404 was not found",
                                    "instance",
                                    "/api/customers/D-404/save-plays")))));
    signedInAs("sue", "service-agents", "service-agent");

    page.navigate(console("#/save-play"));
    page.getByLabel("Customer id").fill("D-404");
    page.getByLabel("Reason").fill("Angry call about invoices");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trigger save play"))
        .click();

    showsAll(
        page.getByRole(AriaRole.ALERT),
        "The save play was not triggered: Not found",
        "Customer D-404 was not found");
  }

  @Test
  void taskInboxRendersTheCamundaFormAndCompletesTheTaskAfterItsListenerDeniedIt()
      throws IOException {
    String key = "2251799813685301";
    WireMockServer camunda = BACKENDS.get(CAMUNDA);
    camunda.stubFor(
        post("/v2/user-tasks/search")
            .atPriority(9)
            .willReturn(okJson(write(object("items", List.of())))));
    camunda.stubFor(
        post("/v2/user-tasks/search")
            .atPriority(1)
            .inScenario("task")
            .whenScenarioStateIs(STARTED)
            .withRequestBody(matchingJsonPath("$.filter.candidateGroup"))
            .willReturn(okJson(write(object("items", List.of(qualifyLeadTask(key)))))));
    stub(
        CAMUNDA,
        get("/v2/user-tasks/" + key + "/form"),
        object(
            "formKey",
            "2251799813685250",
            "formId",
            "lead-qualification",
            "version",
            1,
            "schema",
            Files.readString(form("lead-qualification"))));
    stub(
        CAMUNDA,
        post("/v2/user-tasks/" + key + "/variables/search"),
        object(
            "items",
            List.of(
                variable("companyName", "Acme Corp"),
                variable("contactName", "Dana Doe"),
                variable("contactEmail", "dana@acme.example"),
                variable("sourceChannel", "webinar"),
                variable("campaign", "fall-launch"),
                variable(
                    "play",
                    object(
                        "playName",
                        "Enterprise fast lane",
                        "slaTier",
                        "gold",
                        "playReason",
                        "Large company asking for SSO",
                        "talkTrack",
                        "Lead with SSO",
                        "nextStep",
                        "Book a demo")))));
    camunda.stubFor(
        post("/v2/user-tasks/" + key + "/assignment").willReturn(aResponse().withStatus(204)));
    camunda.stubFor(
        post("/v2/user-tasks/" + key + "/completion")
            .inScenario("task")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("denied once")
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .withBody(
                        write(
                            object(
                                "type",
                                "about:blank",
                                "title",
                                "INVALID_STATE",
                                "status",
                                409,
                                "detail",
                                "Command 'COMPLETE' rejected with code 'INVALID_STATE': Completion of the User"
                                    + " Task with key '"
                                    + key
                                    + "' was denied by Task Listener. Reason to deny:"
                                    + " 'Say why the lead is disqualified: marketing sees it per campaign'",
                                "instance",
                                "/v2/user-tasks/" + key + "/completion")))));
    camunda.stubFor(
        post("/v2/user-tasks/" + key + "/completion")
            .inScenario("task")
            .whenScenarioStateIs("denied once")
            .willSetStateTo("completed")
            .willReturn(aResponse().withStatus(204)));

    signedInAs("sam", "sales", "sales");

    page.navigate(console(""));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tasks")).click();
    page.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Qualify lead")))
        .click();

    Locator task =
        page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Selected task"));
    showsAll(
        task.locator(".fjs-form"),
        "Qualify the lead",
        "Acme Corp",
        "Dana Doe",
        "Play: Enterprise fast lane",
        "Book a demo");
    Locator complete =
        task.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Complete task"));
    assertThat(complete).isDisabled();
    task.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Assign to me")).click();
    assertThat(complete).isEnabled();

    complete.click();
    assertThat(task.getByRole(AriaRole.ALERT)).hasText("Check the highlighted fields.");

    task.getByLabel("Disqualified").check();
    task.getByLabel("Notes").fill("Budget frozen until Q3");
    complete.click();
    showsAll(
        task.getByRole(AriaRole.ALERT),
        "The task was not completed: INVALID_STATE",
        "Say why the lead is disqualified: marketing sees it per campaign");

    chooseFromFormJsSelect(task, "Reason (marketing sees it per campaign)", "No budget");
    complete.click();

    assertThat(
            page.getByRole(AriaRole.STATUS)
                .filter(new Locator.FilterOptions().setHasText("Completed")))
        .hasText("Completed “Qualify lead”.");
    assertThat(
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Your tasks")))
        .containsText("No open tasks for you or your groups.");
    camunda.verify(
        postRequestedFor(urlEqualTo("/v2/user-tasks/search"))
            .withHeader(HttpHeaders.AUTHORIZATION, matching("Bearer .+"))
            .withRequestBody(
                equalToJson(
                    write(
                        object(
                            "filter",
                                object(
                                    "state",
                                    "CREATED",
                                    "candidateGroup",
                                    object("$in", List.of("sales"))),
                            "page", object("limit", 100))))));
    camunda.verify(
        postRequestedFor(urlEqualTo("/v2/user-tasks/" + key + "/assignment"))
            .withRequestBody(equalToJson(write(object("assignee", "sam")))));
    camunda.verify(
        postRequestedFor(urlEqualTo("/v2/user-tasks/" + key + "/completion"))
            .withRequestBody(
                equalToJson(
                    write(
                        object(
                            "variables",
                            object(
                                "outcome",
                                "disqualified",
                                "outcomeReason",
                                "no-budget",
                                "outcomeNotes",
                                "Budget frozen until Q3"))))));
  }

  /**
   * The element shows each of the texts (Playwright's list form would match them to several
   * elements).
   */
  private static void showsAll(Locator locator, String... texts) {
    for (String text : texts) {
      assertThat(locator).containsText(text);
    }
  }

  private String console(String fragment) {
    return "http://localhost:" + port + "/console/" + fragment;
  }

  /**
   * The tab holds the session a sign-in leaves (a token the gateway trusts, from {@link
   * TestTokens}) before the page loads, for tests about what signed-in users see.
   */
  private void signedInAs(String username, String group, String role) {
    ConsolePages.signedInAs(context, username, group, role);
  }

  private void holdsSession(String username, String group, String role, String token) {
    ConsolePages.holdsSession(context, username, group, role, token);
  }

  /** The PKCE S256 challenge of a verifier: base64url(SHA-256(verifier)), unpadded. */
  private static String s256(String verifier) throws NoSuchAlgorithmException {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }

  /**
   * The section whose heading starts with the title (lists add their count); titles are plain
   * words.
   */
  private Locator region(String title) {
    return page.getByRole(
        AriaRole.REGION, new Page.GetByRoleOptions().setName(Pattern.compile("^" + title)));
  }

  private Locator row(String region, String text) {
    return region(region)
        .getByRole(AriaRole.ROW)
        .filter(new Locator.FilterOptions().setHasText(text));
  }

  private Locator handover(String id) {
    return page.locator("[data-handover=" + id + "]");
  }

  /** form-js draws its select as a list box of its own, opened by clicking the field. */
  private static void chooseFromFormJsSelect(Locator form, String label, String option) {
    form.locator(".fjs-form-field-select")
        .filter(new Locator.FilterOptions().setHasText(label))
        .locator(".fjs-select-display")
        .click();
    form.locator(".fjs-dropdownlist-item")
        .filter(new Locator.FilterOptions().setHasText(option))
        .click();
  }

  private static void stub(String backend, MappingBuilder request, Object body) {
    BACKENDS.get(backend).stubFor(request.willReturn(okJson(write(body))));
  }

  private static Map<String, Object> redCustomer(
      String customerId, String name, Instant turnedRed) {
    return object(
        "customerId",
        customerId,
        "customerName",
        name,
        "accountManager",
        "amy",
        "health",
        object("score", 31, "band", "red", "trend", "down", "changedAt", turnedRed));
  }

  private static Map<String, Object> qualifyLeadTask(String key) {
    return object(
        "userTaskKey",
        key,
        "name",
        "Qualify lead",
        "state",
        "CREATED",
        "elementId",
        "QualifyLeadTask",
        "candidateGroups",
        List.of("sales"),
        "candidateUsers",
        List.of(),
        "processName",
        "Lead follow-up",
        "processDefinitionId",
        "lead-follow-up",
        "processInstanceKey",
        "2251799813685290",
        "creationDate",
        "2026-11-20T10:00:00.000Z",
        "formKey",
        "2251799813685250",
        "priority",
        50);
  }

  /** A variable as Camunda's variable search answers it: the value as JSON text. */
  private static Map<String, Object> variable(String name, Object value) {
    return object("name", name, "value", write(value), "isTruncated", false);
  }

  private static Path form(String formId) {
    return Path.of(
            System.getProperty(
                "baton.forms", "../workflows/processes/src/main/resources/baton/workflows"))
        .resolve(formId + ".form");
  }
}

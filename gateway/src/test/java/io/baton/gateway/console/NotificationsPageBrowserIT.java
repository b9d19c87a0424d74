package io.baton.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.baton.gateway.console.Json.object;
import static io.baton.gateway.console.Json.write;
import static io.baton.gateway.console.StubbedBackends.HANDOFFS;
import static io.baton.gateway.console.StubbedBackends.LEADS;
import static io.baton.gateway.console.StubbedBackends.ONBOARDINGS;
import static io.baton.gateway.console.StubbedBackends.RETENTION;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.baton.testsupport.Chromium;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
 * The console's Notifications page in headless Chromium against the gateway: each service's
 * notification API through its route under {@code /api/notifications/<area>}, and the gateway's own
 * merged delivery log, with WireMock as the four services (answering in the shapes of their OpenAPI
 * documents); users hold a session from {@link ConsolePages}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationsPageBrowserIT {

  private static final StubbedBackends BACKENDS = new StubbedBackends();

  private static final Map<String, List<String>> EVENT_TYPES =
      Map.of(
          LEADS,
          List.of("lead-assigned", "first-contact-due", "lead-returned-to-queue", "manager-review"),
          HANDOFFS,
          List.of("brief-overdue", "handoff-returned", "handoff-accepted"),
          ONBOARDINGS,
          List.of("checkpoint-slipped", "blocker-reported", "promise-missed"),
          RETENTION,
          List.of(
              "customer-turned-red",
              "save-play-started",
              "executive-sponsor-engaged",
              "save-play-outcome"));

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

  /**
   * Every service lists its event types, sam has no subscriptions and nothing was sent to him,
   * unless a test says otherwise.
   */
  @BeforeEach
  void openBrowser() {
    BACKENDS.reset();
    EVENT_TYPES.forEach(
        (service, eventTypes) -> {
          WireMockServer server = BACKENDS.get(service);
          server.stubFor(
              get(urlPathEqualTo("/api/notifications/event-types"))
                  .willReturn(
                      okJson(
                          write(
                              eventTypes.stream()
                                  .map(type -> object("eventType", type, "webhooks", List.of()))
                                  .toList()))));
          server.stubFor(
              get(urlPathEqualTo("/api/notifications/subscriptions"))
                  .withQueryParam("subscriber", equalTo("user:sam"))
                  .willReturn(okJson("[]")));
          server.stubFor(get(urlPathEqualTo("/api/notifications")).willReturn(okJson("[]")));
        });
    context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("en-US"));
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
  void salesRepMutesAQueueEmailThenGoesBackToTheDefaultAndSeesWhatWasSentToThem() {
    BACKENDS
        .get(LEADS)
        .stubFor(
            get(urlPathEqualTo("/api/notifications/event-types"))
                .willReturn(
                    okJson(
                        write(
                            List.of(
                                object("eventType", "lead-assigned", "webhooks", List.of()),
                                object("eventType", "first-contact-due", "webhooks", List.of()),
                                object(
                                    "eventType", "lead-returned-to-queue", "webhooks", List.of()),
                                object(
                                    "eventType", "manager-review", "webhooks", List.of("crm")))))));
    BACKENDS
        .get(LEADS)
        .stubFor(
            get(urlPathEqualTo("/api/notifications/subscriptions"))
                .withQueryParam("subscriber", equalTo("user:sam"))
                .willReturn(
                    okJson(
                        write(
                            List.of(
                                subscription(
                                    "first-contact-due",
                                    "subscribe",
                                    "ada",
                                    "2026-12-01T09:00:00Z"))))));
    BACKENDS
        .get(LEADS)
        .stubFor(
            put(urlPathEqualTo("/api/notifications/subscriptions/lead-returned-to-queue/user:sam"))
                .willReturn(
                    okJson(
                        write(
                            subscription(
                                "lead-returned-to-queue",
                                "mute",
                                "sam",
                                "2026-12-03T10:00:00Z")))));
    BACKENDS
        .get(LEADS)
        .stubFor(
            delete(
                    urlPathEqualTo(
                        "/api/notifications/subscriptions/lead-returned-to-queue/user:sam"))
                .willReturn(
                    okJson(
                        write(
                            subscription(
                                "lead-returned-to-queue",
                                "mute",
                                "sam",
                                "2026-12-03T10:00:00Z")))));
    BACKENDS
        .get(LEADS)
        .stubFor(
            get(urlPathEqualTo("/api/notifications"))
                .willReturn(
                    okJson(
                        write(
                            List.of(
                                delivery(
                                    "L-7KQ2M9X4PA/lead-assigned",
                                    "lead-assigned",
                                    "sent",
                                    1,
                                    null,
                                    "/console/#/tasks",
                                    "2026-12-02T09:00:00Z"))))));
    BACKENDS
        .get(RETENTION)
        .stubFor(
            get(urlPathEqualTo("/api/notifications"))
                .willReturn(
                    okJson(
                        write(
                            List.of(
                                delivery(
                                    "I-1/save-play-started",
                                    "save-play-started",
                                    "dead",
                                    5,
                                    "550 mailbox unavailable",
                                    "/console/#/save-play/D-1001",
                                    "2026-12-03T08:00:00Z"))))));
    ConsolePages.signedInAs(context, "sam", "sales", "sales");

    page.navigate(console(""));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifications")).click();

    assertThat(page).hasURL(Pattern.compile("#/notifications$"));
    Locator leads = region("Leads");
    showsAll(
        leads,
        "Lead assigned",
        "First contact due",
        "Lead returned to the queue",
        "back in its team's queue",
        "Manager review",
        "Also posted to webhook crm.");
    showsAll(region("Handoffs"), "Brief overdue", "Handoff returned", "Handoff accepted");
    showsAll(region("Onboarding"), "Checkpoint slipped", "Blocker reported", "Promise missed");
    showsAll(
        region("Retention"),
        "Customer turned red",
        "Save play started",
        "Executive sponsor engaged",
        "Save play outcome");
    assertThat(choice("First contact due", "Always e-mail me")).isChecked();
    assertThat(group("First contact due")).containsText("Always e-mail me since");
    assertThat(group("First contact due")).containsText("by ada");
    Locator queue = group("Lead returned to the queue");
    assertThat(choice("Lead returned to the queue", "Default")).isChecked();

    Locator sent = region("What was sent to me");
    Locator rows = sent.locator("tbody tr");
    assertThat(rows).hasCount(2);
    showsAll(
        rows.nth(0),
        "Save play started",
        "Retention",
        "email",
        "failed",
        "5",
        "550 mailbox unavailable");
    assertThat(rows.nth(0).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open")))
        .hasAttribute("href", "/console/#/save-play/D-1001");
    showsAll(rows.nth(1), "Lead assigned", "Leads", "sent");
    for (String service : EVENT_TYPES.keySet()) {
      BACKENDS
          .get(service)
          .verify(
              getRequestedFor(urlPathEqualTo("/api/notifications"))
                  .withQueryParam("recipient", equalTo("sam"))
                  .withHeader("Authorization", matching("Bearer .+")));
    }
    ConsolePages.keepScreen(page, "notifications-page");

    choice("Lead returned to the queue", "Never e-mail me").click();

    assertThat(queue).containsText("Saved: Never e-mail me.");
    assertThat(choice("Lead returned to the queue", "Never e-mail me")).isChecked();
    BACKENDS
        .get(LEADS)
        .verify(
            putRequestedFor(
                    urlPathEqualTo(
                        "/api/notifications/subscriptions/lead-returned-to-queue/user:sam"))
                .withRequestBody(equalToJson("{\"mode\":\"mute\"}"))
                .withHeader("Authorization", matching("Bearer .+")));

    choice("Lead returned to the queue", "Default").click();

    assertThat(queue).containsText("Saved: Default.");
    assertThat(choice("Lead returned to the queue", "Default")).isChecked();
    BACKENDS
        .get(LEADS)
        .verify(
            deleteRequestedFor(
                urlPathEqualTo(
                    "/api/notifications/subscriptions/lead-returned-to-queue/user:sam")));
  }

  @Test
  void aRefusalAndABadRequestAreShownAndTheSavedChoiceStays() {
    BACKENDS
        .get(ONBOARDINGS)
        .stubFor(
            put(urlPathEqualTo("/api/notifications/subscriptions/checkpoint-slipped/user:sam"))
                .willReturn(
                    problem(
                        403,
                        object(
                            "title",
                            "Forbidden",
                            "detail",
                            "Only an administrator reads or changes the subscriptions of a role, a"
                                + " team or another user"))));
    BACKENDS
        .get(RETENTION)
        .stubFor(
            put(urlPathEqualTo("/api/notifications/subscriptions/save-play-outcome/user:sam"))
                .willReturn(
                    problem(
                        400,
                        object(
                            "title",
                            "Invalid input",
                            "detail",
                            "Invalid input",
                            "errors",
                            List.of(
                                object(
                                    "field",
                                    "eventType",
                                    "message",
                                    "must be one of this service's event types"))))));
    ConsolePages.signedInAs(context, "sam", "sales", "sales");

    page.navigate(console("#/notifications"));

    choice("Checkpoint slipped", "Always e-mail me").click();

    showsAll(
        group("Checkpoint slipped").getByRole(AriaRole.ALERT),
        "“Always e-mail me” was not saved: Forbidden",
        "Only an administrator reads or changes the subscriptions");
    assertThat(choice("Checkpoint slipped", "Default")).isChecked();

    choice("Save play outcome", "Never e-mail me").click();

    showsAll(
        group("Save play outcome").getByRole(AriaRole.ALERT),
        "“Never e-mail me” was not saved: Invalid input",
        "eventType must be one of this service's event types");
    assertThat(choice("Save play outcome", "Default")).isChecked();
    BACKENDS
        .get(RETENTION)
        .verify(
            putRequestedFor(
                    urlPathEqualTo("/api/notifications/subscriptions/save-play-outcome/user:sam"))
                .withRequestBody(equalToJson("{\"mode\":\"mute\"}")));
  }

  @Test
  void aServiceThatIsDownIsNamedAndTheOtherAreasStillWork() {
    BACKENDS
        .get(RETENTION)
        .stubFor(
            any(urlPathMatching("/api/notifications.*"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    BACKENDS
        .get(HANDOFFS)
        .stubFor(
            put(urlPathEqualTo("/api/notifications/subscriptions/brief-overdue/user:sam"))
                .willReturn(
                    okJson(
                        write(
                            subscription(
                                "brief-overdue", "subscribe", "sam", "2026-12-03T10:00:00Z")))));
    ConsolePages.signedInAs(context, "sam", "sales", "sales");

    page.navigate(console("#/notifications"));

    showsAll(
        region("Retention").getByRole(AriaRole.ALERT),
        "Retention is unavailable",
        "retention-service");
    assertThat(region("Retention").getByRole(AriaRole.RADIO)).hasCount(0);
    showsAll(
        region("What was sent to me").getByRole(AriaRole.ALERT),
        "Not shown: what Retention (retention-service) sent you.");
    assertThat(region("What was sent to me")).containsText("Nothing has been sent to you yet.");

    choice("Brief overdue", "Always e-mail me").click();

    assertThat(group("Brief overdue")).containsText("Saved: Always e-mail me.");
    BACKENDS
        .get(HANDOFFS)
        .verify(
            putRequestedFor(
                    urlPathEqualTo("/api/notifications/subscriptions/brief-overdue/user:sam"))
                .withRequestBody(equalToJson("{\"mode\":\"subscribe\"}")));
  }

  private String console(String fragment) {
    return "http://localhost:" + port + "/console/" + fragment;
  }

  private Locator region(String title) {
    return page.getByRole(
        AriaRole.REGION, new Page.GetByRoleOptions().setName(title).setExact(true));
  }

  /** The choices of one event type, named by its label. */
  private Locator group(String eventType) {
    return page.getByRole(
        AriaRole.GROUP, new Page.GetByRoleOptions().setName(eventType).setExact(true));
  }

  private Locator choice(String eventType, String preference) {
    return group(eventType)
        .getByRole(
            AriaRole.RADIO, new Locator.GetByRoleOptions().setName(preference).setExact(true));
  }

  private static void showsAll(Locator locator, String... texts) {
    for (String text : texts) {
      assertThat(locator).containsText(text);
    }
  }

  private static Map<String, Object> subscription(
      String eventType, String mode, String updatedBy, String updatedAt) {
    return object(
        "eventType",
        eventType,
        "subscriber",
        "user:sam",
        "mode",
        mode,
        "updatedBy",
        updatedBy,
        "updatedAt",
        updatedAt);
  }

  private static Map<String, Object> delivery(
      String eventId,
      String eventType,
      String status,
      int attempts,
      String lastError,
      String link,
      String createdAt) {
    return object(
        "id",
        eventId + "|sam|email",
        "eventId",
        eventId,
        "eventType",
        eventType,
        "recipient",
        "sam",
        "channel",
        "email",
        "status",
        status,
        "attempts",
        attempts,
        "lastError",
        lastError,
        "link",
        link,
        "createdAt",
        createdAt,
        "nextAttemptAt",
        null,
        "sentAt",
        "sent".equals(status) ? createdAt : null);
  }

  private static ResponseDefinitionBuilder problem(int status, Map<String, Object> body) {
    body.put("status", status);
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE)
        .withBody(write(body));
  }
}

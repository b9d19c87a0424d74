package io.baton.local;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.baton.testsupport.Chromium;
import io.baton.workflows.ProcessContract.LeadFollowUp;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.UserTask;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * The console's sign-in in a real browser (headless Chromium) against the local suite's real OpenID
 * Connect provider: the provider's own sign-in form, its redirect back with a code, the token
 * exchange from the browser (CORS), the claims the console reads, the gateway and the engine
 * accepting the token, and sign-out ending the provider's session too. The gateway's {@code
 * ConsoleBrowserIT} covers every screen of the console against a stubbed provider.
 */
class ConsoleSignInIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The suite's JVMs serve their first requests slowly (no JIT warm-up yet), on a small machine.
   */
  private static final double BROWSER_WAIT_MILLIS = 20_000;

  private static LocalSuite suite;
  private static SuiteLayout layout;
  private static Chromium chromium;

  private BrowserContext context;
  private Page page;

  /**
   * Every answer of the gateway the page got that was not a success: a refused token shows here.
   */
  private final List<String> gatewayFailures = new ArrayList<>();

  /** Every address the tab went to, in order. */
  private final List<String> visited = new ArrayList<>();

  @BeforeAll
  static void startSuiteAndChromium() throws Exception {
    Path projectRoot = Path.of("..").toAbsolutePath().normalize();
    layout =
        SuiteLayout.onFreePorts(
            projectRoot,
            Files.createTempDirectory("baton-console-sign-in"),
            projectRoot.resolve("local/target/apps"));
    suite = LocalSuite.start(layout);
    chromium = Chromium.launch();
    PlaywrightAssertions.setDefaultAssertionTimeout(BROWSER_WAIT_MILLIS);
  }

  @AfterAll
  static void stopEverything() throws InterruptedException {
    if (chromium != null) {
      chromium.close();
    }
    if (suite != null) {
      suite.close();
    }
  }

  @BeforeEach
  void openBrowser() {
    context = chromium.browser().newContext();
    context.setDefaultTimeout(BROWSER_WAIT_MILLIS);
    page = context.newPage();
    page.onResponse(
        response -> {
          if (response.url().startsWith(gateway()) && response.status() >= 400) {
            gatewayFailures.add(
                response.status() + " " + response.request().method() + " " + response.url());
          }
        });
    page.onFrameNavigated(
        frame -> {
          if (frame.parentFrame() == null) {
            visited.add(frame.url());
          }
        });
  }

  /** Each test's last screen is kept as a build artifact: target/console-screenshots/<test>.png. */
  @AfterEach
  void keepTheScreenAndCloseBrowser(TestInfo test) {
    keepTheScreen(test.getTestMethod().orElseThrow().getName());
    context.close();
  }

  @Test
  void samSignsInAtTheProviderAndWorksTheTasksOfHisGroupsThroughTheGateway() throws Exception {
    awaitFirstContactTaskOfANewLead("Initech");

    page.navigate(console("#/tasks"));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    signInAtTheProvider("sam", suite.users().password());

    assertThat(page.getByText("Signed in as sam (sales, sales-inbound)")).isVisible();
    assertThat(page).hasURL(console("#/tasks"));
    JsonNode session =
        JSON.readTree((String) page.evaluate("sessionStorage.getItem('baton.console.session')"));
    assertThat(session.path("roles").toString()).isEqualTo("[\"sales\"]");
    JsonNode claims =
        JSON.readTree(
            Base64.getUrlDecoder().decode(session.path("token").asText().split("\\.")[1]));
    assertThat(claims.path("iss").asText()).isEqualTo(layout.identityUrl());
    assertThat(claims.path("preferred_username").asText()).isEqualTo("sam");

    Locator tasks =
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Your tasks"));
    tasks
        .getByRole(
            AriaRole.BUTTON,
            new Locator.GetByRoleOptions().setName(Pattern.compile("^Make first contact")))
        .click();
    Locator task =
        page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Selected task"));
    assertThat(task.locator(".fjs-form")).containsText("Initech — Peter Gibbons");
    assertThat(
            task.getByRole(
                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Complete task")))
        .isVisible();
    assertThat(gatewayFailures).isEmpty();
  }

  @Test
  void miaFromMarketingSignsInAndSeesNoneOfTheSalesTeamsTasks() throws Exception {
    UserTask salesTask = awaitFirstContactTaskOfANewLead("Penetrode");
    try {
      page.navigate(console("#/tasks"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      signInAtTheProvider("mia", suite.users().password());

      assertThat(page.getByText("Signed in as mia (marketing)")).isVisible();
      Locator tasks =
          page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Your tasks"));
      assertThat(tasks).containsText("No open tasks for you or your groups.");
      assertThat(
              tasks.getByRole(
                  AriaRole.BUTTON,
                  new Locator.GetByRoleOptions().setName(Pattern.compile("^Make first contact"))))
          .hasCount(0);
      assertThat(gatewayFailures).isEmpty();
    } finally {
      // its owner's first contact, so that sam's inbox in the other tests holds his one task
      try (CamundaClient client = suite.newEngineClient()) {
        client
            .newCompleteUserTaskCommand(salesTask.getUserTaskKey())
            .variables(Map.of("attemptChannel", "call", "attemptOutcome", "meeting-booked"))
            .send()
            .join();
      }
    }
  }

  @Test
  void aWrongPasswordStaysOnTheProvidersFormWithItsErrorAndNeverReachesTheConsole(TestInfo test) {
    page.navigate(console(""));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    signInAtTheProvider("sam", "not-" + suite.users().password());

    assertThat(page).hasURL(layout.identityUrl() + "/login?error");
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("Invalid credentials");
    assertThat(page.locator("input[name=username]")).isVisible();
    keepTheScreen(test.getTestMethod().orElseThrow().getName() + "-provider");
    assertThat(visited).noneMatch(address -> address.startsWith(console("?")));

    page.navigate(console(""));
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")))
        .isVisible();
    assertThat(page.getByText(Pattern.compile("^Signed in as"))).hasCount(0);
  }

  @Test
  void signOutReturnsToTheSignInScreenAndEndsTheProvidersSessionToo() {
    page.navigate(console(""));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    signInAtTheProvider("sam", suite.users().password());
    assertThat(page.getByText("Signed in as sam (sales, sales-inbound)")).isVisible();

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

    assertThat(
            page.getByRole(
                AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Sign in to the Baton console")))
        .isVisible();
    assertThat(page).hasURL(console(""));
    assertThat(page.evaluate("sessionStorage.getItem('baton.console.session')")).isNull();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    assertThat(page).hasURL(layout.identityUrl() + "/login");
    assertThat(page.locator("input[name=password]")).isVisible();
  }

  private void keepTheScreen(String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of("target/console-screenshots", name + ".png"))
            .setFullPage(true));
  }

  /** The provider's own form (Spring Security's): the tab must be on it. */
  private void signInAtTheProvider(String username, String password) {
    assertThat(page).hasURL(layout.identityUrl() + "/login");
    page.locator("input[name=username]").fill(username);
    page.locator("input[name=password]").fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
  }

  /**
   * Marketing hands in a small company's pricing request: the standard tier, whose team (and
   * candidate group) is sales-inbound, one of sam's groups. Returns its first-contact task once it
   * is open.
   */
  private static UserTask awaitFirstContactTaskOfANewLead(String company) throws Exception {
    SuiteClient marketing =
        SuiteClient.gatewayOf(layout).withToken(suite.token("mia", "marketing"));
    Map<String, Object> lead =
        Map.of(
            "company", Map.of("name", company, "size", 40),
            "contact",
                Map.of(
                    "name",
                    "Peter Gibbons",
                    "email",
                    "peter@" + company.toLowerCase() + ".example"),
            "source", Map.of("channel", "web-form", "campaign", "console-sign-in"),
            "interest", "pricing-request");
    HttpResponse<String> received = marketing.post("/api/leads", lead);
    assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
    String leadId = SuiteClient.json(received).path("leadId").asText();
    JsonNode assigned =
        marketing.awaitJson("/api/leads/" + leadId, body -> body.path("owner").isTextual());
    assertThat(assigned.path("team").asText()).isEqualTo("sales-inbound");
    long processInstanceKey = assigned.path("processInstanceKey").asLong();
    try (CamundaClient client = suite.newEngineClient()) {
      return OpenTasks.awaitOne(client, processInstanceKey, LeadFollowUp.MAKE_FIRST_CONTACT_TASK);
    }
  }

  private static String gateway() {
    return "http://localhost:" + layout.gatewayPort();
  }

  private static String console(String rest) {
    return gateway() + "/console/" + rest;
  }
}

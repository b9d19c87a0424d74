package io.baton.gateway.console;

import static io.baton.gateway.console.Json.object;
import static io.baton.gateway.console.Json.write;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.baton.testsupport.TestTokens;
import java.nio.file.Path;
import java.util.List;

/** What the console's browser tests share: a signed-in tab, and the screens they keep. */
final class ConsolePages {

  /** Where the browser tests keep their screens, as build artifacts. */
  static final Path SCREENSHOTS = Path.of("target/console-screenshots");

  private ConsolePages() {}

  /**
   * The tab holds the session a sign-in leaves (a token the gateway trusts, from {@link
   * TestTokens}) before the page loads, for tests about what signed-in users see.
   */
  static void signedInAs(BrowserContext context, String username, String group, String role) {
    holdsSession(
        context, username, group, role, TestTokens.inGroups(username, List.of(group), role));
  }

  static void holdsSession(
      BrowserContext context, String username, String group, String role, String token) {
    context.addInitScript(
        "sessionStorage.setItem('baton.console.session', JSON.stringify("
            + write(
                object(
                    "username",
                    username,
                    "groups",
                    List.of(group),
                    "roles",
                    List.of(role),
                    "token",
                    token))
            + "))");
  }

  /** The whole page, scrolled or not, as target/console-screenshots/{@code name}.png. */
  static void keepScreen(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }
}

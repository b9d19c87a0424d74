package io.baton.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium, driven headless by Playwright (which downloads no browser of its own), for the
 * console's browser tests: the gateway's against stubbed backends, the local suite's against the
 * real identity provider. Absent Chromium fails the browser tests with what to install: CI installs
 * it, so a skip would hide a gap.
 */
public final class Chromium implements AutoCloseable {

  /** Set by the build (failsafe); /usr/bin/chromium is where Debian's package puts it. */
  private static final Path EXECUTABLE =
      Path.of(System.getProperty("baton.chromium", "/usr/bin/chromium"));

  private static final List<String> ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  public static Chromium launch() {
    if (!Files.isExecutable(EXECUTABLE)) {
      throw new IllegalStateException(
          "The console's browser tests need Chromium at "
              + EXECUTABLE
              + ", and there is none. Install it (Debian: apt-get install -y chromium) or point -Dchromium.path "
              + "at a Chromium executable.");
    }
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      return new Chromium(
          playwright,
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(EXECUTABLE)
                      .setHeadless(true)
                      .setArgs(ARGS)));
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  public Browser browser() {
    return browser;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}

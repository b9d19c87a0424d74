package io.baton.local;

import io.baton.local.demo.DemoLoader;
import io.baton.local.demo.DemoSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./baton run}: starts the whole suite on the embedded defaults, prints where everything is,
 * and stops it all on Ctrl-C; with {@code --demo} it then loads the demo into it. A second run
 * starts with the data of the first (in .baton/). {@code ./baton token <user>}: signs a local user
 * in at the running suite's identity provider and prints their access token, for curl. {@code
 * ./baton demo}: loads the demo's year into the running suite ({@link DemoLoader}).
 */
public final class BatonLocal {

  private BatonLocal() {}

  public static void main(String[] args) throws Exception {
    SuiteLayout layout = SuiteLayout.defaults(Path.of("").toAbsolutePath());
    List<String> arguments = List.of(args);
    if (arguments.size() == 2 && arguments.getFirst().equals("token")) {
      LocalUsers users = LocalUsers.prepare(layout.usersFile(), layout.passwordFile());
      System.out.println(
          SignIn.accessToken(LocalSuite.consoleClient(layout), arguments.get(1), users.password()));
      return;
    }
    if (!arguments.isEmpty() && arguments.getFirst().equals("demo")) {
      LocalUsers users = LocalUsers.prepare(layout.usersFile(), layout.passwordFile());
      DemoSettings settings = demoSettings(arguments.subList(1, arguments.size()), layout);
      System.exit(demo(settings, users) ? 0 : 1);
    }
    boolean withDemo = !arguments.isEmpty() && arguments.getFirst().equals("--demo");
    DemoSettings demo =
        withDemo ? demoSettings(arguments.subList(1, arguments.size()), layout) : null;
    if (!withDemo && !arguments.isEmpty()) {
      throw new IllegalArgumentException(
          "Unknown arguments " + arguments + "; usage: run [--demo " + DemoSettings.USAGE + "]");
    }
    Instant started = Instant.now();
    LocalSuite suite = LocalSuite.start(layout);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping Baton...");
                  try {
                    suite.close();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  stopped.countDown();
                }));
    Duration startup = Duration.between(started, Instant.now());
    System.out.println(table(suite.urls()));
    System.out.printf(
        "Baton is up in %.1f s, using %d MiB of memory in all. Ctrl-C stops it.%n",
        startup.toMillis() / 1000.0, suite.residentMegabytes());
    if (demo != null) {
      demo(demo, suite.users());
    }
    stopped.await();
  }

  private static DemoSettings demoSettings(List<String> options, SuiteLayout layout) {
    return DemoSettings.parse(
        options, URI.create("http://localhost:" + layout.gatewayPort()), Clock.systemUTC());
  }

  /** Loads the demo; returns whether every journey went through. */
  private static boolean demo(DemoSettings settings, LocalUsers users) throws Exception {
    return DemoLoader.load(settings, users, System.out).failures().isEmpty();
  }

  private static String table(Map<String, String> urls) {
    int width = urls.keySet().stream().mapToInt(String::length).max().orElse(0);
    StringBuilder out = new StringBuilder(System.lineSeparator());
    urls.forEach((name, url) -> out.append(String.format("  %-" + width + "s  %s%n", name, url)));
    return out.toString();
  }
}

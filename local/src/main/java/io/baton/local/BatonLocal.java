package io.baton.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./baton run}: starts the whole suite on the embedded defaults, prints where everything is,
 * and stops it all on Ctrl-C. A second run starts with the data of the first (in .baton/). {@code
 * ./baton token <user>}: signs a local user in at the running suite's identity provider and prints
 * their access token, for curl.
 */
public final class BatonLocal {

  private BatonLocal() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    SuiteLayout layout = SuiteLayout.defaults(Path.of("").toAbsolutePath());
    if (args.length == 2 && args[0].equals("token")) {
      LocalUsers users = LocalUsers.prepare(layout.usersFile(), layout.passwordFile());
      System.out.println(
          SignIn.accessToken(LocalSuite.consoleClient(layout), args[1], users.password()));
      return;
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
    stopped.await();
  }

  private static String table(Map<String, String> urls) {
    int width = urls.keySet().stream().mapToInt(String::length).max().orElse(0);
    StringBuilder out = new StringBuilder(System.lineSeparator());
    urls.forEach((name, url) -> out.append(String.format("  %-" + width + "s  %s%n", name, url)));
    return out.toString();
  }
}

package io.baton.local.demo;

import io.baton.local.demo.DemoPlanner.Sizes;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What {@code ./baton demo} loads and where: the seed, the year's last day (the year ends at its
 * start, UTC), how many leads and deals, how many journeys are driven at once, and the gateway of
 * the running suite.
 */
public record DemoSettings(long seed, LocalDate today, Sizes sizes, int workers, URI gateway) {

  /** The seed of the demo everyone sees unless they ask for another. */
  public static final long DEFAULT_SEED = 7;

  /** Journeys driven at once: they mostly wait for the processes, so more than the cores. */
  public static final int DEFAULT_WORKERS = 16;

  public static final String USAGE =
      "[--seed N] [--gateway URL] [--today yyyy-MM-dd] [--leads N] [--deals N] [--workers N]";

  public DemoSettings {
    if (workers < 1) {
      throw new IllegalArgumentException("--workers must be at least 1");
    }
  }

  /** The default demo of today, loaded through {@code gateway}. */
  public static DemoSettings defaults(URI gateway, Clock clock) {
    return new DemoSettings(
        DEFAULT_SEED,
        LocalDate.now(clock.withZone(ZoneOffset.UTC)),
        Sizes.DEFAULT,
        DEFAULT_WORKERS,
        gateway);
  }

  /**
   * The settings {@code args} give ({@link #USAGE}), the defaults for the others.
   *
   * @throws IllegalArgumentException for an unknown option, a bad value, or a day after today
   */
  public static DemoSettings parse(List<String> args, URI gateway, Clock clock) {
    DemoSettings settings = defaults(gateway, clock);
    long seed = settings.seed();
    LocalDate today = settings.today();
    int leads = settings.sizes().leads();
    int deals = settings.sizes().deals();
    int workers = settings.workers();
    URI at = settings.gateway();
    for (int i = 0; i < args.size(); i += 2) {
      String option = args.get(i);
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException(option + " needs a value; usage: " + USAGE);
      }
      String value = args.get(i + 1);
      try {
        switch (option) {
          case "--seed" -> seed = Long.parseLong(value);
          case "--gateway" -> at = URI.create(value.replaceAll("/+$", ""));
          case "--today" -> today = LocalDate.parse(value);
          case "--leads" -> leads = Integer.parseInt(value);
          case "--deals" -> deals = Integer.parseInt(value);
          case "--workers" -> workers = Integer.parseInt(value);
          default ->
              throw new IllegalArgumentException("Unknown option " + option + "; usage: " + USAGE);
        }
      } catch (RuntimeException bad) {
        if (bad.getMessage() != null && bad.getMessage().startsWith("Unknown option")) {
          throw bad;
        }
        throw new IllegalArgumentException("Not a value for " + option + ": " + value, bad);
      }
    }
    if (today.isAfter(settings.today())) {
      throw new IllegalArgumentException(
          "--today "
              + today
              + " is after today ("
              + settings.today()
              + ", UTC): nothing happens in the future");
    }
    return new DemoSettings(seed, today, new Sizes(leads, deals), workers, at);
  }
}

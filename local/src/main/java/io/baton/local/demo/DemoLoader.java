package io.baton.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.baton.local.LocalUsers;
import io.baton.local.SignIn;
import io.baton.local.SuiteClient;
import io.baton.local.demo.Tally.Counts;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./baton demo}: replays the plan's year into a running suite through the gateway — the
 * public APIs and the Camunda user-task API, each step as the person who does it — driving a few
 * journeys at once, printing how far it got every few seconds and a summary at the end.
 */
public final class DemoLoader {

  /** How often the progress is printed. */
  static final Duration PROGRESS = Duration.ofSeconds(10);

  /** The longest a load may take before the journeys still running are given up. */
  static final Duration LIMIT = Duration.ofHours(2);

  private static final int FAILURES_SHOWN = 10;

  /** What was loaded, how long it took, and the journeys that failed (the first few). */
  public record Result(Counts counts, Duration took, int journeys, List<String> failures) {}

  private DemoLoader() {}

  /**
   * Loads the demo {@code settings} describe, as the people of the demo: they are added to the
   * local {@code users} first if their copy of the users file predates them, and sign in with the
   * local password. Progress goes to {@code out}.
   */
  public static Result load(DemoSettings settings, LocalUsers users, PrintStream out)
      throws Exception {
    users.addFromDefaults(DemoCast.everyone());
    Instant started = Instant.now();
    DemoPlan plan = DemoPlanner.plan(settings.seed(), settings.today(), settings.sizes());
    out.printf(
        "Loading the demo (seed %d): %d leads and %d won deals over the year to %s, through %s%n",
        settings.seed(),
        plan.journeys().size(),
        plan.deals(),
        settings.today().minusDays(1),
        settings.gateway());
    SuiteClient anonymous = SuiteClient.to(settings.gateway());
    SignIn.Client signIn = signIn(anonymous, settings.gateway());
    Map<String, Actor> cast = new LinkedHashMap<>();
    try {
      for (String username : DemoCast.everyone()) {
        String token = SignIn.accessToken(signIn, username, users.password());
        cast.put(username, Actor.signedIn(username, token, anonymous, settings.gateway()));
      }
      Tally tally = new Tally();
      List<String> failures = Collections.synchronizedList(new ArrayList<>());
      drive(plan, cast, tally, failures, settings.workers(), started, out);
      Result result =
          new Result(
              tally.counts(),
              Duration.between(started, Instant.now()),
              plan.journeys().size(),
              List.copyOf(failures.subList(0, Math.min(failures.size(), FAILURES_SHOWN))));
      summary(result, settings.gateway(), out);
      return result;
    } finally {
      cast.values().forEach(Actor::close);
    }
  }

  /** The console's sign-in, as the gateway tells the console: its provider and client. */
  private static SignIn.Client signIn(SuiteClient anonymous, URI gateway) throws Exception {
    JsonNode settings =
        SuiteClient.json(SuiteClient.expect(200, anonymous.get("/console/settings.json")));
    JsonNode signIn = settings.path("signIn");
    return new SignIn.Client(
        URI.create(signIn.path("issuer").asText()),
        signIn.path("clientId").asText(),
        gateway.resolve("/console/"));
  }

  private static void drive(
      DemoPlan plan,
      Map<String, Actor> cast,
      Tally tally,
      List<String> failures,
      int workers,
      Instant started,
      PrintStream out)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(workers, named("demo-journey-"));
    ScheduledExecutorService progress =
        Executors.newSingleThreadScheduledExecutor(named("demo-progress-"));
    progress.scheduleAtFixedRate(
        () -> out.println("  " + line(tally.counts(), plan, started)),
        PROGRESS.toMillis(),
        PROGRESS.toMillis(),
        TimeUnit.MILLISECONDS);
    try {
      List<JourneyRun> runs =
          plan.journeys().stream().map(journey -> new JourneyRun(journey, cast, tally)).toList();
      runAll(pool, runs, failures, tally);
    } finally {
      pool.shutdownNow();
      progress.shutdownNow();
    }
  }

  /**
   * Runs every journey on the pool and waits until all are done; a journey that fails is counted
   * and noted with its name.
   */
  private static void runAll(
      ExecutorService pool, List<JourneyRun> runs, List<String> failures, Tally tally)
      throws InterruptedException {
    CountDownLatch done = new CountDownLatch(runs.size());
    for (JourneyRun run : runs) {
      pool.execute(
          () -> {
            try {
              run.run();
            } catch (InterruptedException stopped) {
              Thread.currentThread().interrupt();
              tally.failed();
              failures.add(run.name() + ": stopped");
            } catch (Exception | AssertionError failed) {
              tally.failed();
              failures.add(run.name() + ": " + failed.getMessage());
            } finally {
              done.countDown();
            }
          });
    }
    if (!done.await(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
      failures.add("The load did not finish within " + LIMIT);
    }
  }

  private static String line(Counts counts, DemoPlan plan, Instant started) {
    return String.format(
        "%s  leads %d/%d · deals %d/%d · accepted %d · customers %d · save plays %d · churned %d"
            + " · new signals %d%s",
        elapsed(Duration.between(started, Instant.now())),
        counts.leads(),
        plan.journeys().size(),
        counts.deals(),
        plan.deals(),
        counts.accepted(),
        counts.customers(),
        counts.savePlays(),
        counts.churned(),
        counts.newSignals(),
        counts.failed() == 0 ? "" : " · failed " + counts.failed());
  }

  private static void summary(Result result, URI gateway, PrintStream out) {
    Counts counts = result.counts();
    out.printf(
        "%nDemo loaded in %s: %d leads (%d new), %d won deals, %d accepted, %d customers, %d save"
            + " plays, %d churned, %d new signals.%n",
        elapsed(result.took()),
        counts.leads(),
        counts.newLeads(),
        counts.deals(),
        counts.accepted(),
        counts.customers(),
        counts.savePlays(),
        counts.churned(),
        counts.newSignals());
    if (!result.failures().isEmpty()) {
      out.printf("%d of %d journeys failed; the first:%n", counts.failed(), result.journeys());
      result.failures().forEach(failure -> out.println("  " + failure));
      out.println("Run the demo again to finish them: it does only what is missing.");
    }
    out.printf(
        "See it: %s (sign in as %s, the CS leader); the leaks at %s%n",
        gateway.resolve("/console/#/revenue"),
        DemoCast.CS_LEADER,
        gateway.resolve("/console/#/leaks"));
  }

  private static String elapsed(Duration took) {
    return String.format("%d:%02d", took.toMinutes(), took.toSecondsPart());
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger next = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + next.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

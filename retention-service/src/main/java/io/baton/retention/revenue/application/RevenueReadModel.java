package io.baton.retention.revenue.application;

import io.baton.retention.revenue.domain.CustomerFacts;
import io.baton.retention.revenue.domain.RevenueFacts;
import io.baton.retention.revenue.domain.SavePlayFacts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The revenue figures' facts of every customer and every ended save play, in memory: loaded once at
 * start, then refreshed with what was stored since the last look ({@link #refresh}), and with this
 * replica's own writes as it makes them ({@link #take}). Each customer's and save play's facts
 * replace those of an earlier version, never those of a later one, whichever way they arrive first.
 * Requests read it while it is refreshed; each answer is computed from the facts as they are at
 * that moment.
 */
@Component
public class RevenueReadModel implements RevenueFacts {

  private final RevenueSources sources;
  private final RevenueProperties properties;
  private final Clock clock;
  private final ConcurrentHashMap<String, CustomerFacts> customers = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, SavePlayFacts> savePlays = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, List<SavePlayFacts>> savePlaysByCustomer =
      new ConcurrentHashMap<>();
  private final CountDownLatch loaded = new CountDownLatch(1);
  private volatile Instant asOf;
  private Instant lastLook;

  public RevenueReadModel(RevenueSources sources, RevenueProperties properties, Clock clock) {
    this.sources = sources;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Loads every customer and save play the first time; later takes in those stored since the
   * previous look (less {@code baton.revenue.overlap}). The answers are as of its start.
   */
  public synchronized Refresh refresh() {
    Instant started = clock.instant();
    Instant since = lastLook == null ? null : lastLook.minus(properties.overlap());
    long customersRead = sources.customers(since, this::take);
    long savePlaysRead = sources.savePlays(since, this::take);
    lastLook = started;
    asOf = started;
    loaded.countDown();
    return new Refresh(
        since == null,
        customersRead,
        savePlaysRead,
        customers.size(),
        Duration.between(started, clock.instant()));
  }

  /** Takes in a customer's facts, unless those of a later version are in already. */
  public void take(CustomerFacts facts) {
    customers.merge(
        facts.customerId(),
        facts,
        (known, arrived) -> arrived.version() >= known.version() ? arrived : known);
  }

  /** Takes in an ended save play's facts, unless those of a later version are in already. */
  public void take(SavePlayFacts facts) {
    savePlays.compute(
        facts.interventionId(),
        (id, known) -> {
          if (known != null && known.version() > facts.version()) {
            return known;
          }
          savePlaysByCustomer.compute(
              facts.customerId(), (customerId, plays) -> replaced(plays, facts));
          return facts;
        });
  }

  private static List<SavePlayFacts> replaced(List<SavePlayFacts> plays, SavePlayFacts facts) {
    List<SavePlayFacts> changed = new ArrayList<>(plays == null ? 2 : plays.size() + 1);
    if (plays != null) {
      for (SavePlayFacts play : plays) {
        if (!play.interventionId().equals(facts.interventionId())) {
          changed.add(play);
        }
      }
    }
    changed.add(facts);
    return List.copyOf(changed);
  }

  /**
   * Waits for the first load, at most {@code baton.revenue.first-load-wait}.
   *
   * @throws RevenueNotReadyException when it has not finished by then
   */
  public void awaitLoaded() {
    try {
      if (loaded.await(properties.firstLoadWait().toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new RevenueNotReadyException(
        "The revenue figures are being loaded after a start; ask again in a few seconds.");
  }

  /** When the last refresh started: the answers hold everything stored before it. */
  public Instant asOf() {
    return asOf;
  }

  @Override
  public Iterable<CustomerFacts> customers() {
    return customers.values();
  }

  @Override
  public List<SavePlayFacts> savePlaysOf(String customerId) {
    return savePlaysByCustomer.getOrDefault(customerId, List.of());
  }

  /**
   * One refresh: whether it was the first load, how many customers and save plays it read, how many
   * customers the model holds, and how long it took.
   */
  public record Refresh(
      boolean firstLoad, long customersRead, long savePlaysRead, int customers, Duration took) {}
}

package io.baton.bench;

import io.baton.retention.customer.domain.ArrChange;
import io.baton.retention.customer.domain.ArrChangeCause;
import io.baton.retention.customer.domain.Lifecycle;
import io.baton.retention.customer.domain.Lineage;
import io.baton.retention.revenue.domain.Accountability;
import io.baton.retention.revenue.domain.Basis;
import io.baton.retention.revenue.domain.ChurnPredictors;
import io.baton.retention.revenue.domain.CustomerFacts;
import io.baton.retention.revenue.domain.CustomerSelection;
import io.baton.retention.revenue.domain.Dimension;
import io.baton.retention.revenue.domain.Losses;
import io.baton.retention.revenue.domain.RevenueFacts;
import io.baton.retention.revenue.domain.RevenuePeriod;
import io.baton.retention.revenue.domain.Rows;
import io.baton.retention.revenue.domain.SavePlayFacts;
import io.baton.retention.saveplay.domain.InterventionOutcome;
import io.baton.retention.saveplay.domain.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * The revenue answers over 100,000 synthetic customers, in this JVM: retention-service's {@link
 * Accountability}, {@link Losses}, {@link ChurnPredictors} and {@link CustomerSelection} over the
 * facts held as its read model holds them (a map of {@link CustomerFacts} by id, ended save plays
 * per customer), which is all {@code AccountabilityQueries} computes per request. Without
 * retention-service's JVM: no HTTP, no JSON, no MongoDB (neither the first load's streaming nor the
 * drill-down's read of one page of customers by id). Per answer: p50, p95 and p99 of the timed
 * calls, made one after the other on one thread, every answer in turn so that noise hits all alike.
 * Also the heap the facts hold and the time to build them from the stored fields (the read model's
 * first load without MongoDB).
 */
final class RevenueBenchmark {

  /** The day the answers are computed on; the customers closed in the 24 months up to it. */
  static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  private static final long SEED = 11;
  static final int CLOSE_DAYS = 730;
  static final int CAMPAIGNS = 8;
  static final int SALES_OWNERS = 12;
  static final int ACCOUNT_MANAGERS = 20;
  static final List<String> CHANNELS = List.of("web", "event", "referral", "outbound");
  static final List<String> PLAYS = List.of("inbound-fast", "nurture", "enterprise-abm");
  static final List<String> SEGMENTS = List.of("smb", "mid-market", "enterprise");
  private static final int PAGE_SIZE = 50;

  private final BenchSettings settings;
  private long sink;

  RevenueBenchmark(BenchSettings settings) {
    this.settings = settings;
  }

  Table run() {
    CpuNoise before = CpuNoise.sample();
    long heapBefore = Memory.heapBytesAfterGc();
    long started = System.nanoTime();
    HeldFacts facts = generate(settings.revenueCustomers());
    long loadNanos = System.nanoTime() - started;
    long heldBytes = Memory.heapBytesAfterGc() - heapBefore;

    RevenuePeriod period = RevenuePeriod.of(null, null, TODAY);
    Map<String, IntSupplier> answers = new LinkedHashMap<>();
    for (Dimension dimension : Dimension.values()) {
      Accountability.Grouping grouping =
          new Accountability.Grouping(dimension, period, Rows.every());
      answers.put(
          "accountability?dimension=" + dimension.code(),
          () -> Accountability.of(grouping, facts, null, TODAY).rows().size());
    }
    for (Dimension dimension : List.of(Dimension.CAMPAIGN, Dimension.SALES_OWNER)) {
      Accountability.Grouping grouping =
          new Accountability.Grouping(dimension, period, Rows.every());
      answers.put(
          "losses?dimension=" + dimension.code(), () -> Losses.of(grouping, facts).rows().size());
    }
    answers.put(
        "churn-predictors", () -> ChurnPredictors.of(period, facts, TODAY).factors().size());
    CustomerSelection campaign =
        new CustomerSelection(Dimension.CAMPAIGN, period, Rows.only(campaign(0)));
    answers.put(
        "customers?dimension=campaign&value=" + campaign(0) + " (page 0 of 50)",
        () -> page(campaign.from(facts)));
    CustomerSelection lost =
        new CustomerSelection(Dimension.CAMPAIGN, period, Rows.only(campaign(0)), Basis.LOST);
    answers.put(
        "customers?dimension=campaign&value=" + campaign(0) + "&basis=lost (page 0 of 50)",
        () -> page(lost.from(facts)));

    Map<String, long[]> timings = measure(answers);
    return table(timings, facts, heldBytes, loadNanos, CpuNoise.sample().otherLoadSince(before));
  }

  /** The page of 50 the drill-down would then read from MongoDB by id. */
  private static int page(List<CustomerFacts> selected) {
    return selected.subList(0, Math.min(PAGE_SIZE, selected.size())).size() + selected.size();
  }

  /** Untimed calls of every answer, then timed ones, every answer in turn. */
  private Map<String, long[]> measure(Map<String, IntSupplier> answers) {
    for (int call = 0; call < settings.revenueWarmUpCalls(); call++) {
      answers.values().forEach(answer -> sink += answer.getAsInt());
    }
    Map<String, long[]> timings = new LinkedHashMap<>();
    answers.keySet().forEach(name -> timings.put(name, new long[settings.revenueCalls()]));
    for (int call = 0; call < settings.revenueCalls(); call++) {
      for (Map.Entry<String, IntSupplier> answer : answers.entrySet()) {
        long started = System.nanoTime();
        sink += answer.getValue().getAsInt();
        timings.get(answer.getKey())[call] = System.nanoTime() - started;
      }
    }
    return timings;
  }

  private Table table(
      Map<String, long[]> timings,
      HeldFacts facts,
      long heldBytes,
      long loadNanos,
      String otherLoad) {
    Table table =
        Table.of(
            "Revenue answers",
            "In process, not over HTTP: retention-service's revenue grouping (Accountability, "
                + "Losses, ChurnPredictors, CustomerSelection, all AccountabilityQueries computes per "
                + "request) over "
                + String.format(Locale.ROOT, "%,d", facts.customers.size())
                + " synthetic customers' facts held as RevenueReadModel holds them, in the "
                + "benchmark's JVM; one caller, the answers in turn, "
                + settings.revenueCalls()
                + " timed calls each after "
                + settings.revenueWarmUpCalls()
                + " untimed ones. Default period (the 12 months up to "
                + TODAY
                + "), every row (an admin).",
            "answer",
            "p50 (ms)",
            "p95 (ms)",
            "p99 (ms)",
            "max (ms)",
            "p95 ≤ 300 ms");
    for (Map.Entry<String, long[]> answer : timings.entrySet()) {
      long[] sorted = answer.getValue().clone();
      Arrays.sort(sorted);
      double p95 = rank(sorted, 0.95);
      table.row(
          "`" + answer.getKey() + "`",
          Percentiles.millis(rank(sorted, 0.50)),
          Percentiles.millis(p95),
          Percentiles.millis(rank(sorted, 0.99)),
          Percentiles.millis(sorted[sorted.length - 1] / 1e6),
          p95 <= 300 ? "met" : "**missed**");
    }
    int customers = facts.customers.size();
    return table
        .note(
            String.format(
                Locale.ROOT,
                "Facts of %,d customers and %,d ended save plays: %s MiB of heap after GC (%d"
                    + " bytes per customer); built from their stored fields (CustomerFacts.of,"
                    + " SavePlayFacts.of, into the maps) in %.0f ms, the read model's first load"
                    + " without MongoDB.",
                customers,
                facts.savePlays,
                Figures.mib(heldBytes),
                heldBytes / customers,
                loadNanos / 1e6))
        .note(
            "Customers: closed over the 24 months up to "
                + TODAY
                + ", "
                + CAMPAIGNS
                + " campaigns (one in ten without a lead), "
                + CHANNELS.size()
                + " channels, "
                + PLAYS.size()
                + " lead plays, "
                + SALES_OWNERS
                + " sales owners, "
                + ACCOUNT_MANAGERS
                + " account managers, 3 segments; one in four with an ARR change (renewal uplift,"
                + " downgrade or churn), one in ten red, one in seven with an ended save play.")
        .note(
            "Not measured: HTTP, JSON, the token check; MongoDB's first load and the"
                + " drill-down's read of its page of 50 customers by id; lead-service's counts"
                + " (read in the background, never while a request waits). The 1,000,000 signals"
                + " (10 per customer) are not generated: the read model never reads them (its"
                + " projections leave signals and health history out), so they change none of"
                + " these figures in process; in retention-service they cost MongoDB, not the"
                + " answers.")
        .note("Other processes used " + otherLoad + " of the machine's CPU meanwhile.")
        .note("(checksum " + sink + ")");
  }

  private static double rank(long[] sorted, double percentile) {
    int rank = (int) Math.ceil(percentile * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  static String campaign(int index) {
    return "campaign-" + (index + 1);
  }

  /** A synthetic customer's id: a deal id of 15 characters. */
  static String customerId(int index) {
    return String.format(Locale.ROOT, "deal-%010d", index);
  }

  /** The synthetic customers' facts, made as the read model makes them from stored fields. */
  static HeldFacts generate(int count) {
    Random random = new Random(SEED);
    HeldFacts facts = new HeldFacts();
    Instant now = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);
    for (int i = 0; i < count; i++) {
      String id = customerId(i);
      LocalDate close = TODAY.minusDays(random.nextInt(CLOSE_DAYS));
      BigDecimal starting = BigDecimal.valueOf(5_000 + random.nextInt(195_000));
      List<ArrChange> changes = new ArrayList<>(1);
      BigDecimal arr = starting;
      Lifecycle lifecycle =
          close.isAfter(TODAY.minusDays(60)) ? Lifecycle.ONBOARDING : Lifecycle.ACTIVE;
      if (random.nextInt(4) == 0) {
        LocalDate on = close.plusDays(60 + random.nextInt(400));
        if (!on.isAfter(TODAY)) {
          int kind = random.nextInt(3);
          ArrChangeCause cause =
              kind == 0
                  ? ArrChangeCause.RENEWED
                  : kind == 1 ? ArrChangeCause.DOWNGRADED : ArrChangeCause.CHURNED;
          arr =
              switch (cause) {
                case RENEWED -> starting.multiply(BigDecimal.valueOf(11)).movePointLeft(1);
                case DOWNGRADED -> starting.multiply(BigDecimal.valueOf(7)).movePointLeft(1);
                default -> BigDecimal.ZERO;
              };
          changes.add(new ArrChange(on, arr, cause));
          if (cause == ArrChangeCause.CHURNED) {
            lifecycle = Lifecycle.CHURNED;
          }
        }
      }
      Lineage lineage = lineage(random, i, now, lifecycle);
      facts.take(
          CustomerFacts.of(
              id,
              1 + random.nextInt(20),
              new CustomerFacts.Commercial(close, starting, arr, changes),
              lifecycle,
              random.nextInt(10) == 0 ? "red" : random.nextBoolean() ? "green" : "yellow",
              "am-" + (1 + random.nextInt(ACCOUNT_MANAGERS)),
              null,
              lineage));
      if (random.nextInt(7) == 0) {
        Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
        BigDecimal lost =
            switch (outcome) {
              case SAVED -> BigDecimal.ZERO;
              case DOWNGRADED -> starting.multiply(BigDecimal.valueOf(3)).movePointLeft(1);
              case CHURNED -> starting;
            };
        facts.take(
            SavePlayFacts.of(
                "intervention-" + i,
                id,
                2,
                new InterventionOutcome(
                    outcome,
                    starting,
                    starting.subtract(lost),
                    starting.subtract(lost),
                    lost,
                    "am-1",
                    "exec-sponsor",
                    null,
                    now)));
      }
    }
    return facts;
  }

  /**
   * Where a synthetic customer came from: one in ten without a lead (no campaign, channel, play or
   * first contact), the values drawn from the benchmark's campaigns, channels, plays, sales owners
   * and segments; the onboarding's figures only once it is onboarded.
   */
  static Lineage lineage(Random random, int index, Instant now, Lifecycle lifecycle) {
    boolean hasLead = random.nextInt(10) != 0;
    int minutes = 5 + random.nextInt(600);
    return new Lineage(
        hasLead ? "lead-" + index : null,
        hasLead ? campaign(random.nextInt(CAMPAIGNS)) : null,
        hasLead ? CHANNELS.get(random.nextInt(CHANNELS.size())) : null,
        null,
        hasLead ? PLAYS.get(random.nextInt(PLAYS.size())) : null,
        null,
        "owner-" + (1 + random.nextInt(SALES_OWNERS)),
        hasLead ? now.minusSeconds(86_400L * (30 + random.nextInt(CLOSE_DAYS))) : null,
        null,
        hasLead ? minutes : null,
        hasLead ? minutes <= 240 : null,
        null,
        random.nextInt(5) == 0 ? 1 : 0,
        null,
        null,
        null,
        SEGMENTS.get(random.nextInt(SEGMENTS.size())),
        lifecycle == Lifecycle.ONBOARDING ? null : 10 + random.nextInt(80),
        lifecycle == Lifecycle.ONBOARDING ? null : random.nextInt(4) == 0,
        random.nextInt(3));
  }

  /** The facts as {@code RevenueReadModel} keeps them. */
  static final class HeldFacts implements RevenueFacts {

    private final ConcurrentHashMap<String, CustomerFacts> customers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<SavePlayFacts>> savePlaysByCustomer =
        new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, SavePlayFacts> savePlayById = new ConcurrentHashMap<>();
    private int savePlays;

    void take(CustomerFacts facts) {
      customers.put(facts.customerId(), facts);
    }

    void take(SavePlayFacts facts) {
      savePlayById.put(facts.interventionId(), facts);
      savePlaysByCustomer.merge(
          facts.customerId(),
          List.of(facts),
          (known, added) -> {
            List<SavePlayFacts> both = new ArrayList<>(known);
            both.addAll(added);
            return List.copyOf(both);
          });
      savePlays++;
    }

    @Override
    public Iterable<CustomerFacts> customers() {
      return customers.values();
    }

    @Override
    public List<SavePlayFacts> savePlaysOf(String customerId) {
      return savePlaysByCustomer.getOrDefault(customerId, List.of());
    }
  }
}

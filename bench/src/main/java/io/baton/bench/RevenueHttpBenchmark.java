package io.baton.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.baton.bench.ClosedLoopLoad.Call;
import io.baton.bench.ClosedLoopLoad.LoadResult;
import io.baton.local.SuiteClient;
import io.baton.retention.revenue.domain.Dimension;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * The revenue answers as their users get them: over HTTP from retention-service, with {@code
 * revenueHttpCustomers} customers (100,000) and {@code revenueHttpSignals} signals (1,000,000) in
 * its database. Per JVM profile, a local suite of its own starts on an empty database (so
 * retention-service creates its indexes as in production) and retention-service is restarted on it
 * alone, as the baseline; then it is stopped, its database seeded in bulk ({@link RevenueSeed}) and
 * it is started again on that data, as a deployment restarts on its data: the time to ready, the
 * read model's first load (as retention logs it) and the time until the first answer, and its heap
 * after GC and resident memory, next to the baseline's. Then every answer a cs-leader or admin asks
 * for (accountability by each dimension, churn predictors, a drill-down's first and last page,
 * accountability as CSV), each on its own, from {@code revenueHttpCallers} callers in a closed
 * loop, first through the gateway and then directly at retention-service, each after an untimed
 * warm-up: the gateway's share is the difference. Last, all the answers in turn through the gateway
 * while signals are posted through the gateway at a steady rate, each changing a customer, so the
 * read model takes in writes and refreshes as it answers (the refreshes as retention logs them).
 * Callers sign in as admins, as the other benchmarks do, each with a few users in turn (the gateway
 * limits every user's rate, a person's and not a load driver's). What the embedded MongoDB costs
 * where a MongoDB would not ({@link StandIn}), and the collector's pauses of the benchmark's JVM,
 * which holds both the load driver and the embedded MongoDB ({@link GcPauses}), are reported beside
 * the answers.
 */
final class RevenueHttpBenchmark {

  private static final double AIM_P95_MILLIS = 300;

  private static final String SERVICE = "retention-service";
  private static final int PAGE_SIZE = 50;
  private static final String CAMPAIGN = RevenueBenchmark.campaign(0);
  private static final int USERS_PER_CALLER = 4;
  private static final Duration FIRST_ANSWER_TIMEOUT = Duration.ofMinutes(5);

  /**
   * The benchmark's heap the embedded MongoDB's cached pages take per customer with its signals and
   * save plays (measured: 770 MiB for 10,000 customers and 100,000 signals, all cached), and what
   * the benchmark needs besides.
   */
  private static final long HEAP_PER_CUSTOMER = 80L << 10;

  private static final long HEAP_BESIDES = 1L << 30;
  private static final Pattern FIRST_LOAD =
      Pattern.compile(
          "Revenue figures loaded in (\\S+): (\\d+) customers, (\\d+) ended save plays");
  private static final Pattern REFRESHED =
      Pattern.compile(
          "Revenue figures refreshed in (\\S+): (\\d+) customers and (\\d+) save plays changed");

  /**
   * retention-service as the benchmark starts it: logging each refresh of the read model (not only
   * the first load), and giving the embedded MongoDB 10 s (not 2 s) to answer its driver's
   * heartbeat, which the driver reads with its connect timeout: the embedded MongoDB answers it on
   * the same thread as a scan of a second or more, which a MongoDB would answer from an index.
   */
  private static final Map<String, String> RETENTION_SETTINGS =
      Map.of(
          "logging.level.io.baton.retention.revenue.adapter.in.schedule.RevenueSchedule",
          "DEBUG",
          "baton.mongo.connect-timeout",
          "PT10S");

  private final BenchSettings settings;
  private final Path projectRoot;
  private final Path workDir;
  private final List<JvmProfile> profiles;

  RevenueHttpBenchmark(
      BenchSettings settings, Path projectRoot, Path workDir, List<JvmProfile> profiles) {
    this.settings = settings;
    this.projectRoot = projectRoot;
    this.workDir = workDir;
    this.profiles = profiles;
  }

  List<Table> run() throws InterruptedException {
    long needed = HEAP_BESIDES + HEAP_PER_CUSTOMER * settings.revenueHttpCustomers();
    if (Runtime.getRuntime().maxMemory() < needed) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "The embedded MongoDB keeps %,d customers in this JVM's heap: it needs about %d GiB,"
                  + " it has %.1f GiB. Run ./baton bench -Xmx%dg -XX:+UseZGC"
                  + " -Dbench.only=revenue-http ...",
              settings.revenueHttpCustomers(),
              (needed >> 30) + 1,
              Runtime.getRuntime().maxMemory() / (double) (1L << 30),
              (needed >> 30) + 2));
    }
    PerProfile<Measured> measured =
        PerProfile.measure("Revenue answers over HTTP", profiles, this::measure);
    List<Table> tables = new ArrayList<>();
    tables.add(startTable(measured));
    for (JvmProfile profile : measured.profiles()) {
      measured
          .result(profile)
          .ifPresent(
              result -> {
                tables.add(answersTable(profile, result));
                tables.add(trickleTable(profile, result));
              });
    }
    return tables;
  }

  private Measured measure(JvmProfile profile) throws Exception {
    String dataName = "revenue-http-data-" + profile.id();
    try (SuiteUnderTest suite =
        SuiteUnderTest.start(
            projectRoot, workDir, dataName, profile, settings.revenueHttpMongoCache())) {
      suite.stop(SERVICE);
      long emptyLaunched = System.nanoTime();
      suite.start(SERVICE, RETENTION_SETTINGS);
      Duration emptyReady = Duration.ofNanos(System.nanoTime() - emptyLaunched);
      Optional<Double> emptyStart = suite.reportedStartSeconds(SERVICE);
      ProcessHandle emptyProcess = suite.process(SERVICE).orElseThrow();
      long emptyHeap = EngineHeap.usedAfterFullGc(emptyProcess);
      long emptyResident = Memory.residentMegabytes(emptyProcess);
      suite.stop(SERVICE);

      System.out.printf(
          Locale.ROOT,
          "[bench] seeding %,d customers and %,d signals...%n",
          settings.revenueHttpCustomers(),
          settings.revenueHttpSignals());
      long heapBeforeSeeding = Memory.heapBytesAfterGc();
      CpuNoise seedingStarted = CpuNoise.sample();
      RevenueSeed.Seeded seeded =
          RevenueSeed.seed(
              suite.mongoUri(SERVICE),
              settings.revenueHttpCustomers(),
              settings.revenueHttpSignals(),
              Instant.now());
      String seedingLoad = CpuNoise.sample().otherLoadSince(seedingStarted);
      long databaseBytes = Directories.treeSize(workDir.resolve(dataName).resolve("mongo"));
      Duration coldRead = StandIn.readEveryCustomer(suite.mongoUri(SERVICE));
      // collected now, the benchmark's heap does not compete with retention-service's start
      long standInHeap = Memory.heapBytesAfterGc() - heapBeforeSeeding;
      System.out.printf(
          Locale.ROOT, "[bench] seeded in %.1f s%n", seeded.took().toMillis() / 1000.0);

      CpuNoise startStarted = CpuNoise.sample();
      long launched = System.nanoTime();
      suite.start(SERVICE, RETENTION_SETTINGS);
      Duration ready = Duration.ofNanos(System.nanoTime() - launched);
      SuiteClient admin = suite.http("bench-revenue-check");
      JsonNode firstAnswer = firstAnswer(admin.at(suite.retentionService()));
      Duration firstAnswerAfter = Duration.ofNanos(System.nanoTime() - launched);
      FirstLoad firstLoad = firstLoad(suite.log(SERVICE));
      String startLoad = CpuNoise.sample().otherLoadSince(startStarted);
      ProcessHandle process = suite.process(SERVICE).orElseThrow();
      long loadedHeap = EngineHeap.usedAfterFullGc(process);
      long loadedResident = Memory.residentMegabytes(process);
      Start start =
          new Start(
              emptyStart,
              emptyReady,
              emptyHeap,
              emptyResident,
              suite.reportedStartSeconds(SERVICE),
              ready,
              firstLoad,
              firstAnswerAfter,
              firstAnswer.path("total").path("figures").path("arrWon").path("n").asLong(-1),
              loadedHeap,
              loadedResident);

      StandIn standIn = StandIn.measure(suite.mongoUri(SERVICE));
      List<Answer> answers = answers(admin.at(suite.retentionService()));
      long answersLogFrom = Files.size(suite.log(SERVICE));
      CpuNoise answersStarted = CpuNoise.sample();
      List<Measurement> measurements = new ArrayList<>();
      String answersPauses;
      try (GcPauses pauses = GcPauses.count()) {
        System.out.println("[bench] every answer in turn, both ways, untimed...");
        warmUp(suite, answers);
        for (Answer answer : answers) {
          System.out.println("[bench] " + answer.name() + "...");
          LoadResult<Void> gateway = load(suite, suite.gateway(), answer);
          LoadResult<Void> direct = load(suite, suite.retentionService(), answer);
          measurements.add(new Measurement(answer, gateway, direct));
        }
        answersPauses = pauses.summary();
      }
      String answersLoad = CpuNoise.sample().otherLoadSince(answersStarted);
      List<Refresh> answersRefreshes = refreshes(suite.log(SERVICE), answersLogFrom);

      System.out.println("[bench] the answers under a trickle of writes...");
      CpuNoise trickleStarted = CpuNoise.sample();
      Trickle trickle;
      String tricklePauses;
      try (GcPauses pauses = GcPauses.count()) {
        trickle = underTrickle(suite, answers, seeded.customers());
        tricklePauses = pauses.summary();
      }
      String trickleLoad = CpuNoise.sample().otherLoadSince(trickleStarted);
      return new Measured(
          seeded,
          databaseBytes,
          coldRead,
          standInHeap,
          start,
          standIn,
          measurements,
          answersRefreshes,
          trickle,
          EngineHeap.usedAfterFullGc(process),
          Memory.residentMegabytes(process),
          new OtherLoad(seedingLoad, startLoad, answersLoad, trickleLoad),
          answersPauses,
          tricklePauses);
    }
  }

  /**
   * Asks directly for accountability by campaign until retention-service answers 200 (it answers
   * 503 while the first load runs, or not within the client's time limit when busy), and returns
   * that answer.
   */
  private static JsonNode firstAnswer(SuiteClient retention) throws Exception {
    long deadline = System.nanoTime() + FIRST_ANSWER_TIMEOUT.toNanos();
    String path = "/api/revenue/accountability?dimension=" + Dimension.CAMPAIGN.code();
    while (true) {
      try {
        HttpResponse<String> response = retention.get(path);
        if (response.statusCode() == 200) {
          return SuiteClient.json(response);
        }
        if (System.nanoTime() > deadline) {
          SuiteClient.expect(200, response);
        }
      } catch (HttpTimeoutException slow) {
        if (System.nanoTime() > deadline) {
          throw slow;
        }
      }
      Thread.sleep(100);
    }
  }

  /** The read model's first load as retention-service logged it (after its first answer). */
  private static FirstLoad firstLoad(Path log) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      Matcher loaded = FIRST_LOAD.matcher(Files.readString(log));
      if (loaded.find()) {
        return new FirstLoad(
            Duration.parse(loaded.group(1)),
            Long.parseLong(loaded.group(2)),
            Long.parseLong(loaded.group(3)));
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(log + " says nothing of the revenue figures' first load");
      }
      Thread.sleep(200);
    }
  }

  /**
   * Every answer measured: accountability by each dimension, the churn predictors, the first and
   * the last page of one campaign's customers, and accountability as CSV; each checked once.
   */
  private static List<Answer> answers(SuiteClient retention) throws Exception {
    List<Answer> answers = new ArrayList<>();
    for (Dimension dimension : Dimension.values()) {
      answers.add(Answer.json("/api/revenue/accountability?dimension=" + dimension.code()));
    }
    answers.add(Answer.json("/api/revenue/churn-predictors"));
    String customers =
        "/api/revenue/customers?dimension="
            + Dimension.CAMPAIGN.code()
            + "&value="
            + CAMPAIGN
            + "&size="
            + PAGE_SIZE
            + "&page=";
    long total =
        SuiteClient.json(SuiteClient.expect(200, retention.get(customers + 0)))
            .path("totalCustomers")
            .asLong();
    answers.add(Answer.json(customers + 0));
    answers.add(Answer.json(customers + Math.max(0, (total - 1) / PAGE_SIZE)));
    answers.add(
        Answer.csv("/api/revenue/accountability?dimension=" + Dimension.CLOSE_MONTH.code()));
    for (Answer answer : answers) {
      answer.call(retention);
    }
    return answers;
  }

  /**
   * Every answer in turn, through the gateway and directly by turns, untimed, for {@code
   * revenueHttpWarmUp} per answer: the first answer measured finds retention-service and the
   * gateway compiled as the last one does.
   */
  private void warmUp(SuiteUnderTest suite, List<Answer> answers) throws Exception {
    ClosedLoopLoad.run(
        settings.revenueHttpCallers(),
        settings.revenueHttpWarmUp().multipliedBy(answers.size()),
        Duration.ZERO,
        worker -> {
          List<SuiteClient> gateway = users(suite, worker, suite.gateway());
          List<SuiteClient> direct = users(suite, worker, suite.retentionService());
          AtomicInteger turn = new AtomicInteger(worker);
          return () -> {
            int next = turn.getAndIncrement();
            List<SuiteClient> way = next % 2 == 0 ? gateway : direct;
            answers.get(next / 2 % answers.size()).call(way.get(next % way.size()));
            return null;
          };
        });
  }

  /** One answer asked for by the callers in a closed loop, at {@code base}. */
  private LoadResult<Void> load(SuiteUnderTest suite, URI base, Answer answer) throws Exception {
    return ClosedLoopLoad.run(
        settings.revenueHttpCallers(),
        settings.revenueHttpWarmUp(),
        settings.revenueHttpWindow(),
        worker -> {
          List<SuiteClient> users = users(suite, worker, base);
          AtomicInteger turn = new AtomicInteger();
          return () -> {
            answer.call(users.get(turn.getAndIncrement() % users.size()));
            return null;
          };
        });
  }

  /** The users one caller takes in turn. */
  private static List<SuiteClient> users(SuiteUnderTest suite, int caller, URI base)
      throws IOException, InterruptedException {
    List<SuiteClient> users = new ArrayList<>();
    for (int user = 0; user < USERS_PER_CALLER; user++) {
      users.add(suite.http("bench-revenue-" + caller + "-" + user).at(base));
    }
    return users;
  }

  /**
   * All the answers in turn through the gateway while a signal is posted through it every {@code
   * revenueHttpTrickleEvery}, to customers spread over all of them; with the refreshes
   * retention-service logged meanwhile.
   */
  private Trickle underTrickle(SuiteUnderTest suite, List<Answer> answers, int customers)
      throws Exception {
    SuiteClient writer = suite.http("bench-revenue-writer").at(suite.gateway());
    AtomicLong posted = new AtomicLong();
    String run = Long.toString(System.currentTimeMillis(), 36);
    Call<Void> post =
        () -> {
          long number = posted.incrementAndGet();
          String customer = RevenueBenchmark.customerId((int) (number * 7_919 % customers));
          SuiteClient.expect(
              201,
              writer.post(
                  "/api/customers/" + customer + "/signals",
                  Map.of(
                      "signalId",
                      "trickle-" + run + "-" + number,
                      "type",
                      "product-usage",
                      "occurredAt",
                      Instant.now().minusSeconds(1).toString(),
                      "value",
                      0.2 + (number % 7) / 10.0)));
          return null;
        };
    long logFrom = Files.size(suite.log(SERVICE));
    CompletableFuture<LoadResult<Void>> writes =
        CompletableFuture.supplyAsync(
            () ->
                OpenLoopLoad.run(
                    1e9 / settings.revenueHttpTrickleEvery().toNanos(),
                    settings.revenueHttpWarmUp(),
                    settings.revenueHttpTrickleWindow(),
                    List.of(post)));
    LoadResult<Timed> reads =
        ClosedLoopLoad.run(
            settings.revenueHttpCallers(),
            settings.revenueHttpWarmUp(),
            settings.revenueHttpTrickleWindow(),
            worker -> {
              List<SuiteClient> users = users(suite, worker, suite.gateway());
              AtomicInteger turn = new AtomicInteger(worker);
              return () -> {
                int next = turn.getAndIncrement();
                Answer answer = answers.get(next % answers.size());
                long started = System.nanoTime();
                answer.call(users.get(next % users.size()));
                return new Timed(answer.name(), System.nanoTime() - started);
              };
            });
    LoadResult<Void> written;
    try {
      written = writes.join();
    } catch (CompletionException e) {
      throw new IllegalStateException("The trickle of signals failed", e.getCause());
    }
    Map<String, LatencyRecorder> byAnswer = new LinkedHashMap<>();
    answers.forEach(answer -> byAnswer.put(answer.name(), new LatencyRecorder()));
    reads.samples().forEach(timed -> byAnswer.get(timed.answer()).record(timed.nanos()));
    return new Trickle(
        byAnswer.entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey,
                    entry -> entry.getValue().percentiles(),
                    (a, b) -> a,
                    LinkedHashMap::new)),
        reads,
        written,
        refreshes(suite.log(SERVICE), logFrom));
  }

  /** The refreshes retention-service logged from {@code offset} of its log on. */
  private static List<Refresh> refreshes(Path log, long offset) throws IOException {
    String logged;
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      byte[] bytes = new byte[(int) Math.max(0, file.length() - offset)];
      file.seek(offset);
      file.readFully(bytes);
      logged = new String(bytes, StandardCharsets.UTF_8);
    }
    List<Refresh> refreshes = new ArrayList<>();
    Matcher refreshed = REFRESHED.matcher(logged);
    while (refreshed.find()) {
      refreshes.add(
          new Refresh(
              Duration.parse(refreshed.group(1)),
              Long.parseLong(refreshed.group(2)),
              Long.parseLong(refreshed.group(3))));
    }
    return refreshes;
  }

  private Table startTable(PerProfile<Measured> measured) {
    List<String> columns = new ArrayList<>(List.of("figure"));
    columns.addAll(List.of(measured.columns()));
    Table table =
        Table.of(
            "Revenue answers over HTTP: seeding, start and memory",
            String.format(
                Locale.ROOT,
                "retention-service's database seeded in bulk with %,d customers, %,d signals and"
                    + " their ended save plays (RevenueSeed: retention's own document classes, written"
                    + " with insertMany in batches of %d customers into the local suite's embedded"
                    + " MongoDB, which runs in the benchmark's JVM), then retention-service started on"
                    + " it with each profile's JVM options.",
                settings.revenueHttpCustomers(),
                settings.revenueHttpSignals(),
                RevenueSeed.BATCH),
            columns.toArray(String[]::new));
    table.row(
        measured.row(
            m ->
                String.format(
                    Locale.ROOT,
                    "%,d / %,d / %,d",
                    m.seeded().customers(),
                    m.seeded().signals(),
                    m.seeded().savePlays()),
            "seeded: customers / signals / ended save plays"));
    table.row(measured.row(m -> seconds(m.seeded().took()), "seeding took (s), all told"));
    table.row(
        measured.row(
            m ->
                rateOf(m.seeded().customers(), m.seeded().customerWrites())
                    + " / "
                    + rateOf(m.seeded().signals(), m.seeded().signalWrites())
                    + " / "
                    + rateOf(m.seeded().savePlays(), m.seeded().savePlayWrites()),
            "bulk writes: customers / signals / save plays per second (conversion to BSON included)"));
    table.row(
        measured.row(
            m -> Figures.mib(m.databaseBytes()),
            "embedded MongoDB's data file after seeding (MiB)"));
    table.row(
        measured.row(
            m -> seconds(m.coldRead()),
            "embedded MongoDB's first read of every customer after seeding, from its file (s)"));
    table.row(
        measured.row(
            m -> Figures.mib(m.standInHeap()),
            "embedded MongoDB's data held on the benchmark's heap, after GC (MiB)"));
    table.row(
        measured.row(
            m ->
                m.start().emptyStart().map(RevenueHttpBenchmark::secondsOf).orElse("-")
                    + " ("
                    + seconds(m.start().emptyReady())
                    + " until /readyz answered)",
            "retention-service restart to ready, empty database (s, as Spring Boot logs it)"));
    table.row(
        measured.row(
            m ->
                m.start().loadedStart().map(RevenueHttpBenchmark::secondsOf).orElse("-")
                    + " ("
                    + seconds(m.start().ready())
                    + " until /readyz answered)",
            "**retention-service restart to ready with the data** (s, as Spring Boot logs it)"));
    table.row(
        measured.row(
            m ->
                String.format(
                    Locale.ROOT,
                    "**%s** (%,d customers, %,d ended save plays)",
                    seconds(m.start().firstLoad().took()),
                    m.start().firstLoad().customers(),
                    m.start().firstLoad().savePlays()),
            "read model's first load, as retention-service logs it (s)"));
    table.row(
        measured.row(
            m -> "**" + seconds(m.start().firstAnswer()) + "**",
            "launch to the first revenue answer (s)"));
    table.row(
        measured.row(
            m ->
                Figures.mib(m.start().emptyHeap())
                    + " / **"
                    + Figures.mib(m.start().loadedHeap())
                    + "** / "
                    + Figures.mib(m.heapAfter()),
            "retention-service heap after GC: empty / loaded / after the load below (MiB)"));
    table.row(
        measured.row(
            m ->
                m.start().emptyResident()
                    + " / **"
                    + m.start().loadedResident()
                    + "** / "
                    + m.residentAfter(),
            "retention-service RSS: empty / loaded / after the load below (MiB)"));
    table.row(
        measured.row(
            m ->
                m.start().answeredInPeriod() == m.seeded().customersInPeriod()
                    ? String.format(Locale.ROOT, "%,d, as seeded", m.start().answeredInPeriod())
                    : String.format(
                        Locale.ROOT,
                        "**%,d, but %,d seeded**",
                        m.start().answeredInPeriod(),
                        m.seeded().customersInPeriod()),
            "customers the first answer counts in the default period"));
    table.row(
        measured.row(
            m ->
                m.standIn().byId()
                    + " / "
                    + m.standIn().save()
                    + " / "
                    + m.standIn().refresh()
                    + " / "
                    + m.standIn().markApplied()
                    + " / "
                    + m.standIn().everyCustomer(),
            "embedded MongoDB per query, warm (ms, median of 5): customer by id / a save's {_id,"
                + " version} / a refresh's updatedAt ≥ / a signal's {_id, appliedAt: null} / every"
                + " customer, as the first load reads them"));
    table.row(
        measured.row(
            m ->
                m.otherLoad().seeding()
                    + " / "
                    + m.otherLoad().start()
                    + " / "
                    + m.otherLoad().answers()
                    + " / "
                    + m.otherLoad().trickle(),
            "other processes' CPU: seeding / start / answers / trickle"));
    measured.noteFailures(table);
    profiles.stream()
        .map(measured::result)
        .flatMap(Optional::stream)
        .findFirst()
        .ifPresent(
            m ->
                table.note(
                    "Seeded: "
                        + counts(m.seeded().lifecycles())
                        + "; health "
                        + counts(m.seeded().bands())
                        + "; ended save plays "
                        + counts(m.seeded().outcomes())
                        + "; ARR changes "
                        + counts(m.seeded().arrChanges())
                        + "; default period "
                        + m.seeded().period().from()
                        + " to "
                        + m.seeded().period().to()
                        + "."));
    return table
        .note(
            "Each restart is retention-service's alone, the rest of the suite running: first on"
                + " the empty database the suite started with, then on the seeded one, which the"
                + " embedded MongoDB had read once since the seeding (a database that kept running"
                + " while retention-service restarted). retention-service runs with"
                + " baton.mongo.connect-timeout=PT10S (2 s by default): its driver reads the"
                + " heartbeat with that time limit, and the embedded MongoDB answers it only after"
                + " the scan it is busy with. Heap after GC: two full collections (jcmd GC.run),"
                + " then the heap in use (jstat).")
        .note(
            String.format(
                Locale.ROOT,
                "The embedded MongoDB's page cache: %,d MiB as H2 counts them"
                    + " (-Dbench.revenueHttpMongoCache), in a benchmark JVM of %.1f GiB of heap at"
                    + " most; with H2's default of 16 MiB every scan reads and deserializes the"
                    + " customers from the file again.",
                settings.revenueHttpMongoCache(),
                Runtime.getRuntime().maxMemory() / (double) (1L << 30)))
        .note(
            "The embedded MongoDB (mongo-java-server 1.47, H2 backend) stands in for MongoDB here"
                + " and costs what a MongoDB would not: it keeps unique indexes only (retention's"
                + " others, customers' and interventions' updatedAt among them, are accepted and"
                + " ignored), and it uses the _id index only for a query on _id alone; any other"
                + " query scans the whole collection, holding the collection's lock meanwhile. So a"
                + " refresh of the read model, every save of a customer (its version checked) and"
                + " every signal marked applied scan the customers or the signals; the row above"
                + " times each of those queries on the seeded data, sent by the driver as"
                + " retention sends them. It runs in the benchmark's JVM, next to the load driver,"
                + " on the same 2 cores as the suite.");
  }

  private Table answersTable(JvmProfile profile, Measured measured) {
    Table table =
        Table.of(
            "Revenue answers over HTTP (" + profile.title() + ")",
            String.format(
                Locale.ROOT,
                "Each answer on its own, %d callers in a closed loop (Java HttpClient, keep-alive),"
                    + " signed in as admins, after every answer was asked for in turn both ways for"
                    + " %d s: %d s untimed then %d s measured through the gateway, then the same"
                    + " directly at retention-service. %,d customers and %,d signals"
                    + " in the database; default period (the 12 months up to today), every row.",
                settings.revenueHttpCallers(),
                settings
                    .revenueHttpWarmUp()
                    .multipliedBy(measured.measurements().size())
                    .toSeconds(),
                settings.revenueHttpWarmUp().toSeconds(),
                settings.revenueHttpWindow().toSeconds(),
                measured.seeded().customers(),
                measured.seeded().signals()),
            "answer",
            "way",
            "p50 (ms)",
            "p95 (ms)",
            "p99 (ms)",
            "max (ms)",
            "answers/s",
            "errors",
            "p95 ≤ 300 ms");
    for (Measurement measurement : measured.measurements()) {
      row(table, measurement.answer().name(), "gateway", measurement.gateway());
      row(table, "", "direct", measurement.direct());
    }
    long gatewayMet =
        measured.measurements().stream().filter(m -> met(m.gateway().latency())).count();
    long directMet =
        measured.measurements().stream().filter(m -> met(m.direct().latency())).count();
    return table
        .note(
            String.format(
                Locale.ROOT,
                "p95 ≤ 300 ms holds for %d of %d answers through the gateway and %d of %d directly.",
                gatewayMet,
                measured.measurements().size(),
                directMet,
                measured.measurements().size()))
        .note(
            "The drill-down's pages are those of `"
                + CAMPAIGN
                + "`, 50 customers each: the first, and the last (its customers chosen and sorted"
                + " from the read model, then read from MongoDB by id).")
        .note(
            "The gateway's share of an answer's latency is its gateway p50 less its direct p50"
                + " (token check, rate limiter, routing, circuit breaker and a second hop).")
        .note(
            "Meanwhile (no writes) "
                + refreshSummary(measured.answersRefreshes())
                + ": a refresh holds the embedded MongoDB's customers for its scan, so a"
                + " drill-down's read of its page waits for it when they meet.")
        .note(
            "The benchmark's JVM (the load driver, with the embedded MongoDB) during these"
                + " measurements, warm-ups included: "
                + measured.answersPauses()
                + " of garbage collection; a call in flight during a pause is that much slower.")
        .note(
            "Other processes used "
                + measured.otherLoad().answers()
                + " of the machine's CPU meanwhile.");
  }

  private Table trickleTable(JvmProfile profile, Measured measured) {
    Trickle trickle = measured.trickle();
    Table table =
        Table.of(
            "Revenue answers while the read model takes in writes (" + profile.title() + ")",
            String.format(
                Locale.ROOT,
                "All the answers above in turn through the gateway, %d callers in a closed loop,"
                    + " %d s untimed then %d s measured, while a signal is posted through the"
                    + " gateway every %s s (an open loop as admin, each to another customer): each"
                    + " signal changes its customer's health and so the customer, which reaches the"
                    + " read model at once (retention's own write) and again with the refresh every"
                    + " 15 s (baton.revenue.refresh).",
                settings.revenueHttpCallers(),
                settings.revenueHttpWarmUp().toSeconds(),
                settings.revenueHttpTrickleWindow().toSeconds(),
                seconds(settings.revenueHttpTrickleEvery())),
            "answer",
            "p50 (ms)",
            "p95 (ms)",
            "p99 (ms)",
            "max (ms)",
            "calls",
            "p95 ≤ 300 ms");
    trickle
        .byAnswer()
        .forEach(
            (answer, latency) ->
                table.row(
                    "`" + answer + "`",
                    latency.p50(),
                    latency.p95(),
                    latency.p99(),
                    latency.max(),
                    latency.count(),
                    verdict(latency)));
    Percentiles all = trickle.reads().latency();
    table.row(
        "**every answer**", all.p50(), all.p95(), all.p99(), all.max(), all.count(), verdict(all));
    LoadResult<Void> written = trickle.written();
    return table
        .note(
            String.format(
                Locale.ROOT,
                "Signals posted in the window: %,d (%.1f a second), p50 %s ms, p99 %s ms; errors: %s."
                    + " Errors of the answers: %s.",
                written.completed(),
                written.perSecond(),
                written.latency().p50(),
                written.latency().p99(),
                written.errorSummary(),
                trickle.reads().errorSummary()))
        .note(
            "Meanwhile (warm-up included) "
                + refreshSummary(trickle.refreshes())
                + ". A refresh asks MongoDB for the customers and save plays stored since its"
                + " previous look (less a minute); the embedded MongoDB scans every customer for"
                + " it. Each signal costs the embedded MongoDB a scan of the signals (marked"
                + " applied) and one of the customers (its customer saved): see the queries' costs"
                + " above.")
        .note(
            "The benchmark's JVM (the load driver, with the embedded MongoDB) during this"
                + " measurement, warm-up included: "
                + measured.tricklePauses()
                + " of garbage collection.")
        .note(
            "Other processes used "
                + measured.otherLoad().trickle()
                + " of the machine's CPU meanwhile.");
  }

  /**
   * E.g. "retention-service logged 4 refreshes of the read model, 0.3 to 1.0 s (median 0.5 s), each
   * taking in 0 to 21 customers".
   */
  private static String refreshSummary(List<Refresh> refreshes) {
    if (refreshes.isEmpty()) {
      return "retention-service logged no refresh of the read model";
    }
    List<Duration> took = refreshes.stream().map(Refresh::took).sorted().toList();
    LongSummaryStatistics customers =
        refreshes.stream().mapToLong(Refresh::customers).summaryStatistics();
    return String.format(
        Locale.ROOT,
        "retention-service logged %d refreshes of the read model, %s to %s s (median %s s), each"
            + " taking in %,d to %,d customers",
        refreshes.size(),
        seconds(took.getFirst()),
        seconds(took.getLast()),
        seconds(took.get(took.size() / 2)),
        customers.getMin(),
        customers.getMax());
  }

  private static void row(Table table, String answer, String way, LoadResult<Void> result) {
    Percentiles latency = result.latency();
    table.row(
        answer.isEmpty() ? "" : "`" + answer + "`",
        way,
        latency.p50(),
        latency.p95(),
        latency.p99(),
        latency.max(),
        Figures.rate(result.perSecond()),
        result.errorSummary(),
        verdict(latency));
  }

  private static boolean met(Percentiles latency) {
    return latency.count() > 0 && latency.p95Millis() <= AIM_P95_MILLIS;
  }

  private static String verdict(Percentiles latency) {
    if (latency.count() == 0) {
      return "**no answer**";
    }
    return met(latency) ? "met" : "**missed**";
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
  }

  private static String secondsOf(double seconds) {
    return String.format(Locale.ROOT, "%.1f", seconds);
  }

  private static String rateOf(long count, Duration took) {
    return took.isZero() ? "-" : Figures.rate(count / (took.toNanos() / 1e9));
  }

  private static <K extends Enum<K>> String counts(Map<K, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            entry ->
                entry.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + " "
                    + String.format(Locale.ROOT, "%,d", entry.getValue()))
        .collect(Collectors.joining(", "));
  }

  /** One answer: its request, and what it must answer. */
  private record Answer(String path, String mediaType) {

    static Answer json(String path) {
      return new Answer(path, null);
    }

    static Answer csv(String path) {
      return new Answer(path, "text/csv");
    }

    /** The path without {@code /api/revenue/}, and "as CSV" for CSV. */
    String name() {
      String name = path.substring("/api/revenue/".length());
      return mediaType == null ? name : name + " as CSV";
    }

    /** Asks for the answer; fails unless it is 200 in the media type asked for. */
    void call(SuiteClient user) throws IOException, InterruptedException {
      if (mediaType == null) {
        SuiteClient.expect(200, user.get(path));
        return;
      }
      HttpResponse<String> response = SuiteClient.expect(200, user.get(path, mediaType));
      if (!response.headers().firstValue("Content-Type").orElse("").startsWith(mediaType)) {
        throw new IllegalStateException(
            "GET " + path + " answered " + response.headers().firstValue("Content-Type"));
      }
    }
  }

  /** One answer's sample under the trickle: which answer, and how long it took. */
  private record Timed(String answer, long nanos) {}

  /** The read model's first load: how long, how many customers and ended save plays. */
  private record FirstLoad(Duration took, long customers, long savePlays) {}

  /** One refresh of the read model: how long, how many customers and save plays it took in. */
  private record Refresh(Duration took, long customers, long savePlays) {}

  /** retention-service's start, empty and on the seeded data, and its memory. */
  private record Start(
      Optional<Double> emptyStart,
      Duration emptyReady,
      long emptyHeap,
      long emptyResident,
      Optional<Double> loadedStart,
      Duration ready,
      FirstLoad firstLoad,
      Duration firstAnswer,
      long answeredInPeriod,
      long loadedHeap,
      long loadedResident) {}

  /** One answer through the gateway and directly. */
  private record Measurement(Answer answer, LoadResult<Void> gateway, LoadResult<Void> direct) {}

  /** The answers under a trickle of writes: per answer, all of them, the writes, the refreshes. */
  private record Trickle(
      Map<String, Percentiles> byAnswer,
      LoadResult<Timed> reads,
      LoadResult<Void> written,
      List<Refresh> refreshes) {}

  /** How much of the CPU other processes used in each phase. */
  private record OtherLoad(String seeding, String start, String answers, String trickle) {}

  /**
   * What the queries retention sends cost the embedded MongoDB on the seeded data, in ms (median of
   * five after two untimed): a customer by id; a save's query, by id and version; a refresh's, by
   * updatedAt; marking a signal applied, by id and a missing appliedAt; and every customer, a few
   * fields of each in batches of 1,000, as the first load reads them. Sent with the driver, as
   * Spring Data sends them; the second to fourth match nothing, so nothing changes.
   */
  private record StandIn(
      String byId, String save, String refresh, String markApplied, String everyCustomer) {

    static StandIn measure(String mongoUri) {
      try (MongoClient client = MongoClients.create(mongoUri)) {
        MongoDatabase database = client.getDatabase(new ConnectionString(mongoUri).getDatabase());
        MongoCollection<Document> customers = database.getCollection("customers");
        MongoCollection<Document> signals = database.getCollection("signals");
        String customer = RevenueBenchmark.customerId(0);
        return new StandIn(
            median(() -> customers.find(new Document("_id", customer)).first()),
            median(
                () -> customers.find(new Document("_id", customer).append("version", -1L)).first()),
            median(
                () ->
                    customers
                        .find(new Document("updatedAt", new Document("$gte", new Date())))
                        .projection(new Document("version", 1))
                        .first()),
            median(
                () ->
                    signals
                        .find(new Document("_id", customer + "-signal-1").append("appliedAt", null))
                        .first()),
            median(() -> everyCustomer(customers)));
      }
    }

    /**
     * Reads every customer once, as the first load reads them, and says how long it took: right
     * after the seeding, the embedded MongoDB reads and deserializes them from its file; from then
     * on it holds them, as a running MongoDB holds its working set when one of its clients
     * restarts.
     */
    static Duration readEveryCustomer(String mongoUri) {
      try (MongoClient client = MongoClients.create(mongoUri)) {
        long started = System.nanoTime();
        everyCustomer(
            client
                .getDatabase(new ConnectionString(mongoUri).getDatabase())
                .getCollection("customers"));
        return Duration.ofNanos(System.nanoTime() - started);
      }
    }

    private static void everyCustomer(MongoCollection<Document> customers) {
      customers
          .find()
          .projection(new Document("version", 1).append("lineage", 1))
          .batchSize(1_000)
          .forEach(document -> {});
    }

    private static String median(Runnable query) {
      for (int untimed = 0; untimed < 2; untimed++) {
        query.run();
      }
      long[] nanos = new long[5];
      for (int timed = 0; timed < nanos.length; timed++) {
        long started = System.nanoTime();
        query.run();
        nanos[timed] = System.nanoTime() - started;
      }
      return Percentiles.of(nanos).p50();
    }
  }

  /** One profile's figures. */
  private record Measured(
      RevenueSeed.Seeded seeded,
      long databaseBytes,
      Duration coldRead,
      long standInHeap,
      Start start,
      StandIn standIn,
      List<Measurement> measurements,
      List<Refresh> answersRefreshes,
      Trickle trickle,
      long heapAfter,
      long residentAfter,
      OtherLoad otherLoad,
      String answersPauses,
      String tricklePauses) {}
}

package io.baton.bench;

import io.baton.bench.ClosedLoopLoad.Call;
import io.baton.bench.ClosedLoopLoad.LoadResult;
import io.baton.local.SuiteClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the gateway costs: the same request sent to handoff-service directly and through the
 * gateway, on a local suite of its own per JVM profile, with the load driver on a core of its own
 * ({@link CpuPinning}), so that the driver does not take the processor time of what it measures.
 * The request reads one handoff ({@code GET /api/handoffs/{dealId}}: a lookup by id in MongoDB,
 * about 1 KB of JSON), so the service does real but small work; the gateway adds token validation,
 * its rate limiter, routing, the correlation-id filter, the circuit breaker with its time limiter
 * and bulkhead, and a second HTTP hop. First saturated: a closed loop, direct and gateway
 * alternating in rounds (each with its own warm-up, so noise falls on both), gives the gateway's
 * share of direct throughput. Then at half saturation, as a system runs: an open loop at half the
 * gateway's saturated rate, direct and gateway alternating in rounds again, gives the latency the
 * gateway adds at p99. Each caller signs in as its own user (the gateway limits each caller's rate)
 * and sends the same token both ways.
 */
final class GatewayOverheadBenchmark {

  private static final String DEAL_ID = "bench-gateway-probe";
  private static final String PATH = "/api/handoffs/" + DEAL_ID;
  private static final double SHARE_AIM = 0.5;
  private static final double ADDED_P99_AIM_MILLIS = 5;

  /**
   * Half of what the gateway lets one caller send (50 a second): the open loop spreads its calls
   * over enough users.
   */
  private static final int REQUESTS_PER_USER_PER_SECOND = 25;

  private final BenchSettings settings;
  private final Path projectRoot;
  private final Path workDir;
  private final List<JvmProfile> profiles;

  GatewayOverheadBenchmark(
      BenchSettings settings, Path projectRoot, Path workDir, List<JvmProfile> profiles) {
    this.settings = settings;
    this.projectRoot = projectRoot;
    this.workDir = workDir;
    this.profiles = profiles;
  }

  Table run() throws InterruptedException {
    return table(
        PerProfile.measure(
            "Gateway share",
            profiles,
            profile -> {
              try (SuiteUnderTest suite =
                      SuiteUnderTest.start(
                          projectRoot, workDir, "gateway-data-" + profile.id(), profile);
                  CpuPinning pinning = CpuPinning.driverApart()) {
                return measure(suite, pinning);
              }
            }));
  }

  private Share measure(SuiteUnderTest suite, CpuPinning pinning) throws Exception {
    Map<String, Object> deal =
        Map.of(
            "dealId",
            DEAL_ID,
            "customerName",
            "Gateway Probe Ltd",
            "salesOwner",
            "bench",
            "arr",
            12000,
            "closeDate",
            LocalDate.now().toString());
    SuiteClient.expect(
        202,
        suite
            .http("bench")
            .at(suite.handoffService())
            .post("/api/handoffs", deal, "bench-gateway-seed"));
    CpuNoise before = CpuNoise.sample();
    List<LoadResult<Void>> direct = new ArrayList<>();
    List<LoadResult<Void>> gateway = new ArrayList<>();
    for (int round = 0; round < settings.gatewayRounds(); round++) {
      direct.add(saturate(suite, suite.handoffService()));
      gateway.add(saturate(suite, suite.gateway()));
    }
    Rounds saturatedGateway = new Rounds(gateway);
    double halfRate = saturatedGateway.perSecond() / 2;
    if (halfRate <= 0) {
      throw new IllegalStateException(
          "The gateway answered no request when saturated: " + saturatedGateway.errors());
    }
    List<SuiteClient> users = new ArrayList<>();
    int userCount =
        Math.max(
            settings.httpConcurrency(), (int) Math.ceil(halfRate / REQUESTS_PER_USER_PER_SECOND));
    for (int user = 0; user < userCount; user++) {
      users.add(suite.http(caller(user)));
    }
    List<LoadResult<Void>> halfDirect = new ArrayList<>();
    List<LoadResult<Void>> halfGateway = new ArrayList<>();
    for (int round = 0; round < settings.gatewayRounds(); round++) {
      halfDirect.add(
          OpenLoopLoad.run(
              halfRate,
              settings.httpWarmUp(),
              settings.httpWindow(),
              gets(users, suite.handoffService())));
      halfGateway.add(
          OpenLoopLoad.run(
              halfRate,
              settings.httpWarmUp(),
              settings.httpWindow(),
              gets(users, suite.gateway())));
    }
    return new Share(
        new Rounds(direct),
        saturatedGateway,
        halfRate,
        new Rounds(halfDirect),
        new Rounds(halfGateway),
        pinning.describe(),
        CpuNoise.sample().otherLoadSince(before));
  }

  /** Requests of {@link #PATH} sent to {@code base}: handoff-service or the gateway. */
  private LoadResult<Void> saturate(SuiteUnderTest suite, URI base) throws Exception {
    return ClosedLoopLoad.run(
        settings.httpConcurrency(),
        settings.httpWarmUp(),
        settings.httpWindow(),
        worker -> get(suite.http(caller(worker)).at(base)));
  }

  private static String caller(int index) {
    return "bench-client-" + index;
  }

  private static List<Call<Void>> gets(List<SuiteClient> users, URI base) {
    return users.stream().map(user -> get(user.at(base))).toList();
  }

  private static Call<Void> get(SuiteClient user) {
    return () -> {
      SuiteClient.expect(200, user.get(PATH));
      return null;
    };
  }

  private Table table(PerProfile<Share> shares) {
    List<String> columns = new ArrayList<>(List.of("figure"));
    columns.addAll(List.of(shares.columns()));
    Table table =
        Table.of(
            "Gateway share",
            "The same GET of one handoff, sent to handoff-service directly and through the gateway, on a local suite started with "
                + "each profile's JVM options. Saturated: "
                + settings.httpConcurrency()
                + " requests in flight (closed loop, Java "
                + "HttpClient, keep-alive). Half saturation: an open loop at half the gateway's saturated rate, latency from when "
                + "each request was due.",
            columns.toArray(String[]::new));
    table.row(
        shares.row(
            share -> Figures.rate(share.direct().perSecond()),
            "direct to handoff-service, saturated: requests/s"));
    table.row(
        shares.row(
            share -> Figures.rate(share.gateway().perSecond()),
            "through the gateway, saturated: requests/s"));
    table.row(
        shares.row(
            Share::shareVerdict, "**gateway share of direct throughput** (aim: at least 50 %)"));
    table.row(
        shares.row(share -> latency(share.direct().latency()), "saturated p50 / p99 direct (ms)"));
    table.row(
        shares.row(
            share -> latency(share.gateway().latency()),
            "saturated p50 / p99 through the gateway (ms)"));
    table.row(
        shares.row(
            share -> Figures.rate(share.halfRate()),
            "half saturation: requests/s offered, both ways"));
    table.row(
        shares.row(
            share -> latency(share.halfDirect().latency()),
            "half saturation p50 / p99 direct (ms)"));
    table.row(
        shares.row(
            share -> latency(share.halfGateway().latency()),
            "half saturation p50 / p99 through the gateway (ms)"));
    table.row(
        shares.row(
            Share::addedVerdict,
            "**p99 added by the gateway at half saturation** (aim: at most 5 ms)"));
    table.row(
        shares.row(Share::errors, "errors (saturated direct / gateway, half direct / gateway)"));
    table.row(shares.row(Share::pinning, "CPU pinning"));
    table.row(shares.row(Share::otherLoad, "other processes' CPU meanwhile"));
    return shares
        .noteFailures(table)
        .note(
            String.format(
                Locale.ROOT,
                "Saturated, then at half saturation: %d round(s) of direct then gateway, each %d s warm-up + %d s measured; at half "
                    + "saturation the calls are spread over at least %d users (at most %d requests/s each: the gateway limits every caller). "
                    + "The added p99 is the gateway's p99 less the direct one at the same offered rate: below zero, the difference is noise.",
                settings.gatewayRounds(),
                settings.httpWarmUp().toSeconds(),
                settings.httpWindow().toSeconds(),
                settings.httpConcurrency(),
                REQUESTS_PER_USER_PER_SECOND))
        .note(
            "Published Spring Cloud Gateway figures on small machines: 28-41 % of direct throughput.");
  }

  private static String latency(Percentiles percentiles) {
    return percentiles.p50() + " / " + percentiles.p99();
  }

  private static String verdict(boolean met) {
    return met ? "**met**" : "**missed**";
  }

  /** One profile's figures. */
  private record Share(
      Rounds direct,
      Rounds gateway,
      double halfRate,
      Rounds halfDirect,
      Rounds halfGateway,
      String pinning,
      String otherLoad) {

    String shareVerdict() {
      double share = gateway.perSecond() / direct.perSecond();
      return String.format(Locale.ROOT, "%.0f %%, %s", 100 * share, verdict(share >= SHARE_AIM));
    }

    String addedVerdict() {
      double added = halfGateway.latency().p99Millis() - halfDirect.latency().p99Millis();
      return String.format(
          Locale.ROOT, "%.1f ms, %s", added, verdict(added <= ADDED_P99_AIM_MILLIS));
    }

    String errors() {
      return String.join(
          " / ", direct.errors(), gateway.errors(), halfDirect.errors(), halfGateway.errors());
    }
  }

  /** The rounds of one path taken together. */
  private record Rounds(List<LoadResult<Void>> results) {

    double perSecond() {
      double seconds =
          results.stream().mapToDouble(result -> result.window().toMillis() / 1000.0).sum();
      return results.stream().mapToLong(LoadResult::completed).sum() / seconds;
    }

    Percentiles latency() {
      LatencyRecorder all = new LatencyRecorder();
      results.forEach(result -> all.addAll(result.latencies()));
      return all.percentiles();
    }

    String errors() {
      long errors = results.stream().mapToLong(LoadResult::errors).sum();
      Optional<String> first =
          results.stream().map(LoadResult::firstError).filter(Objects::nonNull).findFirst();
      return errors == 0 ? "0" : errors + first.map(error -> " (first: " + error + ")").orElse("");
    }
  }
}

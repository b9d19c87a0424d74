package io.baton.bench;

import io.baton.bench.ClosedLoopLoad.LoadResult;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Throughput and latency of the same request sent to handoff-service directly and through the
 * gateway, under the same closed-loop load in the same run. The request reads one handoff ({@code
 * GET /api/handoffs/{dealId}}: a lookup by id in MongoDB, about 1 KB of JSON), so the service does
 * real but small work; the gateway adds token validation, its rate limiter, routing, the
 * correlation-id filter, the circuit breaker with its time limiter and bulkhead, and a second HTTP
 * hop. Each worker signs in as its own user (the gateway limits each caller's rate) and sends the
 * same token both ways. Direct and gateway alternate in rounds, each with its own warm-up, so
 * noise from other processes falls on both.
 */
final class GatewayOverheadBenchmark {

  private static final String DEAL_ID = "bench-gateway-probe";
  private static final String PATH = "/api/handoffs/" + DEAL_ID;

  private final SuiteUnderTest suite;
  private final BenchSettings settings;

  GatewayOverheadBenchmark(SuiteUnderTest suite, BenchSettings settings) {
    this.suite = suite;
    this.settings = settings;
  }

  Table run() throws Exception {
    Map<String, Object> deal =
        Map.of(
            "dealId", DEAL_ID,
            "customerName", "Gateway Probe Ltd",
            "salesOwner", "bench",
            "arr", 12000,
            "closeDate", LocalDate.now().toString());
    Http.expect(202, suite.http("bench").post(suite.handoffService("/api/handoffs"), deal, "bench-gateway-seed"));
    CpuNoise before = CpuNoise.sample();
    List<LoadResult<Void>> direct = new ArrayList<>();
    List<LoadResult<Void>> gateway = new ArrayList<>();
    for (int round = 0; round < settings.gatewayRounds(); round++) {
      direct.add(load(suite.handoffService(PATH)));
      gateway.add(load(suite.gateway(PATH)));
    }
    Rounds directRounds = new Rounds(direct);
    Rounds gatewayRounds = new Rounds(gateway);
    Table table =
        Table.of(
                "Gateway overhead",
                "The same GET of one handoff, sent to handoff-service directly and through the gateway, "
                    + settings.httpConcurrency() + " requests in flight (closed loop, Java HttpClient, keep-alive).",
                "path",
                "requests/s",
                "p50 (ms)",
                "p99 (ms)",
                "errors",
                "share of direct throughput")
            .row("direct to handoff-service", Figures.rate(directRounds.perSecond()), directRounds.latency().p50(),
                directRounds.latency().p99(), directRounds.errors(), "100 %")
            .row("through the gateway", Figures.rate(gatewayRounds.perSecond()), gatewayRounds.latency().p50(),
                gatewayRounds.latency().p99(), gatewayRounds.errors(),
                String.format(Locale.ROOT, "**%.0f %%**", 100 * gatewayRounds.perSecond() / directRounds.perSecond()));
    directRounds.firstError().ifPresent(error -> table.note("First error direct: " + error));
    gatewayRounds.firstError().ifPresent(error -> table.note("First error through the gateway: " + error));
    return table
        .note(String.format(Locale.ROOT,
            "%d round(s) of direct then gateway, each %d s warm-up + %d s measured; the load driver runs on the same 2 cores.",
            settings.gatewayRounds(), settings.httpWarmUp().toSeconds(), settings.httpWindow().toSeconds()))
        .note("Published Spring Cloud Gateway figures on small machines: 28-41 % of direct throughput; Baton's aim: at least 50 %.")
        .note("Other processes used " + CpuNoise.sample().otherLoadSince(before) + " of the machine's CPU meanwhile.");
  }

  private LoadResult<Void> load(URI uri) throws Exception {
    return ClosedLoopLoad.run(
        settings.httpConcurrency(),
        settings.httpWarmUp(),
        settings.httpWindow(),
        worker -> {
          Http client = suite.http("bench-client-" + worker);
          return () -> {
            Http.expect(200, client.get(uri));
            return null;
          };
        });
  }

  /** The rounds of one path taken together. */
  private record Rounds(List<LoadResult<Void>> results) {

    double perSecond() {
      double seconds = results.stream().mapToDouble(result -> result.window().toMillis() / 1000.0).sum();
      return results.stream().mapToLong(LoadResult::completed).sum() / seconds;
    }

    Percentiles latency() {
      LatencyRecorder all = new LatencyRecorder();
      results.forEach(result -> all.addAll(result.latencies()));
      return all.percentiles();
    }

    long errors() {
      return results.stream().mapToLong(LoadResult::errors).sum();
    }

    Optional<String> firstError() {
      return results.stream().map(LoadResult::firstError).filter(Objects::nonNull).findFirst();
    }
  }
}

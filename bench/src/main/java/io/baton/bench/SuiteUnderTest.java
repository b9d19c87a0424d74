package io.baton.bench;

import io.baton.local.LocalSuite;
import io.baton.local.SuiteClient;
import io.baton.local.SuiteLayout;
import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local suite ({@link LocalSuite}: embedded MongoDB in this JVM, the engine, every service and
 * the gateway as their own JVMs) started on free loopback ports with an empty data directory, as
 * {@code ./baton run} starts it (class-data-sharing archives), with the JVM options of a profile:
 * the local suite's own, or others to measure the same code as production runs it.
 */
final class SuiteUnderTest implements AutoCloseable {

  static final List<String> COMPONENTS =
      List.of(
          "embedded-engine",
          "identity",
          "lead-service",
          "handoff-service",
          "onboarding-service",
          "retention-service",
          "gateway");
  static final String BENCH_JVM = "bench JVM (embedded MongoDB, load driver)";

  /**
   * The engine without zeebe-process-test's engine control, as {@code ./baton run} starts it: with
   * it the engine keeps every record of its log on the heap for the tests' assertions, which a load
   * soon fills.
   */
  private static final int NO_ENGINE_CONTROL = 0;

  private static final Pattern SPRING_STARTED =
      Pattern.compile("Started \\S+ in [0-9.]+ seconds \\(process running for ([0-9.]+)\\)");

  /** The benchmarks act as CRM, sales and account management at once: an admin may do all of it. */
  private static final List<String> ROLES = List.of("admin");

  private final SuiteLayout layout;
  private final LocalSuite suite;
  private final Duration startup;

  /**
   * The load drivers' connections: HTTP/1.1 kept alive, as most callers of an API send; every user
   * of the benchmarks shares them.
   */
  private final SuiteClient anonymous;

  private final Map<String, SuiteClient> clients = new HashMap<>();

  /**
   * Stops the suite's processes when the benchmark is stopped (Ctrl-C) before it closed the suite,
   * so that no component keeps running on its own.
   */
  private final Thread stopOnExit;

  private SuiteUnderTest(SuiteLayout layout, LocalSuite suite, Duration startup) {
    this.layout = layout;
    this.suite = suite;
    this.startup = startup;
    this.stopOnExit = Thread.ofPlatform().unstarted(this::stopSuite);
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    this.anonymous =
        SuiteClient.to(
            gateway(),
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build());
  }

  static SuiteUnderTest start(Path projectRoot, Path workDir, String dataName, JvmProfile profile)
      throws InterruptedException {
    return start(
        projectRoot, workDir, dataName, profile, SuiteLayout.DEFAULT_MONGO_CACHE_MEGABYTES);
  }

  /**
   * The suite, its embedded MongoDB keeping {@code mongoCacheMegabytes} of pages in memory (see
   * {@link SuiteLayout}) rather than the default.
   */
  static SuiteUnderTest start(
      Path projectRoot, Path workDir, String dataName, JvmProfile profile, int mongoCacheMegabytes)
      throws InterruptedException {
    SuiteLayout free =
        SuiteLayout.onFreePorts(
            projectRoot, Directories.fresh(workDir.resolve(dataName)), appsDir(workDir, profile));
    SuiteLayout layout =
        new SuiteLayout(
            free.projectRoot(),
            free.dataDir(),
            free.appsDir(),
            free.gatewayPort(),
            free.identityPort(),
            free.leadPort(),
            free.handoffPort(),
            free.onboardingPort(),
            free.retentionPort(),
            free.engineRestPort(),
            free.engineGrpcPort(),
            NO_ENGINE_CONTROL,
            free.mongoPort(),
            free.smtpPort(),
            free.inboxPort(),
            free.managementPorts(),
            profile.options(),
            mongoCacheMegabytes);
    long started = System.nanoTime();
    LocalSuite suite = LocalSuite.start(layout);
    return new SuiteUnderTest(layout, suite, Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * Whether every component has its class-data-sharing archive: a suite's first start records them
   * (and is slower), every later start maps them.
   */
  static boolean sharedArchivesPresent(Path workDir, JvmProfile profile) {
    return COMPONENTS.stream()
        .allMatch(name -> Files.isRegularFile(appsDir(workDir, profile).resolve(name + ".jsa")));
  }

  /**
   * The extracted jars and their archives, one directory per profile: an archive is recorded with
   * one set of JVM options, and another set would record it again at every start.
   */
  private static Path appsDir(Path workDir, JvmProfile profile) {
    return workDir.resolve(profile.id().equals(JvmProfile.LOCAL) ? "apps" : "apps-" + profile.id());
  }

  /** From calling {@link LocalSuite#start} until every component answered ready. */
  Duration startup() {
    return startup;
  }

  URI gateway() {
    return URI.create("http://localhost:" + layout.gatewayPort());
  }

  URI handoffService() {
    return URI.create("http://localhost:" + layout.handoffPort());
  }

  URI retentionService() {
    return URI.create("http://localhost:" + layout.retentionPort());
  }

  /** The service's database in the suite's embedded MongoDB (it lives in this JVM). */
  String mongoUri(String service) {
    return "mongodb://localhost:" + layout.mongoPort() + "/" + service;
  }

  /** Stops one component as Kubernetes would (SIGTERM), e.g. to change its data meanwhile. */
  void stop(String component) throws InterruptedException {
    suite.stop(component);
  }

  /**
   * Starts a stopped component again with some settings changed, and waits until it is ready; its
   * previous log is kept aside, so {@link #log} and {@link #reportedStartSeconds} read this run's.
   */
  void start(String component, Map<String, String> changedSettings) throws InterruptedException {
    suite.start(component, changedSettings);
  }

  /** The component's log file (of its current run). */
  Path log(String component) {
    return layout.dataDir().resolve("logs/" + component + ".log");
  }

  /**
   * A client of the suite's APIs through the gateway, signed in as {@code username} at the suite's
   * identity provider (authorization code with PKCE, as the console signs in). One user per load
   * worker: the gateway limits the requests of each caller.
   */
  synchronized SuiteClient http(String username) throws IOException, InterruptedException {
    SuiteClient client = clients.get(username);
    if (client == null) {
      client = anonymous.withToken(suite.token(username, ROLES.toArray(String[]::new)));
      clients.put(username, client);
    }
    return client;
  }

  /**
   * Starts a second instance of every service and of the gateway, the second gateway routing to the
   * second instances ({@link LocalSuite#startSecondInstances}), and answers that gateway.
   */
  URI startSecondInstances() throws InterruptedException {
    return suite.startSecondInstances().gatewayUrl();
  }

  /** Stops every second instance again (SIGTERM, as Kubernetes scales in), waiting for each. */
  void stopSecondInstances() throws InterruptedException {
    for (String component : COMPONENTS) {
      String instance = LocalSuite.SecondInstances.name(component);
      if (suite.isRunning(instance)) {
        suite.stop(instance);
      }
    }
  }

  /**
   * The processor time each component used so far, a second instance as {@code <component>#2}, and
   * this JVM's as {@link LocalSuite#THIS_JVM}.
   */
  Map<String, Duration> cpuTimes() {
    return suite.cpuTimes();
  }

  CamundaClient newEngineClient() {
    return suite.newEngineClient();
  }

  /**
   * How long the component's JVM ran until Spring Boot reported it started, from its log; empty
   * when the log does not say.
   */
  Optional<Double> reportedStartSeconds(String component) {
    try {
      Matcher started = SPRING_STARTED.matcher(Files.readString(log(component)));
      return started.find() ? Optional.of(Double.parseDouble(started.group(1))) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Resident memory (MiB) of this JVM and of every component, by name, as Linux reports it. */
  Map<String, Long> residentMegabytes() {
    Map<String, Long> resident = new LinkedHashMap<>();
    resident.put(BENCH_JVM, Memory.residentMegabytes(ProcessHandle.current()));
    for (String component : COMPONENTS) {
      resident.put(component, process(component).map(Memory::residentMegabytes).orElse(0L));
    }
    return resident;
  }

  /** The whole suite's resident memory in MiB, as {@code ./baton run} reports it. */
  long totalResidentMegabytes() {
    return suite.residentMegabytes();
  }

  /** The component's JVM: the child launched with the jar extracted under its apps directory. */
  Optional<ProcessHandle> process(String component) {
    String jarDirectory = layout.appsDir().resolve(component).toString() + "/";
    return ProcessHandle.current()
        .children()
        .filter(
            child ->
                child.info().arguments().stream()
                    .flatMap(Arrays::stream)
                    .anyMatch(arg -> arg.startsWith(jarDirectory)))
        .findFirst();
  }

  @Override
  public void close() throws InterruptedException {
    Runtime.getRuntime().removeShutdownHook(stopOnExit);
    suite.close();
  }

  private void stopSuite() {
    try {
      suite.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

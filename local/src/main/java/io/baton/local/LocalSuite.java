package io.baton.local;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.baton.workflows.ProcessDeployer;
import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole suite on the embedded defaults: an embedded MongoDB in this JVM (data kept on disk),
 * the local identity provider, the embedded engine, every service and the gateway as their own
 * JVMs. Deploys the processes once the engine is up.
 */
public final class LocalSuite implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LocalSuite.class);
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);

  /** As long as Kubernetes gives a pod to stop (the chart's terminationGracePeriodSeconds). */
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  /** The services' OAuth client at the identity provider (its tokens carry the system role). */
  private static final String SERVICES_CLIENT = "baton-services";

  /**
   * Components that need less than the layout's heap: the identity provider holds a few sessions.
   */
  private static final Map<String, String> SMALLER_HEAP = Map.of("identity", "-Xmx128m");

  /** The services, each its own process (or several). */
  private static final List<String> SERVICES =
      List.of("lead-service", "handoff-service", "onboarding-service", "retention-service");

  /**
   * Where an instance of the gateway or a service listens, and the ports of the instances of the
   * services it calls (routes to, for a gateway).
   */
  private record Placement(int port, int managementPort, Map<String, Integer> servicePorts) {}

  /** The services that take CRM webhooks (signed intake endpoints). */
  private static final List<String> INTAKE_SERVICES = List.of("lead-service", "handoff-service");

  /**
   * The HubSpot owner ids a won deal from HubSpot may carry locally, and the local sales users they
   * stand for (baton.intake.hubspot.owners).
   */
  static final Map<String, String> HUBSPOT_OWNERS =
      Map.of("101", "sam", "102", "rita", "103", "max");

  /** The name {@link #cpuTimes} gives this JVM. */
  public static final String THIS_JVM = "this JVM";

  private final SuiteLayout layout;

  /** The services' client secret at the identity provider: made for this run, never stored. */
  private final String systemClientSecret = UUID.randomUUID().toString();

  /** The CRM intake's secrets: made for this run, written for the user to sign with. */
  private final IntakeSecrets intakeSecrets;

  /**
   * The webhook target every service is given: the inbox view's receiver. A target name without a
   * dash, so its secret's environment variable binds to the same target as its other settings.
   */
  static final String WEBHOOK_TARGET = "inbox";

  /** The environment variable of the inbox target's secret (kept off the command line). */
  static final String WEBHOOK_SECRET_VARIABLE =
      "BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_" + WEBHOOK_TARGET.toUpperCase() + "_SECRET";

  private final LocalUsers users;
  private final List<ChildProcess> children = new CopyOnWriteArrayList<>();

  /** Settings every instance of every service gets on top of its own (none by default). */
  private final Map<String, String> serviceSettings;

  /** Where each instance beyond the first listens, and whom it calls: by its name. */
  private final Map<String, Placement> placements = new ConcurrentHashMap<>();

  private MongoServer mongo;
  private LocalInbox inbox;

  private LocalSuite(SuiteLayout layout, Map<String, String> serviceSettings) {
    this.layout = layout;
    this.serviceSettings = Map.copyOf(serviceSettings);
    this.users = LocalUsers.prepare(layout.usersFile(), layout.passwordFile());
    this.intakeSecrets = IntakeSecrets.make(layout.intakeDir());
  }

  public static LocalSuite start(SuiteLayout layout) throws InterruptedException {
    return start(layout, Map.of());
  }

  /**
   * The suite with {@code serviceSettings} given to every instance of every service (e.g. a shorter
   * job timeout for a test), as the last of its settings.
   */
  public static LocalSuite start(SuiteLayout layout, Map<String, String> serviceSettings)
      throws InterruptedException {
    LocalSuite suite = new LocalSuite(layout, serviceSettings);
    try {
      suite.startAll();
      return suite;
    } catch (RuntimeException | InterruptedException e) {
      suite.close();
      throw e;
    }
  }

  private void startAll() throws InterruptedException {
    try {
      Files.createDirectories(layout.dataDir().resolve("credentials"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + layout.dataDir().resolve("credentials"), e);
    }
    startMongo();
    inbox =
        LocalInbox.start(
            layout.smtpPort(), layout.inboxPort(), layout.webhookSecretFile().getParent());
    log.info(
        "SMTP server listens on localhost:{}, the inbox view on {}",
        layout.smtpPort(),
        layout.inboxUrl());
    ChildProcess engine = startEngine(Map.of());
    ChildProcess identity = startIdentity(Map.of());
    List<ChildProcess> services = new ArrayList<>();
    for (String service : SERVICES) {
      services.add(startService(service, service, firstPlacement(service), Map.of()));
    }
    services.add(startGateway("gateway", firstPlacement("gateway"), Map.of()));
    // the deployment signs in at the identity provider, as every client of the engine does
    identity.awaitReady(STARTUP_TIMEOUT);
    engine.awaitReady(STARTUP_TIMEOUT);
    deployProcesses();
    for (ChildProcess service : services) {
      service.awaitReady(STARTUP_TIMEOUT);
      log.info("{} is ready", service.name());
    }
  }

  private void startMongo() {
    try {
      Files.createDirectories(layout.dataDir().resolve("mongo"));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot create " + layout.dataDir(), e);
    }
    mongo =
        new MongoServer(
            new H2Backend(
                new MVStore.Builder()
                    .fileName(layout.dataDir().resolve("mongo/baton.mv").toString())
                    .cacheSize(layout.mongoCacheMegabytes())
                    .open()));
    mongo.bind("127.0.0.1", layout.mongoPort());
    log.info("Embedded MongoDB listens on localhost:{}", layout.mongoPort());
  }

  private ChildProcess startEngine(Map<String, String> changedSettings) {
    return startChild(
        "embedded-engine",
        "embedded-engine",
        layout.engineJar(),
        layout.engineRestPort(),
        List.of(
            "--server.port=" + layout.engineRestPort(),
            "--baton.engine.grpc-port=" + layout.engineGrpcPort(),
            "--baton.engine.control-port=" + layout.engineControlPort(),
            "--baton.engine.data-dir=" + layout.dataDir().resolve("engine"),
            "--baton.engine.security.issuer=" + issuer()),
        changedSettings);
  }

  /**
   * The local OIDC provider: the console's sign-in, the services' client credentials, the users of
   * the users file. The services and the gateway find its keys through its discovery document, as
   * they find any provider's.
   */
  private ChildProcess startIdentity(Map<String, String> changedSettings) {
    return startChild(
        "identity",
        "identity",
        layout.jar("identity"),
        layout.identityPort(),
        List.of(
            "--server.port=" + layout.identityPort(),
            "--server.address=127.0.0.1",
            "--spring.security.oauth2.authorizationserver.issuer=" + issuer(),
            "--baton.identity.users-file=" + layout.usersFile().toAbsolutePath(),
            "--baton.identity.password-file=" + layout.passwordFile().toAbsolutePath(),
            "--baton.identity.services-client-secret=" + systemClientSecret,
            "--baton.identity.console-url=" + gatewayUrl()),
        changedSettings);
  }

  /**
   * One instance of a service: {@code instance} names its process and log, {@code service} its code
   * and data; {@code placement} says where it listens and which instances of the other services it
   * calls.
   */
  private ChildProcess startService(
      String service, String instance, Placement placement, Map<String, String> changedSettings) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + placement.port());
    args.add("--server.address=127.0.0.1");
    args.add("--management.server.port=" + placement.managementPort());
    args.add("--management.server.address=127.0.0.1");
    args.add("--spring.data.mongodb.uri=" + layout.mongoUri(service));
    args.add("--camunda.client.grpc-address=" + layout.engineGrpcAddress());
    args.add("--camunda.client.rest-address=" + layout.engineRestAddress());
    // the engine's REST API wants a token, got as a Camunda client gets one from any provider
    args.add("--camunda.client.auth.method=oidc");
    args.add("--camunda.client.auth.client-id=" + SERVICES_CLIENT);
    args.add("--camunda.client.auth.client-secret=" + systemClientSecret);
    args.add("--camunda.client.auth.token-url=" + tokenUrl());
    args.add("--camunda.client.auth.audience=baton");
    args.add(
        "--camunda.client.auth.credentials-cache-path="
            + layout.dataDir().resolve("credentials").resolve(instance));
    args.add("--baton.security.issuer=" + issuer());
    args.add("--spring.security.oauth2.client.provider.baton.token-uri=" + tokenUrl());
    args.add(
        "--spring.security.oauth2.client.registration.baton-system.client-secret="
            + systemClientSecret);
    args.addAll(serviceUrls(placement.servicePorts()));
    if (INTAKE_SERVICES.contains(service)) {
      args.addAll(intakeSettings());
    }
    args.addAll(notificationSettings());
    serviceSettings.forEach((key, value) -> args.add("--" + key + "=" + value));
    Map<String, String> environment = new LinkedHashMap<>(System.getenv());
    environment.put(WEBHOOK_SECRET_VARIABLE, inbox.webhookSecret());
    return startChild(
        instance,
        service,
        layout.jar(service),
        placement.port(),
        args,
        environment,
        changedSettings);
  }

  /**
   * Notifications of this run: e-mail through the suite's SMTP server, the users file as the
   * directory, deep links to the gateway's console, and one webhook target, the inbox view's
   * receiver (on loopback, which a service refuses unless allowed).
   */
  private List<String> notificationSettings() {
    String target = "--baton.notifications.webhooks.targets." + WEBHOOK_TARGET;
    return List.of(
        "--spring.mail.host=localhost",
        "--spring.mail.port=" + layout.smtpPort(),
        "--baton.notifications.console-url=" + gatewayUrl(),
        "--baton.notifications.directory-file=" + layout.usersFile().toAbsolutePath(),
        target + ".url=" + layout.inboxUrl() + "/webhooks",
        target + ".format=json",
        "--baton.notifications.webhooks.allowed-hosts=localhost");
  }

  /**
   * The CRM intake of this run: its secrets, the gateway as the address HubSpot calls, and the
   * local HubSpot owners.
   */
  private List<String> intakeSettings() {
    List<String> args = new ArrayList<>();
    args.add("--baton.intake.hubspot.client-secret=" + intakeSecrets.hubSpotClientSecret());
    args.add("--baton.intake.hubspot.public-url=" + gatewayUrl());
    args.add("--baton.intake.webhook.secret=" + intakeSecrets.webhookSecret());
    HUBSPOT_OWNERS.forEach(
        (ownerId, username) ->
            args.add("--baton.intake.hubspot.owners." + ownerId + "=" + username));
    return args;
  }

  /** An instance of the gateway, routing to the instances of the services its placement names. */
  private ChildProcess startGateway(
      String instance, Placement placement, Map<String, String> changedSettings) {
    String url = "http://localhost:" + placement.port();
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + placement.port());
    args.add("--server.address=127.0.0.1");
    args.add("--management.server.port=" + placement.managementPort());
    args.add("--management.server.address=127.0.0.1");
    args.add("--baton.security.issuer=" + issuer());
    args.add("--baton.cors.allowed-origins=" + url);
    args.add("--baton.console.task-inbox.enabled=true");
    args.add("--baton.services.camunda-rest.url=" + layout.engineRestAddress());
    args.addAll(serviceUrls(placement.servicePorts()));
    return startChild(
        instance, "gateway", layout.jar("gateway"), placement.port(), args, changedSettings);
  }

  private String gatewayUrl() {
    return "http://localhost:" + layout.gatewayPort();
  }

  /** The local identity provider: it signs every token of the local suite. */
  private String issuer() {
    return layout.identityUrl();
  }

  /**
   * A token of {@code username} from the identity provider, signed in as the console does. A
   * username not yet in the users file is added with {@code roles} (and no groups) first; a known
   * user keeps the roles the file gives them.
   */
  public String token(String username, String... roles) throws IOException, InterruptedException {
    users.addIfMissing(username, List.of(roles));
    return SignIn.accessToken(consoleClient(layout), username, users.password());
  }

  /** The console's sign-in client at the identity provider of a suite laid out so. */
  static SignIn.Client consoleClient(SuiteLayout layout) {
    return new SignIn.Client(
        URI.create(layout.identityUrl()),
        "baton-console",
        URI.create("http://localhost:" + layout.gatewayPort() + "/console/"));
  }

  /** The local users and their password. */
  public LocalUsers users() {
    return users;
  }

  /**
   * Where each service is, for the gateway and for the services that call each other: the instances
   * listening on {@code servicePorts}, by service.
   */
  private static List<String> serviceUrls(Map<String, Integer> servicePorts) {
    return SERVICES.stream()
        .map(
            service ->
                "--baton.services."
                    + service
                    + ".url=http://localhost:"
                    + servicePorts.get(service))
        .toList();
  }

  /** Where the first instance of the gateway or a service listens, as the layout says. */
  private Placement firstPlacement(String component) {
    return new Placement(port(component), layout.managementPort(component), firstServicePorts());
  }

  private Map<String, Integer> firstServicePorts() {
    Map<String, Integer> ports = new LinkedHashMap<>();
    SERVICES.forEach(service -> ports.put(service, port(service)));
    return ports;
  }

  private int port(String component) {
    return switch (component) {
      case "gateway" -> layout.gatewayPort();
      case "lead-service" -> layout.leadPort();
      case "handoff-service" -> layout.handoffPort();
      case "onboarding-service" -> layout.onboardingPort();
      case "retention-service" -> layout.retentionPort();
      default -> throw new IllegalArgumentException("The suite has no component " + component);
    };
  }

  /**
   * Starts an instance of a component with its arguments, of which {@code changedSettings} replace
   * some. Instances of one component share its extracted jar.
   */
  private ChildProcess startChild(
      String name,
      String component,
      Path jar,
      int port,
      List<String> args,
      Map<String, String> changedSettings) {
    return startChild(name, component, jar, port, args, null, changedSettings);
  }

  /**
   * As {@link #startChild(String, String, Path, int, List, Map)}, with exactly {@code environment}
   * as its environment, or this JVM's when it is null.
   */
  private ChildProcess startChild(
      String name,
      String component,
      Path jar,
      int port,
      List<String> args,
      Map<String, String> environment,
      Map<String, String> changedSettings) {
    List<String> effective = new ArrayList<>();
    args.stream()
        .filter(
            arg ->
                changedSettings.keySet().stream()
                    .noneMatch(key -> arg.startsWith("--" + key + "=")))
        .forEach(effective::add);
    changedSettings.forEach((key, value) -> effective.add("--" + key + "=" + value));
    ChildProcess child =
        ChildProcess.start(
            name,
            AppImage.prepare(component, jar, layout.appsDir()),
            jvmOptions(component),
            effective,
            environment,
            URI.create("http://localhost:" + port + readinessPath(component)),
            layout.logFile(name));
    children.add(child);
    return child;
  }

  /**
   * Where a component says it is ready on its main port: the gateway and the services at {@code
   * /readyz} (their actuator is on the management port), the engine and the identity provider at
   * actuator's readiness group.
   */
  private static String readinessPath(String component) {
    return List.of("embedded-engine", "identity").contains(component)
        ? "/actuator/health/readiness"
        : "/readyz";
  }

  private List<String> jvmOptions(String component) {
    List<String> options = new ArrayList<>(layout.jvmOptions());
    if (SMALLER_HEAP.containsKey(component)) {
      options.add(SMALLER_HEAP.get(component));
    }
    return options;
  }

  private void deployProcesses() {
    try (CamundaClient client = newEngineClient()) {
      var deployment = ProcessDeployer.deployAll(client);
      log.info(
          "Deployed {} processes and {} forms (deployment {})",
          deployment.getProcesses().size(),
          deployment.getForm().size(),
          deployment.getKey());
    }
  }

  /**
   * A client of the suite's engine, signed in as the services are (client credentials, the system
   * role: it sees and works every task); the caller closes it.
   */
  public CamundaClient newEngineClient() {
    return CamundaClient.newClientBuilder()
        .grpcAddress(URI.create(layout.engineGrpcAddress()))
        .restAddress(URI.create(layout.engineRestAddress()))
        .preferRestOverGrpc(false)
        .defaultRequestTimeout(Duration.ofMinutes(1))
        .credentialsProvider(
            CredentialsProvider.newCredentialsProviderBuilder()
                .clientId(SERVICES_CLIENT)
                .clientSecret(systemClientSecret)
                .authorizationServerUrl(tokenUrl())
                .audience("baton")
                .credentialsCachePath(layout.dataDir().resolve("credentials/suite").toString())
                .build())
        .build();
  }

  private String tokenUrl() {
    return issuer() + "/oauth2/token";
  }

  /** What a person opens, by name. */
  public Map<String, String> urls() {
    Map<String, String> urls = new LinkedHashMap<>();
    urls.put("Gateway (all APIs)", "http://localhost:" + layout.gatewayPort() + "/api/");
    urls.put("Console", "http://localhost:" + layout.gatewayPort() + "/console/");
    urls.put("Identity provider (OIDC)", issuer() + "/.well-known/openid-configuration");
    urls.put(
        "Local users (edit to add)", layout.usersFile().toAbsolutePath().normalize().toString());
    urls.put("Their password", users.password());
    urls.put(
        "CRM intake secrets (this run)",
        intakeSecrets.directory().toAbsolutePath().normalize().toString());
    urls.put("Inbox (e-mails and webhooks sent)", layout.inboxUrl() + "/");
    urls.put("SMTP server", "localhost:" + layout.smtpPort());
    urls.put(
        "Webhook secret (this run)",
        layout.webhookSecretFile().toAbsolutePath().normalize().toString());
    urls.put("lead-service", "http://localhost:" + layout.leadPort() + "/swagger-ui.html");
    urls.put("handoff-service", "http://localhost:" + layout.handoffPort() + "/swagger-ui.html");
    urls.put(
        "onboarding-service", "http://localhost:" + layout.onboardingPort() + "/swagger-ui.html");
    urls.put(
        "retention-service", "http://localhost:" + layout.retentionPort() + "/swagger-ui.html");
    urls.put("Engine user-task API (Camunda 8 REST)", layout.engineRestAddress() + "/v2/");
    urls.put("Engine gRPC (Zeebe)", "localhost:" + layout.engineGrpcPort());
    if (layout.engineControlPort() > 0) {
      urls.put("Engine control (ZPT, tests)", "localhost:" + layout.engineControlPort());
    }
    urls.put("MongoDB", layout.mongoUri(""));
    urls.put("Data and logs", layout.dataDir().toAbsolutePath().normalize().toString());
    return urls;
  }

  /** Resident memory of the suite: this JVM (MongoDB) and every child, in MiB. */
  public long residentMegabytes() {
    long kilobytes = ChildProcess.residentKilobytes(ProcessHandle.current().pid());
    for (ChildProcess child : children) {
      kilobytes += child.residentKilobytes();
    }
    return kilobytes / 1024;
  }

  /**
   * The processor time each running component used so far, by name (a second instance as {@code
   * <component>#2}); this JVM's (the embedded MongoDB's, with whatever else it runs) as {@code
   * "this JVM"}.
   */
  public Map<String, Duration> cpuTimes() {
    Map<String, Duration> times = new LinkedHashMap<>();
    times.put(THIS_JVM, ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
    for (ChildProcess child : children) {
      times.put(child.name(), child.cpuTime());
    }
    return times;
  }

  /** How a component stopped: how long it took, and whether it had to be killed after the grace. */
  public record Stopped(Duration took, boolean gracefully) {}

  /**
   * Stops one component — {@code embedded-engine}, {@code identity}, a service, or {@code gateway}
   * — as Ctrl-C or Kubernetes would (SIGTERM, SIGKILL after the grace), and waits until its process
   * is gone.
   */
  public Stopped stop(String component) throws InterruptedException {
    ChildProcess child = running(component);
    long started = System.nanoTime();
    child.requestStop();
    boolean gracefully = child.awaitStopped(STOP_GRACE);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    children.remove(child);
    if (gracefully) {
      log.info("{} stopped by itself after {}", component, took);
    } else {
      log.warn(
          "{} did not stop within {} and was killed; the end of its log, with its thread dump:\n{}",
          component,
          STOP_GRACE,
          child.logTail());
    }
    return new Stopped(took, gracefully);
  }

  /** Ends one component at once with SIGKILL, as a crash would. */
  public void kill(String component) throws InterruptedException {
    ChildProcess child = running(component);
    child.kill();
    children.remove(child);
    log.info("{} killed", component);
  }

  /**
   * Stops the embedded MongoDB, as an outage would: every service's connections to it fail. Its
   * data stays on disk for {@link #startMongoAgain()}.
   */
  public void stopMongo() {
    mongo.shutdownNow();
    mongo = null;
    log.info("Embedded MongoDB stopped");
  }

  /** Starts the embedded MongoDB again on its port with the data it had. */
  public void startMongoAgain() {
    startMongo();
  }

  /**
   * Starts another instance of a service next to the running one, on a free port, with the same
   * database and engine (e.g. a second replica taking the same jobs), and waits until it is ready.
   * Its name, {@code <service>#<n>}, stops or kills it.
   */
  public String startReplica(String service) throws InterruptedException {
    int replica = 2;
    while (isRunning(service + "#" + replica)) {
      replica++;
    }
    String instance = service + "#" + replica;
    Placement placement =
        new Placement(SuiteLayout.freePort(), SuiteLayout.freePort(), firstServicePorts());
    placements.put(instance, placement);
    ChildProcess child = startService(service, instance, placement, Map.of());
    child.awaitReady(STARTUP_TIMEOUT);
    log.info("{} is ready", instance);
    return instance;
  }

  /**
   * Where the second instance of the gateway and of each service listens: the gateway's and each
   * service's port ({@link #port}), by component name.
   */
  public record SecondInstances(Map<String, Integer> ports) {

    public SecondInstances {
      ports = Map.copyOf(ports);
    }

    /** The port of the component's second instance. */
    public int port(String component) {
      Integer port = ports.get(component);
      if (port == null) {
        throw new IllegalArgumentException("No second instance of " + component);
      }
      return port;
    }

    /** The second gateway. */
    public URI gatewayUrl() {
      return URI.create("http://localhost:" + port("gateway"));
    }

    /** The name the suite knows the component's second instance by ({@code <component>#2}). */
    public static String name(String component) {
      return component + "#2";
    }
  }

  /**
   * Starts a second instance of every service and of the gateway, as more replicas of each run in
   * Kubernetes: each its own process on free ports (and management ports), with the same MongoDB,
   * engine and identity provider; the second gateway routes to the second instances, which call
   * each other, while the job workers of all instances take jobs from the one engine. Waits until
   * each is ready. Each is named {@code <component>#2} (its log {@code <component>#2.log}), by
   * which it is stopped, killed or started again.
   */
  public SecondInstances startSecondInstances() throws InterruptedException {
    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put("gateway", SuiteLayout.freePort());
    SERVICES.forEach(service -> ports.put(service, SuiteLayout.freePort()));
    Map<String, Integer> servicePorts = new LinkedHashMap<>(ports);
    servicePorts.remove("gateway");
    List<ChildProcess> started = new ArrayList<>();
    for (String component : ports.keySet()) {
      String instance = SecondInstances.name(component);
      if (isRunning(instance)) {
        throw new IllegalStateException(instance + " is running already");
      }
      Placement placement =
          new Placement(ports.get(component), SuiteLayout.freePort(), servicePorts);
      placements.put(instance, placement);
      started.add(
          component.equals("gateway")
              ? startGateway(instance, placement, Map.of())
              : startService(component, instance, placement, Map.of()));
    }
    for (ChildProcess child : started) {
      child.awaitReady(STARTUP_TIMEOUT);
      log.info("{} is ready", child.name());
    }
    return new SecondInstances(ports);
  }

  /** Whether the component is running (started and not stopped or killed since). */
  public boolean isRunning(String component) {
    return children.stream().anyMatch(running -> running.name().equals(component));
  }

  private ChildProcess running(String component) {
    return children.stream()
        .filter(running -> running.name().equals(component))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(component + " is not running"));
  }

  /**
   * Starts stopped components again, all at once, with the arguments and data they had, and waits
   * until each is ready. The log of a component's previous run is kept as {@code
   * <component>-<n>.log}.
   */
  public void start(String... components) throws InterruptedException {
    List<ChildProcess> started = new ArrayList<>();
    for (String component : components) {
      started.add(startAgain(component, Map.of()));
    }
    for (ChildProcess child : started) {
      child.awaitReady(STARTUP_TIMEOUT);
      log.info("{} is ready again", child.name());
    }
  }

  /**
   * Starts a stopped component again with some of its settings changed (e.g. a service talking to
   * the engine through a test's relay), and waits until it is ready.
   */
  public void start(String component, Map<String, String> changedSettings)
      throws InterruptedException {
    ChildProcess child = startAgain(component, changedSettings);
    child.awaitReady(STARTUP_TIMEOUT);
    log.info("{} is ready again with {}", component, changedSettings);
  }

  private ChildProcess startAgain(String component, Map<String, String> changedSettings) {
    if (isRunning(component)) {
      throw new IllegalStateException(component + " is running already");
    }
    keepPreviousLog(component);
    Placement placement = placements.get(component);
    if (placement != null) {
      String base = component.substring(0, component.indexOf('#'));
      return base.equals("gateway")
          ? startGateway(component, placement, changedSettings)
          : startService(base, component, placement, changedSettings);
    }
    return switch (component) {
      case "embedded-engine" -> startEngine(changedSettings);
      case "gateway" -> startGateway(component, firstPlacement(component), changedSettings);
      case "identity" -> startIdentity(changedSettings);
      case "lead-service", "handoff-service", "onboarding-service", "retention-service" ->
          startService(component, component, firstPlacement(component), changedSettings);
      default -> throw new IllegalArgumentException("The suite has no component " + component);
    };
  }

  /** Stops one component and starts it again. */
  public void restart(String component) throws InterruptedException {
    stop(component);
    start(component);
  }

  private void keepPreviousLog(String component) {
    Path current = layout.logFile(component);
    if (!Files.exists(current)) {
      return;
    }
    try {
      for (int run = 1; ; run++) {
        Path previous = current.resolveSibling(component + "-" + run + ".log");
        if (!Files.exists(previous)) {
          Files.move(current, previous);
          return;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the log of " + component, e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    children.forEach(ChildProcess::requestStop);
    for (ChildProcess child : children) {
      child.awaitStopped(STOP_GRACE);
    }
    children.clear();
    if (inbox != null) {
      inbox.close();
      inbox = null;
    }
    if (mongo != null) {
      mongo.shutdown();
      mongo = null;
    }
  }
}

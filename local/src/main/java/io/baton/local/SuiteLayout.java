package io.baton.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Where the local suite finds its jars, keeps its data, and which loopback ports it uses. The
 * defaults are the ports the README lists, with engine control off (port 0); tests pick free ports
 * and so turn engine control on. The apps directory holds the extracted jars and their
 * class-data-sharing archives, which outlive the data. The gateway and the services serve actuator
 * (health, info, Prometheus) on a management port of their own, {@code managementPorts} by
 * component name: by default each main port + 1000, as in their application.yml. The embedded
 * MongoDB keeps {@code mongoCacheMegabytes} of its pages in memory (its storage's page cache, in
 * MiB as H2 counts them: the documents it holds take several times that on the heap); any page a
 * query needs beyond them is read from its file and deserialized again. The suite's SMTP server
 * listens on {@code smtpPort} (3025, as the services' own default), its inbox view and webhook
 * receiver on {@code inboxPort}.
 */
public record SuiteLayout(
    Path projectRoot,
    Path dataDir,
    Path appsDir,
    int gatewayPort,
    int identityPort,
    int leadPort,
    int handoffPort,
    int onboardingPort,
    int retentionPort,
    int engineRestPort,
    int engineGrpcPort,
    int engineControlPort,
    int mongoPort,
    int smtpPort,
    int inboxPort,
    Map<String, Integer> managementPorts,
    List<String> jvmOptions,
    int mongoCacheMegabytes) {

  private static final int FREE_PORTS_FROM = 20_000;
  private static final int FREE_PORTS_TO = 32_000;
  private static final Random RANDOM = new Random();
  private static final Set<Integer> HANDED_OUT = new HashSet<>();

  public static final List<String> DEFAULT_JVM_OPTIONS =
      List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-Xmx384m");

  /** The embedded MongoDB's page cache: H2's own default. */
  public static final int DEFAULT_MONGO_CACHE_MEGABYTES = 16;

  public static SuiteLayout defaults(Path projectRoot) {
    return new SuiteLayout(
        projectRoot,
        projectRoot.resolve(".baton"),
        projectRoot.resolve(".baton/apps"),
        8080,
        8089,
        8081,
        8082,
        8083,
        8084,
        8088,
        26500,
        0,
        27017,
        3025,
        8025,
        Map.of(
            "gateway",
            9080,
            "lead-service",
            9081,
            "handoff-service",
            9082,
            "onboarding-service",
            9083,
            "retention-service",
            9084),
        DEFAULT_JVM_OPTIONS,
        DEFAULT_MONGO_CACHE_MEGABYTES);
  }

  /** A layout on free loopback ports, for tests and benchmarks that start their own suite. */
  public static SuiteLayout onFreePorts(Path projectRoot, Path dataDir, Path appsDir) {
    return new SuiteLayout(
        projectRoot,
        dataDir,
        appsDir,
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        Map.of(
            "gateway", freePort(),
            "lead-service", freePort(),
            "handoff-service", freePort(),
            "onboarding-service", freePort(),
            "retention-service", freePort()),
        DEFAULT_JVM_OPTIONS,
        DEFAULT_MONGO_CACHE_MEGABYTES);
  }

  /**
   * A loopback port that is free now and was not handed out before in this JVM, below the range the
   * operating system takes ports for outgoing connections from (32768 and up on Linux): a port from
   * that range can be taken by any connection between being picked and being bound.
   */
  static synchronized int freePort() {
    for (int attempt = 0; attempt < 1_000; attempt++) {
      int port = FREE_PORTS_FROM + RANDOM.nextInt(FREE_PORTS_TO - FREE_PORTS_FROM);
      if (HANDED_OUT.contains(port)) {
        continue;
      }
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        HANDED_OUT.add(port);
        return port;
      } catch (IOException taken) {
        // try another
      }
    }
    throw new UncheckedIOException(
        new IOException("No free port between " + FREE_PORTS_FROM + " and " + FREE_PORTS_TO));
  }

  /** The management port (actuator) of the gateway or a service. */
  public int managementPort(String component) {
    Integer port = managementPorts.get(component);
    if (port == null) {
      throw new IllegalArgumentException(component + " has no management port");
    }
    return port;
  }

  Path jar(String module) {
    return projectRoot.resolve(module).resolve("target").resolve(module + ".jar");
  }

  Path engineJar() {
    return projectRoot.resolve("workflows/embedded-engine/target/embedded-engine-exec.jar");
  }

  /** The people who may sign in at the local identity provider, and their roles and groups. */
  public Path usersFile() {
    return dataDir.resolve("identity/users.yml");
  }

  /** The one password of the local users, made at the first start. */
  public Path passwordFile() {
    return dataDir.resolve("identity/password");
  }

  /** The CRM intake's secrets of the current run, readable by their owner only. */
  public Path intakeDir() {
    return dataDir.resolve("intake");
  }

  /** The secret the suite's webhook receiver checks the services' webhooks with, this run's. */
  public Path webhookSecretFile() {
    return dataDir.resolve("notifications/webhook-secret");
  }

  /** The inbox view: the e-mails the suite's SMTP server received, and the webhooks. */
  public String inboxUrl() {
    return "http://localhost:" + inboxPort;
  }

  String identityUrl() {
    return "http://localhost:" + identityPort;
  }

  Path logFile(String component) {
    return dataDir.resolve("logs").resolve(component + ".log");
  }

  String mongoUri(String database) {
    return "mongodb://localhost:" + mongoPort + "/" + database;
  }

  String engineGrpcAddress() {
    return "http://localhost:" + engineGrpcPort;
  }

  String engineRestAddress() {
    return "http://localhost:" + engineRestPort;
  }
}

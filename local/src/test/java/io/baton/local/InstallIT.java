package io.baton.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.baton.helm.PodEnvironments;
import io.baton.workflows.ProcessContract.Handoff;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.UserTask;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Helm install, proven by running it: the chart is rendered with the production example
 * (helm/baton/examples/production-values.yaml), and every workload — the workflows deployer Job,
 * the four services and the gateway — is started from its real jar with exactly the environment a
 * pod of that render gets (its ConfigMap and its Secrets), against an OIDC provider, a MongoDB and
 * a Camunda engine standing in for the cluster's. Host names resolve to loopback through a hosts
 * file ({@code jdk.net.hosts.file}); each workload only gets the address its pod would have ({@code
 * SERVER_ADDRESS}, {@code MANAGEMENT_SERVER_ADDRESS}). A lead is then driven to an accepted handoff
 * with tokens from that provider.
 *
 * <p>Besides the production example, the render sets only what points at this test's stand-ins: the
 * issuer and token endpoint of the provider (Spring Authorization Server, not Keycloak, so its own
 * paths) and the engine's ports.
 */
class InstallIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration STARTUP = Duration.ofMinutes(4);

  /** The pods' address: every Baton workload listens here, on the port the chart gives it. */
  private static final String PODS = "127.0.0.2";

  private static final String PROVIDER = "127.0.0.4";
  private static final String MONGO = "127.0.0.5";
  private static final String ISSUER = "http://login.example.com:9000";
  private static final String CAMUNDA_HOST = "camunda-zeebe-gateway.camunda.svc.cluster.local";
  private static final String MONGO_HOST = "mongodb-0.mongodb-headless.mongodb";
  private static final List<String> COMPONENTS =
      List.of(
          "lead-service", "handoff-service", "onboarding-service", "retention-service", "gateway");

  private static Path work;
  private static Path projectRoot;

  /** Where the jars are; its ports are not used. */
  private static SuiteLayout layout;

  private static MongoServer mongo;
  private static final List<ChildProcess> running = new ArrayList<>();
  private static LocalUsers users;
  private static Map<String, Map<String, String>> pods;
  private static int engineGrpcPort;
  private static int engineRestPort;

  @BeforeAll
  static void install() throws Exception {
    projectRoot = Path.of("..").toAbsolutePath().normalize();
    work = Files.createTempDirectory("baton-install");
    layout =
        SuiteLayout.onFreePorts(
            projectRoot, work, projectRoot.resolve("local/target/install-apps"));
    Path hosts =
        Files.writeString(
            work.resolve("hosts"),
            String.join(
                "\n",
                "127.0.0.1 localhost " + CAMUNDA_HOST,
                PODS + " " + String.join(" ", COMPONENTS),
                PROVIDER + " login.example.com",
                MONGO + " " + MONGO_HOST,
                ""));
    String servicesSecret = UUID.randomUUID().toString();
    String camundaSecret = UUID.randomUUID().toString();
    engineGrpcPort = SuiteLayout.freePort();
    engineRestPort = SuiteLayout.freePort();

    pods =
        PodEnvironments.render(
            PodEnvironments.productionValues(),
            Map.of(
                "security.issuer", ISSUER,
                "security.tokenUri", ISSUER + "/oauth2/token",
                "camunda.auth.tokenUrl", ISSUER + "/oauth2/token",
                "camunda.grpcAddress", "http://" + CAMUNDA_HOST + ":" + engineGrpcPort,
                "camunda.restAddress", "http://" + CAMUNDA_HOST + ":" + engineRestPort),
            Map.of(
                "baton-mongodb", Map.of("mongodb-uri", "mongodb://" + MONGO_HOST + ":27017/"),
                "baton-camunda", Map.of("client-secret", camundaSecret),
                "baton-oidc-client", Map.of("client-secret", servicesSecret),
                "baton-intake",
                    Map.of(
                        "hubspot-client-secret",
                        UUID.randomUUID().toString(),
                        "webhook-secret",
                        "install-" + UUID.randomUUID()),
                "baton-smtp", Map.of("username", "baton", "password", UUID.randomUUID().toString()),
                "baton-webhooks",
                    Map.of(
                        "ops-secret",
                        "install-" + UUID.randomUUID(),
                        "slack-secret",
                        "install-" + UUID.randomUUID(),
                        "slack-url",
                        "https://hooks.slack.example/services/install")));

    mongo = new MongoServer(new MemoryBackend());
    mongo.bind(MONGO, 27017);
    users =
        LocalUsers.prepare(work.resolve("identity/users.yml"), work.resolve("identity/password"));
    ChildProcess provider =
        start(
            "identity",
            null,
            URI.create("http://" + PROVIDER + ":9000/actuator/health/readiness"),
            List.of(
                "--server.address=" + PROVIDER,
                "--server.port=9000",
                "--spring.security.oauth2.authorizationserver.issuer=" + ISSUER,
                "--baton.identity.users-file=" + work.resolve("identity/users.yml"),
                "--baton.identity.password-file=" + work.resolve("identity/password"),
                "--baton.identity.services-client-secret=" + servicesSecret,
                "--baton.identity.console-url=https://baton.example.com",
                // the Camunda client of the services (camunda.auth.clientId of the chart)
                "--spring.security.oauth2.authorizationserver.client.camunda.registration.client-id=baton",
                "--spring.security.oauth2.authorizationserver.client.camunda.registration.client-secret={noop}"
                    + camundaSecret,
                "--spring.security.oauth2.authorizationserver.client.camunda.registration.client-authentication-methods=client_secret_post,client_secret_basic",
                "--spring.security.oauth2.authorizationserver.client.camunda.registration.authorization-grant-types=client_credentials"),
            hosts);
    ChildProcess engine =
        start(
            "embedded-engine",
            null,
            URI.create("http://127.0.0.1:" + engineRestPort + "/actuator/health/readiness"),
            List.of(
                "--server.address=127.0.0.1",
                "--server.port=" + engineRestPort,
                "--baton.engine.grpc-port=" + engineGrpcPort,
                "--baton.engine.control-port=" + SuiteLayout.freePort(),
                "--baton.engine.data-dir=" + work.resolve("engine")),
            hosts);
    provider.awaitReady(STARTUP);
    engine.awaitReady(STARTUP);

    runDeployerJob(hosts);

    List<ChildProcess> workloads = new ArrayList<>();
    for (String component : COMPONENTS) {
      Map<String, String> environment = new LinkedHashMap<>(pods.get(component));
      environment.put("SERVER_ADDRESS", PODS);
      environment.put("MANAGEMENT_SERVER_ADDRESS", PODS);
      URI readiness =
          URI.create("http://" + PODS + ":" + environment.get("SERVER_PORT") + "/readyz");
      workloads.add(start(component, withSystemPath(environment), readiness, List.of(), hosts));
    }
    for (ChildProcess workload : workloads) {
      workload.awaitReady(STARTUP);
    }
  }

  @AfterAll
  static void uninstall() throws InterruptedException {
    running.forEach(ChildProcess::requestStop);
    for (ChildProcess child : running) {
      child.awaitStopped(Duration.ofSeconds(30));
    }
    if (mongo != null) {
      mongo.shutdownNow();
    }
  }

  @Test
  void aLeadBecomesAnAcceptedHandoffOnTheRenderedInstallWithTokensFromTheProvider()
      throws Exception {
    users.addIfMissing("mia", List.of("marketing"));
    users.addIfMissing("amy", List.of("account-manager"));
    SuiteClient marketing = gateway().withToken(token("mia"));

    HttpResponse<String> received =
        marketing.post(
            "/api/leads",
            Map.of(
                "company", Map.of("name", "Initech", "size", 800),
                "contact", Map.of("name", "Peter Gibbons", "email", "peter@initech.example"),
                "source", Map.of("channel", "webinar", "campaign", "install-check"),
                "interest", "demo-request",
                "intent", "Wants onboarding for 800 seats"));
    assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
    String leadId = SuiteClient.json(received).path("leadId").asText();
    JsonNode assigned =
        marketing.awaitJson("/api/leads/" + leadId, lead -> lead.path("owner").isTextual());

    String owner = assigned.path("owner").asText();
    users.addIfMissing(owner, List.of("sales"));
    SuiteClient sales = gateway().withToken(token(owner));
    assertThat(
            sales
                .post(
                    "/api/leads/" + leadId + "/attempts",
                    Map.of("channel", "call", "outcome", "replied", "notes", "Rollout in Q1"))
                .statusCode())
        .isEqualTo(201);
    assertThat(
            sales
                .post("/api/leads/" + leadId + "/outcome", Map.of("outcome", "qualified"))
                .statusCode())
        .isEqualTo(200);
    String dealId = "deal-install-" + leadId;
    HttpResponse<String> converted =
        sales.post(
            "/api/leads/" + leadId + "/outcome",
            Map.of(
                "outcome",
                "converted",
                "deal",
                Map.of("dealId", dealId, "arr", 64000, "closeDate", "2026-11-20")));
    assertThat(converted.statusCode()).as(converted.body()).isEqualTo(200);

    // handoff-service fetched the lead's context from lead-service with its own client-credentials
    // token
    JsonNode handoff =
        sales.awaitJson(
            "/api/handoffs/" + dealId, body -> body.path("context").path("available").asBoolean());
    assertThat(handoff.path("salesOwner").asText()).isEqualTo(owner);
    assertThat(handoff.path("context").path("notes").toString()).contains("Rollout in Q1");

    try (CamundaClient engine = engineClient()) {
      UserTask brief =
          OpenTasks.awaitOne(
              engine, handoff.path("processInstanceKey").asLong(), Handoff.COMPLETE_BRIEF_TASK);
      engine
          .newCompleteUserTaskCommand(brief.getUserTaskKey())
          .variables(Briefs.complete())
          .send()
          .join();
      OpenTasks.acceptHandoff(
          engine, handoff.path("processInstanceKey").asLong(), "amy", "Kickoff on Monday");
    }

    SuiteClient accountManager = gateway().withToken(token("amy"));
    JsonNode accepted =
        accountManager.awaitJson(
            "/api/handoffs/" + dealId, body -> "ACCEPTED".equals(body.path("status").asText()));
    assertThat(accepted.path("accountManager").asText()).isEqualTo("amy");
    assertThat(gateway().get("/api/handoffs/" + dealId).statusCode()).isEqualTo(401);
  }

  private static ChildProcess start(
      String component,
      Map<String, String> environment,
      URI readiness,
      List<String> args,
      Path hosts) {
    Path jar = component.equals("embedded-engine") ? layout.engineJar() : layout.jar(component);
    ChildProcess child =
        ChildProcess.start(
            component,
            AppImage.prepare(component, jar, layout.appsDir()),
            List.of("-Djdk.net.hosts.file=" + hosts),
            args,
            environment,
            readiness,
            work.resolve("logs").resolve(component + ".log"));
    running.add(child);
    return child;
  }

  /**
   * The Job of the render: deploys the processes to the engine with the Job's own environment, and
   * ends.
   */
  private static void runDeployerJob(Path hosts) throws IOException, InterruptedException {
    Path log = work.resolve("logs/workflows-deployer.log");
    ProcessBuilder job =
        new ProcessBuilder(
                AppImage.javaCommand(),
                "-Djdk.net.hosts.file=" + hosts,
                "-jar",
                projectRoot.resolve("workflows/deployer/target/workflows-deployer.jar").toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    job.environment().clear();
    job.environment().putAll(withSystemPath(pods.get("workflows-deployer")));
    Process process = job.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException(
          "The workflows deployer did not end within 2 minutes; see " + log);
    }
    assertThat(process.exitValue()).as("the workflows deployer's exit code; see %s", log).isZero();
  }

  /** A pod's environment plus what any process needs to run here (a pod's image brings its own). */
  private static Map<String, String> withSystemPath(Map<String, String> environment) {
    Map<String, String> complete = new LinkedHashMap<>(environment);
    complete.put("PATH", System.getenv("PATH"));
    complete.put("HOME", work.toString());
    return complete;
  }

  private static String token(String username) throws IOException, InterruptedException {
    SignIn.Client console =
        new SignIn.Client(
            URI.create("http://" + PROVIDER + ":9000"),
            "baton-console",
            URI.create("https://baton.example.com/console/"));
    return SignIn.accessToken(console, username, users.password());
  }

  /**
   * The gateway's pod, called by no one; what is awaited through it, within a minute (the
   * workloads' first requests are slow).
   */
  private static SuiteClient gateway() {
    return SuiteClient.to(
            URI.create("http://" + PODS + ":" + pods.get("gateway").get("SERVER_PORT")), HTTP)
        .timeout(Duration.ofSeconds(30))
        .waiting(SuiteClient.Polling.every(Duration.ofMillis(100), Duration.ofSeconds(60)));
  }

  private static CamundaClient engineClient() {
    return CamundaClient.newClientBuilder()
        .grpcAddress(URI.create("http://127.0.0.1:" + engineGrpcPort))
        .restAddress(URI.create("http://127.0.0.1:" + engineRestPort))
        .preferRestOverGrpc(false)
        .build();
  }
}

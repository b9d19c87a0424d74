package io.baton.helm;

import static io.baton.helm.Manifests.asList;
import static io.baton.helm.Manifests.asMap;
import static io.baton.helm.Manifests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How the components find MongoDB, Camunda and each other, and where their secrets come from. */
class ConnectionsTest {

  private static final List<String> SERVICES =
      List.of("lead-service", "handoff-service", "onboarding-service", "retention-service");

  @Test
  void theGatewayGetsTheUrlOfEveryServiceAndServicesTheUrlsOfThoseTheyCall() {
    Manifests manifests = RenderScenarios.defaults();

    assertThat(config(manifests, "gateway"))
        .containsEntry("BATON_SERVICES_LEAD_SERVICE_URL", "http://lead-service:8081")
        .containsEntry("BATON_SERVICES_HANDOFF_SERVICE_URL", "http://handoff-service:8082")
        .containsEntry("BATON_SERVICES_ONBOARDING_SERVICE_URL", "http://onboarding-service:8083")
        .containsEntry("BATON_SERVICES_RETENTION_SERVICE_URL", "http://retention-service:8084");
    assertThat(config(manifests, "handoff-service"))
        .containsEntry("BATON_SERVICES_LEAD_SERVICE_URL", "http://lead-service:8081");
    assertThat(config(manifests, "onboarding-service"))
        .containsEntry("BATON_SERVICES_RETENTION_SERVICE_URL", "http://retention-service:8084")
        .containsEntry("BATON_SERVICES_HANDOFF_SERVICE_URL", "http://handoff-service:8082");
    assertThat(config(manifests, "lead-service"))
        .containsEntry("BATON_SERVICES_RETENTION_SERVICE_URL", "http://retention-service:8084");
    assertThat(config(manifests, "retention-service"))
        .containsEntry("BATON_SERVICES_LEAD_SERVICE_URL", "http://lead-service:8081");
  }

  /**
   * Actuator and metrics on a port of their own, which the pod and the Service name {@code
   * management}, and the scrape annotations point at; the gateway and the Ingress route to the
   * other one.
   */
  @Test
  void everyComponentServesActuatorAndMetricsOnItsOwnManagementPort() {
    Manifests manifests = RenderScenarios.production();
    Map<String, Integer> managementPorts =
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
            9084);

    managementPorts.forEach(
        (component, port) -> {
          assertThat(config(manifests, component))
              .as(component)
              .containsEntry("MANAGEMENT_SERVER_PORT", String.valueOf(port))
              .containsEntry("SERVER_PORT", String.valueOf(port - 1000));
          Map<String, Object> pod =
              asMap(at(manifests.get("Deployment", component), "spec", "template"));
          assertThat(asList(asList(at(pod, "spec", "containers")).getFirst().get("ports")))
              .as("%s container ports", component)
              .containsExactly(
                  Map.of("name", "http", "containerPort", port - 1000, "protocol", "TCP"),
                  Map.of("name", "management", "containerPort", port, "protocol", "TCP"));
          assertThat(asMap(at(pod, "metadata", "annotations")))
              .as("%s scrape annotations", component)
              .containsEntry("prometheus.io/scrape", "true")
              .containsEntry("prometheus.io/path", "/actuator/prometheus")
              .containsEntry("prometheus.io/port", String.valueOf(port));
          assertThat(asList(at(manifests.get("Service", component), "spec", "ports")))
              .as("%s Service ports", component)
              .contains(
                  Map.of(
                      "name",
                      "management",
                      "port",
                      port,
                      "targetPort",
                      "management",
                      "protocol",
                      "TCP"));
        });
  }

  @Test
  void aManagementPortThatIsTheMainPortIsRefused() {
    assertThatIllegalStateException()
        .isThrownBy(
            () -> ChartRenderer.render(Map.of("components.lead-service.managementPort", 8081)))
        .withMessageContaining("components.lead-service.managementPort must differ from its port");
  }

  @Test
  void everyServiceKeepsItsOwnDatabaseOnTheSharedMongoDbAndTheGatewayNone() {
    Manifests manifests = RenderScenarios.defaults();

    for (String service : SERVICES) {
      assertThat(config(manifests, service))
          .containsEntry("SPRING_DATA_MONGODB_DATABASE", service)
          .containsEntry("CAMUNDA_CLIENT_MODE", "self-managed");
      assertThat(secretRef(manifests, service, "SPRING_DATA_MONGODB_URI"))
          .isEqualTo(Map.of("name", "baton-connections", "key", "mongodb-uri"));
    }
    assertThat(config(manifests, "gateway"))
        .doesNotContainKeys("SPRING_DATA_MONGODB_DATABASE", "CAMUNDA_CLIENT_MODE");
    assertThat(env(manifests, "gateway")).isEmpty();
  }

  @Test
  void theDefaultsHoldNoSecretAndTheChartSecretNoPassword() {
    Map<String, Object> secret = RenderScenarios.defaults().get("Secret", "baton-connections");
    Map<String, String> data = decoded(secret);

    assertThat(data).containsOnlyKeys("mongodb-uri");
    assertThat(data.get("mongodb-uri"))
        .isEqualTo("mongodb://mongodb:27017")
        .doesNotContainPattern("://[^/@]+:[^/@]*@");
    assertThat(RenderScenarios.defaults().ofKind("Secret")).hasSize(1);
  }

  @Test
  void existingSecretsReplaceTheChartSecret() {
    Manifests manifests = RenderScenarios.production();

    assertThat(manifests.ofKind("Secret")).isEmpty();
    for (String service : SERVICES) {
      assertThat(secretRef(manifests, service, "SPRING_DATA_MONGODB_URI"))
          .isEqualTo(Map.of("name", "baton-mongodb", "key", "mongodb-uri"));
      assertThat(secretRef(manifests, service, "CAMUNDA_CLIENT_AUTH_CLIENT_SECRET"))
          .isEqualTo(Map.of("name", "baton-camunda", "key", "client-secret"));
      assertThat(config(manifests, service))
          .containsEntry("CAMUNDA_CLIENT_AUTH_METHOD", "oidc")
          .containsEntry("CAMUNDA_CLIENT_AUTH_CLIENT_ID", "baton")
          .containsEntry("CAMUNDA_CLIENT_AUTH_AUDIENCE", "orchestration-api")
          .doesNotContainKey("CAMUNDA_CLIENT_AUTH_CLIENT_SECRET");
    }
  }

  @Test
  void aComponentCanHaveItsOwnMongoDbSecret() {
    Manifests manifests =
        ChartRenderer.render(
            Map.of("components.lead-service.mongodb.existingSecret", "lead-service-mongodb"));

    assertThat(secretRef(manifests, "lead-service", "SPRING_DATA_MONGODB_URI"))
        .isEqualTo(Map.of("name", "lead-service-mongodb", "key", "mongodb-uri"));
    assertThat(secretRef(manifests, "handoff-service", "SPRING_DATA_MONGODB_URI"))
        .isEqualTo(Map.of("name", "baton-connections", "key", "mongodb-uri"));
  }

  @Test
  void camundaSaasDerivesAddressesAndTakesTheClientSecretFromTheChartSecret() {
    Manifests manifests = RenderScenarios.saas();

    assertThat(config(manifests, "retention-service"))
        .containsEntry("CAMUNDA_CLIENT_MODE", "saas")
        .containsEntry("CAMUNDA_CLIENT_GRPC_ADDRESS", "https://c0ffee.bru-2.zeebe.camunda.io:443")
        .containsEntry("CAMUNDA_CLIENT_REST_ADDRESS", "https://bru-2.zeebe.camunda.io:443/c0ffee")
        .containsEntry("CAMUNDA_CLIENT_AUTH_METHOD", "oidc")
        .containsEntry(
            "CAMUNDA_CLIENT_AUTH_TOKEN_URL", "https://login.cloud.camunda.io/oauth/token")
        .containsEntry("CAMUNDA_CLIENT_AUTH_AUDIENCE", "zeebe.camunda.io")
        .containsEntry("CAMUNDA_CLIENT_AUTH_CREDENTIALS_CACHE_PATH", "/tmp/camunda/credentials");
    assertThat(secretRef(manifests, "retention-service", "CAMUNDA_CLIENT_AUTH_CLIENT_SECRET"))
        .isEqualTo(Map.of("name", "baton-connections", "key", "camunda-client-secret"));
    assertThat(decoded(manifests.get("Secret", "baton-connections")))
        .containsEntry("camunda-client-secret", "not-a-real-secret");
  }

  @Test
  void oidcWithoutAClientSecretIsRefusedNamingTheValue() {
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                ChartRenderer.render(
                    Map.of(
                        "camunda.auth.method", "oidc",
                        "camunda.auth.clientId", "baton",
                        "camunda.auth.tokenUrl", "https://login.example.com/token")))
        .withMessageContaining("camunda.auth.existingSecret is required");
  }

  @Test
  void theWorkflowsDeployerIsAnInstallAndUpgradeHookWithTheServicesCamundaConnection() {
    Manifests manifests = RenderScenarios.production();
    Map<String, Object> job = manifests.get("Job", "workflows-deployer");

    assertThat(asMap(at(job, "metadata", "annotations")))
        .containsEntry("helm.sh/hook", "post-install,post-upgrade")
        .containsEntry("helm.sh/hook-delete-policy", "before-hook-creation,hook-succeeded");
    Map<String, Object> container =
        asList(at(job, "spec", "template", "spec", "containers")).getFirst();
    assertThat(container.get("image"))
        .isEqualTo("registry.example.com/baton/workflows-deployer:0.1.0");
    Map<String, Object> jobEnv =
        asList(container.get("env")).stream()
            .filter(e -> e.containsKey("value"))
            .collect(Collectors.toMap(e -> (String) e.get("name"), e -> e.get("value")));
    Map<String, String> camundaOfAService = new LinkedHashMap<>(config(manifests, "lead-service"));
    camundaOfAService.keySet().removeIf(key -> !key.startsWith("CAMUNDA_"));
    assertThat(jobEnv).containsAllEntriesOf(camundaOfAService);
    assertThat(asList(container.get("env")))
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("name", "CAMUNDA_CLIENT_AUTH_CLIENT_SECRET")
                    .containsEntry(
                        "valueFrom",
                        Map.of(
                            "secretKeyRef",
                            Map.of("name", "baton-camunda", "key", "client-secret"))));
  }

  /**
   * The CRM intake's secrets come from the operator's Secret into lead-service and handoff-service
   * only, never into a value or the chart's Secret; with HubSpot's intake on, both learn the URL
   * HubSpot calls (the ingress host, https with TLS) and handoff-service which user each HubSpot
   * owner is.
   */
  @Test
  void theIntakeSecretsComeFromTheOperatorsSecretToTheServicesThatTakeWebhooksOnly() {
    Manifests manifests = RenderScenarios.production();

    for (String service : List.of("lead-service", "handoff-service")) {
      assertThat(secretRef(manifests, service, "BATON_INTAKE_HUBSPOT_CLIENT_SECRET"))
          .as(service)
          .isEqualTo(Map.of("name", "baton-intake", "key", "hubspot-client-secret"));
      assertThat(secretRef(manifests, service, "BATON_INTAKE_WEBHOOK_SECRET"))
          .as(service)
          .isEqualTo(Map.of("name", "baton-intake", "key", "webhook-secret"));
      assertThat(config(manifests, service))
          .as(service)
          .containsEntry("BATON_INTAKE_HUBSPOT_PUBLIC_URL", "https://baton.example.com")
          .doesNotContainKeys("BATON_INTAKE_HUBSPOT_CLIENT_SECRET", "BATON_INTAKE_WEBHOOK_SECRET");
    }
    assertThat(config(manifests, "handoff-service"))
        .containsEntry("BATON_INTAKE_HUBSPOT_OWNERS_31268510", "sam");
    assertThat(config(manifests, "lead-service"))
        .doesNotContainKey("BATON_INTAKE_HUBSPOT_OWNERS_31268510");
    for (String other : List.of("gateway", "onboarding-service", "retention-service")) {
      assertThat(env(manifests, other))
          .as(other)
          .noneMatch(variable -> String.valueOf(variable.get("name")).startsWith("BATON_INTAKE_"));
      assertThat(config(manifests, other))
          .as(other)
          .noneSatisfy((key, value) -> assertThat(key).startsWith("BATON_INTAKE_"));
    }
  }

  @Test
  void withoutItsSecretsTheIntakeIsOffAndGetsNothing() {
    Manifests manifests = RenderScenarios.defaults();

    for (String service : List.of("lead-service", "handoff-service")) {
      assertThat(env(manifests, service))
          .as(service)
          .noneMatch(variable -> String.valueOf(variable.get("name")).startsWith("BATON_INTAKE_"));
      assertThat(config(manifests, service))
          .as(service)
          .noneSatisfy((key, value) -> assertThat(key).startsWith("BATON_INTAKE_"));
    }
  }

  @Test
  void theWebhookIntakeAloneNeedsNoPublicUrlButHubSpotsDoesWithoutAnIngress() {
    Manifests webhookOnly =
        ChartRenderer.render(Map.of("intake.webhook.existingSecret", "crm-webhook"));

    assertThat(secretRef(webhookOnly, "lead-service", "BATON_INTAKE_WEBHOOK_SECRET"))
        .isEqualTo(Map.of("name", "crm-webhook", "key", "webhook-secret"));
    assertThat(config(webhookOnly, "lead-service"))
        .doesNotContainKey("BATON_INTAKE_HUBSPOT_PUBLIC_URL");
    assertThatIllegalStateException()
        .isThrownBy(
            () -> ChartRenderer.render(Map.of("intake.hubspot.existingSecret", "hubspot-app")))
        .withMessageContaining("intake.publicUrl is required");
    assertThat(
            config(
                ChartRenderer.render(
                    Map.of(
                        "intake.hubspot.existingSecret", "hubspot-app",
                        "intake.publicUrl", "https://crm-hooks.example.com/")),
                "handoff-service"))
        .containsEntry("BATON_INTAKE_HUBSPOT_PUBLIC_URL", "https://crm-hooks.example.com");
  }

  /**
   * Every service tells people through the production example's SMTP server, with its credentials
   * from the operator's Secret, and to its webhook targets, each target's signing secret (and the
   * Slack URL, itself a credential) from the Secret too; the gateway gets none of it.
   */
  @Test
  void everyServiceGetsTheNotificationSettingsAndTheirSecretsFromTheOperatorsSecrets() {
    Manifests manifests = RenderScenarios.production();

    for (String service : SERVICES) {
      assertThat(config(manifests, service))
          .as(service)
          .containsEntry("SPRING_MAIL_HOST", "smtp.example.com")
          .containsEntry("SPRING_MAIL_PORT", "587")
          .containsEntry("BATON_NOTIFICATIONS_EMAIL_FROM", "baton@example.com")
          .containsEntry("BATON_NOTIFICATIONS_CONSOLE_URL", "https://baton.example.com")
          .containsEntry("BATON_NOTIFICATIONS_DIRECTORY", "token")
          .containsEntry(
              "BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_OPS_URL", "https://ops.example.com/hooks/baton")
          .containsEntry("BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_OPS_FORMAT", "json")
          .containsEntry("BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_SLACK_FORMAT", "slack")
          .containsEntry("BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_SLACK_EVENTS", "manager-review")
          .doesNotContainKeys(
              "BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_OPS_EVENTS",
              "BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_SLACK_URL",
              "SPRING_MAIL_USERNAME",
              "SPRING_MAIL_PASSWORD");
      assertThat(secretRef(manifests, service, "SPRING_MAIL_USERNAME"))
          .as(service)
          .isEqualTo(Map.of("name", "baton-smtp", "key", "username"));
      assertThat(secretRef(manifests, service, "SPRING_MAIL_PASSWORD"))
          .as(service)
          .isEqualTo(Map.of("name", "baton-smtp", "key", "password"));
      assertThat(secretRef(manifests, service, "BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_OPS_SECRET"))
          .as(service)
          .isEqualTo(Map.of("name", "baton-webhooks", "key", "ops-secret"));
      assertThat(secretRef(manifests, service, "BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_SLACK_SECRET"))
          .as(service)
          .isEqualTo(Map.of("name", "baton-webhooks", "key", "slack-secret"));
      assertThat(secretRef(manifests, service, "BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_SLACK_URL"))
          .as(service)
          .isEqualTo(Map.of("name", "baton-webhooks", "key", "slack-url"));
    }
    assertThat(config(manifests, "gateway"))
        .noneSatisfy((key, value) -> assertThat(key).startsWith("BATON_NOTIFICATIONS_"))
        .doesNotContainKey("SPRING_MAIL_HOST");
    assertThat(env(manifests, "gateway"))
        .noneMatch(variable -> String.valueOf(variable.get("name")).startsWith("SPRING_MAIL_"))
        .noneMatch(
            variable -> String.valueOf(variable.get("name")).startsWith("BATON_NOTIFICATIONS_"));
  }

  /**
   * Without values the services keep their own SMTP default and get no credentials and no webhook
   * target; the directory is the identity provider's tokens.
   */
  @Test
  void byDefaultTheServicesReadAddressesFromTokensAndHaveNoWebhookTargets() {
    Manifests manifests = RenderScenarios.defaults();

    for (String service : SERVICES) {
      assertThat(config(manifests, service))
          .as(service)
          .containsEntry("BATON_NOTIFICATIONS_DIRECTORY", "token")
          .containsEntry("BATON_NOTIFICATIONS_EMAIL_FROM", "baton@baton.local")
          .doesNotContainKeys("SPRING_MAIL_HOST", "BATON_NOTIFICATIONS_CONSOLE_URL")
          .noneSatisfy((key, value) -> assertThat(key).startsWith("BATON_NOTIFICATIONS_WEBHOOKS_"));
      assertThat(env(manifests, service))
          .as(service)
          .noneMatch(variable -> String.valueOf(variable.get("name")).startsWith("SPRING_MAIL_"))
          .noneMatch(
              variable -> String.valueOf(variable.get("name")).startsWith("BATON_NOTIFICATIONS_"));
    }
  }

  @Test
  void aWebhookTargetNeedsItsSecretAndAUrlAndTakesItsDefaults() {
    Manifests manifests =
        ChartRenderer.render(
            Map.of(
                "notifications.webhooks.targets.crm.url", "http://crm.crm.svc:8080/baton",
                "notifications.webhooks.targets.crm.existingSecret", "crm-hook",
                "notifications.webhooks.allowedHosts[0]", "crm.crm.svc",
                "notifications.webhooks.timeout", "PT5S",
                "notifications.consoleUrl", "https://console.example.com/"));

    assertThat(config(manifests, "lead-service"))
        .containsEntry(
            "BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_CRM_URL", "http://crm.crm.svc:8080/baton")
        .containsEntry("BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_CRM_FORMAT", "json")
        .containsEntry("BATON_NOTIFICATIONS_WEBHOOKS_ALLOWED_HOSTS", "crm.crm.svc")
        .containsEntry("BATON_NOTIFICATIONS_WEBHOOKS_TIMEOUT", "PT5S")
        .containsEntry("BATON_NOTIFICATIONS_CONSOLE_URL", "https://console.example.com");
    assertThat(
            secretRef(manifests, "lead-service", "BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_CRM_SECRET"))
        .isEqualTo(Map.of("name", "crm-hook", "key", "webhook-secret"));
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                ChartRenderer.render(
                    Map.of("notifications.webhooks.targets.crm.existingSecret", "crm-hook")))
        .withMessageContaining("notifications.webhooks.targets.crm.url or existingSecretUrlKey");
  }

  @Test
  void aDisabledComponentIsNeitherDeployedNorCalled() {
    Manifests manifests =
        ChartRenderer.render(Map.of("components.onboarding-service.enabled", false));

    assertThat(manifests.has("Deployment", "onboarding-service")).isFalse();
    assertThat(manifests.has("Service", "onboarding-service")).isFalse();
    assertThat(config(manifests, "gateway"))
        .doesNotContainKey("BATON_SERVICES_ONBOARDING_SERVICE_URL");
  }

  @Test
  void aCallToAnUnknownComponentIsRefused() {
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                ChartRenderer.render(Map.of("components.handoff-service.calls[0]", "crm-service")))
        .withMessageContaining(
            "components.handoff-service.calls names \"crm-service\", which is not a component");
  }

  @Test
  void everyComponentValidatesTokensOfTheConfiguredIssuer() {
    for (String component :
        List.of(
            "gateway",
            "lead-service",
            "handoff-service",
            "onboarding-service",
            "retention-service")) {
      assertThat(config(RenderScenarios.production(), component))
          .as(component)
          .containsEntry("BATON_SECURITY_ISSUER", "https://login.example.com/realms/baton")
          .containsEntry("BATON_SECURITY_AUDIENCE", "baton")
          .containsEntry("BATON_SECURITY_ROLES_CLAIM", "roles")
          .containsEntry("BATON_SECURITY_USERNAME_CLAIM", "preferred_username")
          .as("%s finds the issuer's keys through its discovery document", component)
          .doesNotContainKey("BATON_SECURITY_JWK_SET_URI");
    }
    assertThat(config(RenderScenarios.production(), "gateway"))
        .containsEntry("BATON_CONSOLE_SIGN_IN_CLIENT_ID", "baton-console");
  }

  @Test
  void theServicesThatCallOthersGetTheirOAuthClientWithTheSecretFromTheExistingSecret() {
    for (String caller :
        List.of("lead-service", "handoff-service", "onboarding-service", "retention-service")) {
      assertThat(config(RenderScenarios.production(), caller))
          .as(caller)
          .containsEntry(
              "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_BATON_TOKEN_URI",
              "https://login.example.com/realms/baton/protocol/openid-connect/token")
          .containsEntry(
              "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_BATON_SYSTEM_CLIENT_ID",
              "baton-services");
      assertThat(env(RenderScenarios.production(), caller))
          .as(caller)
          .anySatisfy(
              variable -> {
                assertThat(variable.get("name"))
                    .isEqualTo(
                        "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_BATON_SYSTEM_CLIENT_SECRET");
                assertThat(at(variable, "valueFrom", "secretKeyRef", "name"))
                    .isEqualTo("baton-oidc-client");
                assertThat(at(variable, "valueFrom", "secretKeyRef", "key"))
                    .isEqualTo("client-secret");
              });
    }
    for (String other : List.of("gateway")) {
      assertThat(config(RenderScenarios.production(), other))
          .as(other)
          .doesNotContainKey("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_BATON_SYSTEM_CLIENT_ID");
      assertThat(env(RenderScenarios.production(), other))
          .as(other)
          .noneMatch(
              variable ->
                  "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_BATON_SYSTEM_CLIENT_SECRET"
                      .equals(variable.get("name")));
    }
  }

  /**
   * The local identity provider (module identity, the local suite only) is no component of the
   * chart, and no render turns on the local profile it would start in.
   */
  @Test
  void noRenderStartsTheLocalIdentityProvider() {
    RenderScenarios.all()
        .map(arguments -> (Manifests) arguments.get()[1])
        .forEach(
            manifests -> {
              assertThat(manifests.has("Deployment", "identity")).isFalse();
              for (String component :
                  List.of(
                      "gateway",
                      "lead-service",
                      "handoff-service",
                      "onboarding-service",
                      "retention-service")) {
                assertThat(config(manifests, component))
                    .doesNotContainKey("SPRING_PROFILES_ACTIVE");
              }
            });
  }

  @Test
  void anotherProvidersKeySetAndTokenEndpointAreTakenAsGiven() {
    Manifests okta =
        ChartRenderer.render(
            Map.of(
                "security.issuer", "https://example.okta.com/oauth2/default",
                "security.jwkSetUri", "https://example.okta.com/oauth2/default/v1/keys",
                "security.tokenUri", "https://example.okta.com/oauth2/default/v1/token",
                "security.rolesClaim", "groups"));

    assertThat(config(okta, "onboarding-service"))
        .containsEntry(
            "BATON_SECURITY_JWK_SET_URI", "https://example.okta.com/oauth2/default/v1/keys")
        .containsEntry(
            "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_BATON_TOKEN_URI",
            "https://example.okta.com/oauth2/default/v1/token")
        .containsEntry("BATON_SECURITY_ROLES_CLAIM", "groups");
  }

  static Map<String, String> config(Manifests manifests, String component) {
    Map<String, Object> data = asMap(at(manifests.get("ConfigMap", component), "data"));
    return data.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> (String) e.getValue()));
  }

  static List<Map<String, Object>> env(Manifests manifests, String component) {
    Map<String, Object> deployment = manifests.get("Deployment", component);
    return asList(
        asList(at(deployment, "spec", "template", "spec", "containers")).getFirst().get("env"));
  }

  private static Object secretRef(Manifests manifests, String component, String variable) {
    return env(manifests, component).stream()
        .filter(e -> variable.equals(e.get("name")))
        .map(e -> at(e, "valueFrom", "secretKeyRef"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(component + " has no " + variable));
  }

  private static Map<String, String> decoded(Map<String, Object> secret) {
    return asMap(secret.get("data")).entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                e -> new String(Base64.getDecoder().decode((String) e.getValue()))));
  }
}

package io.baton.workflows.deployer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CamundaConnectionTest {

  @Test
  void selfManagedWithoutAuthNeedsOnlyTheAddresses() {
    CamundaConnection connection =
        CamundaConnection.fromEnvironment(
            Map.of(
                "CAMUNDA_CLIENT_GRPC_ADDRESS", "http://camunda-zeebe-gateway:26500",
                "CAMUNDA_CLIENT_REST_ADDRESS", "http://camunda-zeebe-gateway:8080"));

    assertThat(connection.grpcAddress())
        .isEqualTo(URI.create("http://camunda-zeebe-gateway:26500"));
    assertThat(connection.restAddress()).isEqualTo(URI.create("http://camunda-zeebe-gateway:8080"));
    assertThat(connection.oauthClient()).isNull();
  }

  @Test
  void selfManagedWithOidcUsesTheClientCredentials() {
    Map<String, String> env = selfManaged();
    env.put("CAMUNDA_CLIENT_AUTH_METHOD", "oidc");
    env.put("CAMUNDA_CLIENT_AUTH_CLIENT_ID", "baton");
    env.put("CAMUNDA_CLIENT_AUTH_CLIENT_SECRET", "from-a-secret");
    env.put(
        "CAMUNDA_CLIENT_AUTH_TOKEN_URL",
        "https://idp.example.com/realms/camunda/protocol/openid-connect/token");
    env.put("CAMUNDA_CLIENT_AUTH_AUDIENCE", "orchestration-api");

    CamundaConnection.OAuthClient oauth = CamundaConnection.fromEnvironment(env).oauthClient();

    assertThat(oauth.clientId()).isEqualTo("baton");
    assertThat(oauth.clientSecret()).isEqualTo("from-a-secret");
    assertThat(oauth.audience()).isEqualTo("orchestration-api");
    assertThat(oauth.scope()).isEmpty();
    assertThat(oauth.toString()).doesNotContain("from-a-secret");
  }

  @Test
  void oidcWithoutClientSecretIsRejectedNamingTheVariable() {
    Map<String, String> env = selfManaged();
    env.put("CAMUNDA_CLIENT_AUTH_METHOD", "oidc");
    env.put("CAMUNDA_CLIENT_AUTH_CLIENT_ID", "baton");
    env.put("CAMUNDA_CLIENT_AUTH_TOKEN_URL", "https://idp.example.com/token");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> CamundaConnection.fromEnvironment(env))
        .withMessage("CAMUNDA_CLIENT_AUTH_CLIENT_SECRET is required");
  }

  @Test
  void saasDerivesAddressesTokenUrlAndAudienceFromClusterAndRegion() {
    CamundaConnection connection =
        CamundaConnection.fromEnvironment(
            Map.of(
                "CAMUNDA_CLIENT_MODE", "saas",
                "CAMUNDA_CLIENT_CLOUD_CLUSTER_ID", "c0ffee",
                "CAMUNDA_CLIENT_CLOUD_REGION", "bru-2",
                "CAMUNDA_CLIENT_AUTH_CLIENT_ID", "baton",
                "CAMUNDA_CLIENT_AUTH_CLIENT_SECRET", "from-a-secret"));

    assertThat(connection.grpcAddress())
        .isEqualTo(URI.create("https://c0ffee.bru-2.zeebe.camunda.io:443"));
    assertThat(connection.restAddress())
        .isEqualTo(URI.create("https://bru-2.zeebe.camunda.io:443/c0ffee"));
    assertThat(connection.oauthClient().tokenUrl())
        .isEqualTo(URI.create("https://login.cloud.camunda.io/oauth/token"));
    assertThat(connection.oauthClient().audience()).isEqualTo("zeebe.camunda.io");
  }

  @Test
  void missingAddressIsRejectedNamingTheVariable() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                CamundaConnection.fromEnvironment(
                    Map.of("CAMUNDA_CLIENT_REST_ADDRESS", "http://camunda:8080")))
        .withMessage("CAMUNDA_CLIENT_GRPC_ADDRESS is required");
  }

  @Test
  void addressWithoutSchemeIsRejected() {
    Map<String, String> env = selfManaged();
    env.put("CAMUNDA_CLIENT_GRPC_ADDRESS", "camunda-zeebe-gateway:26500");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> CamundaConnection.fromEnvironment(env))
        .withMessageStartingWith("CAMUNDA_CLIENT_GRPC_ADDRESS must be an absolute URL");
  }

  @Test
  void unknownModeIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CamundaConnection.fromEnvironment(Map.of("CAMUNDA_CLIENT_MODE", "cloud")))
        .withMessage("CAMUNDA_CLIENT_MODE must be self-managed or saas, not 'cloud'");
  }

  private static Map<String, String> selfManaged() {
    Map<String, String> env = new HashMap<>();
    env.put("CAMUNDA_CLIENT_GRPC_ADDRESS", "http://camunda-zeebe-gateway:26500");
    env.put("CAMUNDA_CLIENT_REST_ADDRESS", "http://camunda-zeebe-gateway:8080");
    return env;
  }
}

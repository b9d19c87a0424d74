package io.baton.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The local identity provider over real HTTP, as the gateway, the services and the console use it:
 * discovery, the key set, client credentials for the services, and the console's public client held
 * to PKCE. The sign-in through the form (and the console's one redirect) is exercised end to end by
 * the local suite's tests, where every token comes from this provider.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.address=127.0.0.1",
      "baton.identity.services-client-secret=test-only-services-secret",
      "baton.identity.console-url=http://localhost:8080"
    })
class IdentityProviderIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void localUsers(DynamicPropertyRegistry registry) throws IOException {
    Path directory = Files.createTempDirectory("baton-identity");
    Path users =
        Files.writeString(
            directory.resolve("users.yml"),
            "users:\n  - username: sam\n    roles: [sales]\n    groups: [sales]\n");
    Path password = Files.writeString(directory.resolve("password"), "local-password");
    registry.add("baton.identity.users-file", users::toString);
    registry.add("baton.identity.password-file", password::toString);
  }

  @Test
  void publishesADiscoveryDocumentThatNamesItsEndpointsAndPkceWithS256() throws Exception {
    JsonNode discovery = JSON.readTree(get("/.well-known/openid-configuration").body());

    assertThat(discovery.path("issuer").asText()).isEqualTo(issuer());
    assertThat(discovery.path("authorization_endpoint").asText())
        .isEqualTo(issuer() + "/oauth2/authorize");
    assertThat(discovery.path("token_endpoint").asText()).isEqualTo(issuer() + "/oauth2/token");
    assertThat(discovery.path("jwks_uri").asText()).isEqualTo(issuer() + "/oauth2/jwks");
    assertThat(discovery.path("code_challenge_methods_supported").toString())
        .isEqualTo("[\"S256\"]");
  }

  @Test
  void givesTheServicesClientASystemTokenForBatonsAudienceThatVerifiesThroughDiscovery()
      throws Exception {
    HttpResponse<String> issued = clientCredentials("baton-services", "test-only-services-secret");
    assertThat(issued.statusCode()).isEqualTo(200);

    Jwt token =
        NimbusJwtDecoder.withIssuerLocation(issuer())
            .build()
            .decode(JSON.readTree(issued.body()).path("access_token").asText());

    assertThat(token.getAudience()).containsExactly("baton");
    assertThat(token.getClaimAsStringList("roles")).containsExactly("system");
    assertThat(token.getClaimAsString("preferred_username")).isEqualTo("baton-services");
    assertThat(token.getIssuer().toString()).isEqualTo(issuer());
  }

  @Test
  void refusesTheServicesClientWithAWrongSecretAndTheConsoleClientCredentials() throws Exception {
    HttpResponse<String> wrongSecret = clientCredentials("baton-services", "guess");
    assertThat(wrongSecret.statusCode()).as(wrongSecret.body()).isEqualTo(401);
    HttpResponse<String> console = clientCredentials("baton-console", "");
    assertThat(console.statusCode()).isEqualTo(400);
    assertThat(console.body()).contains("invalid_request").doesNotContain("access_token");
  }

  @Test
  void holdsTheConsoleToPkce() throws Exception {
    HttpResponse<String> withoutChallenge =
        get(
            "/oauth2/authorize?response_type=code&client_id=baton-console&scope=openid&state=s1"
                + "&redirect_uri=http://localhost:8080/console/");
    assertThat(withoutChallenge.statusCode()).isEqualTo(302);
    assertThat(withoutChallenge.headers().firstValue("Location").orElseThrow())
        .startsWith("http://localhost:8080/console/?error=invalid_request")
        .doesNotContain("code=");
  }

  @Test
  void sendsABrowserWithoutASessionToTheSignInForm() throws Exception {
    HttpResponse<String> authorize =
        get(
            "/oauth2/authorize?response_type=code&client_id=baton-console&scope=openid&state=s3"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
                + "&redirect_uri=http://localhost:8080/console/");

    assertThat(authorize.statusCode()).isEqualTo(302);
    assertThat(authorize.headers().firstValue("Location").orElseThrow()).contains("/login");
  }

  private String issuer() {
    return "http://localhost:" + port;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(issuer() + path))
            .header("Accept", "text/html")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> clientCredentials(String clientId, String secret)
      throws IOException, InterruptedException {
    String basic =
        Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

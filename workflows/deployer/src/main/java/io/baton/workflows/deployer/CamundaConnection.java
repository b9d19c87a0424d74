package io.baton.workflows.deployer;

import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Where the Camunda 8 cluster is and how to authenticate, read from the same environment variables
 * the services bind to {@code camunda.client.*} (so the Helm chart gives the deployer and the
 * services one configuration).
 *
 * <ul>
 *   <li>{@code CAMUNDA_CLIENT_MODE}: {@code self-managed} (default) or {@code saas}
 *   <li>self-managed: {@code CAMUNDA_CLIENT_GRPC_ADDRESS}, {@code CAMUNDA_CLIENT_REST_ADDRESS}
 *   <li>saas: {@code CAMUNDA_CLIENT_CLOUD_CLUSTER_ID}, {@code CAMUNDA_CLIENT_CLOUD_REGION}
 *       (addresses, token URL and audience follow from them, as in the Camunda starter)
 *   <li>{@code CAMUNDA_CLIENT_AUTH_METHOD}: {@code none} (default for self-managed) or {@code oidc}
 *       (always for saas), with {@code CAMUNDA_CLIENT_AUTH_CLIENT_ID}, {@code
 *       CAMUNDA_CLIENT_AUTH_CLIENT_SECRET}, {@code CAMUNDA_CLIENT_AUTH_TOKEN_URL}, {@code
 *       CAMUNDA_CLIENT_AUTH_AUDIENCE}, and optional {@code CAMUNDA_CLIENT_AUTH_SCOPE} and {@code
 *       CAMUNDA_CLIENT_AUTH_CREDENTIALS_CACHE_PATH}
 * </ul>
 */
record CamundaConnection(
    URI grpcAddress, URI restAddress, OAuthClient oauthClient, String credentialsCachePath) {

  static final String MODE = "CAMUNDA_CLIENT_MODE";
  static final String GRPC_ADDRESS = "CAMUNDA_CLIENT_GRPC_ADDRESS";
  static final String REST_ADDRESS = "CAMUNDA_CLIENT_REST_ADDRESS";
  static final String AUTH_METHOD = "CAMUNDA_CLIENT_AUTH_METHOD";
  static final String CLIENT_ID = "CAMUNDA_CLIENT_AUTH_CLIENT_ID";
  static final String CLIENT_SECRET = "CAMUNDA_CLIENT_AUTH_CLIENT_SECRET";
  static final String TOKEN_URL = "CAMUNDA_CLIENT_AUTH_TOKEN_URL";
  static final String AUDIENCE = "CAMUNDA_CLIENT_AUTH_AUDIENCE";
  static final String SCOPE = "CAMUNDA_CLIENT_AUTH_SCOPE";
  static final String CREDENTIALS_CACHE_PATH = "CAMUNDA_CLIENT_AUTH_CREDENTIALS_CACHE_PATH";
  static final String CLUSTER_ID = "CAMUNDA_CLIENT_CLOUD_CLUSTER_ID";
  static final String REGION = "CAMUNDA_CLIENT_CLOUD_REGION";

  static final String SAAS_DOMAIN = "camunda.io";
  static final String DEFAULT_CREDENTIALS_CACHE_PATH = "/tmp/camunda/credentials";
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /** Client credentials of an OAuth 2.0 client (the client credentials grant). */
  record OAuthClient(
      String clientId, String clientSecret, URI tokenUrl, String audience, String scope) {

    @Override
    public String toString() {
      return "OAuthClient[clientId="
          + clientId
          + ", tokenUrl="
          + tokenUrl
          + ", audience="
          + audience
          + "]";
    }
  }

  /**
   * Reads the connection from environment variables.
   *
   * @throws IllegalArgumentException naming the variable that is missing or wrong
   */
  static CamundaConnection fromEnvironment(Map<String, String> env) {
    String mode = value(env, MODE, "self-managed").toLowerCase(Locale.ROOT);
    String cachePath = value(env, CREDENTIALS_CACHE_PATH, DEFAULT_CREDENTIALS_CACHE_PATH);
    return switch (mode) {
      case "self-managed" -> selfManaged(env, cachePath);
      case "saas" -> saas(env, cachePath);
      default ->
          throw new IllegalArgumentException(
              MODE + " must be self-managed or saas, not '" + mode + "'");
    };
  }

  private static CamundaConnection selfManaged(Map<String, String> env, String cachePath) {
    URI grpc = uri(GRPC_ADDRESS, required(env, GRPC_ADDRESS));
    URI rest = uri(REST_ADDRESS, required(env, REST_ADDRESS));
    String method = value(env, AUTH_METHOD, "none").toLowerCase(Locale.ROOT);
    OAuthClient oauth =
        switch (method) {
          case "none" -> null;
          case "oidc" ->
              new OAuthClient(
                  required(env, CLIENT_ID),
                  required(env, CLIENT_SECRET),
                  uri(TOKEN_URL, required(env, TOKEN_URL)),
                  value(env, AUDIENCE, ""),
                  value(env, SCOPE, ""));
          default ->
              throw new IllegalArgumentException(
                  AUTH_METHOD + " must be none or oidc, not '" + method + "'");
        };
    return new CamundaConnection(grpc, rest, oauth, cachePath);
  }

  private static CamundaConnection saas(Map<String, String> env, String cachePath) {
    String clusterId = required(env, CLUSTER_ID);
    String region = required(env, REGION);
    URI grpc = URI.create("https://%s.%s.zeebe.%s:443".formatted(clusterId, region, SAAS_DOMAIN));
    URI rest = URI.create("https://%s.zeebe.%s:443/%s".formatted(region, SAAS_DOMAIN, clusterId));
    OAuthClient oauth =
        new OAuthClient(
            required(env, CLIENT_ID),
            required(env, CLIENT_SECRET),
            uri(
                TOKEN_URL,
                value(env, TOKEN_URL, "https://login.cloud.%s/oauth/token".formatted(SAAS_DOMAIN))),
            value(env, AUDIENCE, "zeebe." + SAAS_DOMAIN),
            value(env, SCOPE, ""));
    return new CamundaConnection(grpc, rest, oauth, cachePath);
  }

  /** A client for this connection; it talks gRPC, which every Camunda 8.8 cluster serves. */
  CamundaClient newClient() {
    var builder =
        CamundaClient.newClientBuilder()
            .applyEnvironmentVariableOverrides(false)
            .grpcAddress(grpcAddress)
            .restAddress(restAddress)
            .preferRestOverGrpc(false)
            .defaultRequestTimeout(REQUEST_TIMEOUT);
    if (oauthClient != null) {
      var credentials =
          CredentialsProvider.newCredentialsProviderBuilder()
              .applyEnvironmentOverrides(false)
              .clientId(oauthClient.clientId())
              .clientSecret(oauthClient.clientSecret())
              .authorizationServerUrl(oauthClient.tokenUrl().toString())
              .credentialsCachePath(credentialsCachePath);
      if (!oauthClient.audience().isEmpty()) {
        credentials.audience(oauthClient.audience());
      }
      if (!oauthClient.scope().isEmpty()) {
        credentials.scope(oauthClient.scope());
      }
      builder.credentialsProvider(credentials.build());
    }
    return builder.build();
  }

  private static String value(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static String required(Map<String, String> env, String name) {
    String value = value(env, name, "");
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  private static URI uri(String name, String value) {
    URI uri;
    try {
      uri = URI.create(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " is not a URL: '" + value + "'", e);
    }
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw new IllegalArgumentException(
          name + " must be an absolute URL with scheme and host, not '" + value + "'");
    }
    return uri;
  }
}

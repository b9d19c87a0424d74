package io.baton.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.baton.gateway.console.Json.object;
import static io.baton.gateway.console.Json.write;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * WireMock as the OpenID Connect provider the console signs users in with: a discovery document, an
 * authorization endpoint that signs the user in at once and sends the browser back with a code, a
 * token endpoint for the authorization code grant with PKCE, and an end-session endpoint.
 * Cross-origin calls from the console are allowed (CORS), as a real provider allows them for its
 * registered clients.
 */
final class StubbedIdentityProvider {

  static final String CLIENT_ID = "baton-console";

  static final String CODE = "the-authorization-code";

  private static final String AUTHORIZE = "/oauth2/authorize";

  private static final String TOKEN = "/oauth2/token";

  private static final String LOGOUT = "/connect/logout";

  /** What a PKCE verifier is made of (RFC 7636 §4.1). */
  private static final String VERIFIER = "[A-Za-z0-9._~-]{43,128}";

  private final WireMockServer server =
      new WireMockServer(options().port(freePort()).stubCorsEnabled(true));

  void start() {
    server.start();
  }

  void stop() {
    server.stop();
  }

  void reset() {
    server.resetAll();
  }

  String issuer() {
    return server.baseUrl();
  }

  /**
   * The provider describes itself and signs the user in; the token endpoint answers {@code
   * accessToken}.
   */
  void signsInWith(String consoleUrl, String accessToken) {
    describesItself();
    answersAuthorizationWithState(consoleUrl, "{{urlEncode request.query.state}}");
    server.stubFor(
        post(TOKEN)
            .withFormParam("grant_type", equalTo("authorization_code"))
            .withFormParam("code", equalTo(CODE))
            .withFormParam("redirect_uri", equalTo(consoleUrl))
            .withFormParam("client_id", equalTo(CLIENT_ID))
            .withFormParam("code_verifier", matching(VERIFIER))
            .willReturn(
                okJson(
                        write(
                            object(
                                "access_token",
                                accessToken,
                                "token_type",
                                "Bearer",
                                "expires_in",
                                3600,
                                "scope",
                                "openid profile")))
                    .withHeader("Cache-Control", "no-store")));
    server.stubFor(
        get(urlPathEqualTo(LOGOUT))
            .withQueryParam("client_id", equalTo(CLIENT_ID))
            .withQueryParam("post_logout_redirect_uri", equalTo(consoleUrl))
            .willReturn(aResponse().withStatus(302).withHeader("Location", consoleUrl)));
  }

  /**
   * The authorization endpoint sends the browser back with the code and a state that is not the one
   * sent.
   */
  void answersWithAnotherState(String consoleUrl) {
    describesItself();
    answersAuthorizationWithState(consoleUrl, "a-state-this-tab-never-sent");
  }

  /** The query of the one authorization request the browser made. */
  Map<String, String> authorizationRequest() {
    List<LoggedRequest> requests = server.findAll(getRequestedFor(urlPathEqualTo(AUTHORIZE)));
    if (requests.size() != 1) {
      throw new AssertionError("Expected one authorization request, got " + requests.size());
    }
    return form(requests.getFirst().getUrl().replaceFirst("^[^?]*\\?", ""));
  }

  /** The form of each token request the console made. */
  List<Map<String, String>> tokenRequests() {
    return server.findAll(postRequestedFor(urlPathEqualTo(TOKEN))).stream()
        .map(request -> form(request.getBodyAsString()))
        .toList();
  }

  /** The query of each end-session request the browser made. */
  List<Map<String, String>> logoutRequests() {
    return server.findAll(getRequestedFor(urlPathEqualTo(LOGOUT))).stream()
        .map(request -> form(request.getUrl().replaceFirst("^[^?]*\\?", "")))
        .toList();
  }

  private void describesItself() {
    server.stubFor(
        get("/.well-known/openid-configuration")
            .willReturn(
                okJson(
                    write(
                        object(
                            "issuer",
                            issuer(),
                            "authorization_endpoint",
                            issuer() + AUTHORIZE,
                            "token_endpoint",
                            issuer() + TOKEN,
                            "end_session_endpoint",
                            issuer() + LOGOUT,
                            "response_types_supported",
                            List.of("code"),
                            "code_challenge_methods_supported",
                            List.of("S256"))))));
  }

  private void answersAuthorizationWithState(String consoleUrl, String state) {
    server.stubFor(
        get(urlPathEqualTo(AUTHORIZE))
            .withQueryParam("response_type", equalTo("code"))
            .withQueryParam("client_id", equalTo(CLIENT_ID))
            .withQueryParam("redirect_uri", equalTo(consoleUrl))
            .withQueryParam("code_challenge_method", equalTo("S256"))
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", consoleUrl + "?code=" + CODE + "&state=" + state)
                    .withTransformers("response-template")));
  }

  private static Map<String, String> form(String encoded) {
    return Arrays.stream(encoded.split("&"))
        .filter(pair -> !pair.isEmpty())
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : ""));
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

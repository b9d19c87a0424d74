package io.baton.local;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a user in at an OpenID Connect provider the way the console does, without a browser: the
 * authorization code flow with PKCE (S256) through the provider's sign-in form, then the code
 * exchanged for an access token. Used by {@code ./baton token}, the end-to-end tests and the
 * benchmarks, so every token of the local suite comes from the real provider.
 */
public final class SignIn {

  /** The console's public client and where the provider sends the code back to. */
  public record Client(URI issuer, String clientId, URI redirectUri) {}

  /** The provider refused the sign-in (wrong password, unknown user) or the flow went astray. */
  public static final class Refused extends IllegalStateException {
    Refused(String message) {
      super(message);
    }
  }

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final SecureRandom RANDOM = new SecureRandom();

  private SignIn() {}

  /** The access token of {@code username}, signed in with {@code password}. */
  public static String accessToken(Client client, String username, String password)
      throws IOException, InterruptedException {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .build();
    String verifier = random();
    String state = random();
    Map<String, String> authorization = new LinkedHashMap<>();
    authorization.put("response_type", "code");
    authorization.put("client_id", client.clientId());
    authorization.put("redirect_uri", client.redirectUri().toString());
    authorization.put("scope", "openid profile");
    authorization.put("state", state);
    authorization.put("code_challenge", challenge(verifier));
    authorization.put("code_challenge_method", "S256");
    URI authorize = client.issuer().resolve("/oauth2/authorize?" + form(authorization));

    URI login = redirect(send(browser, get(authorize)), "the authorization endpoint");
    HttpResponse<String> page = send(browser, get(login));
    Matcher csrf = CSRF.matcher(page.body());
    if (page.statusCode() != 200 || !csrf.find()) {
      throw new Refused("The sign-in form at " + login + " answered " + page.statusCode());
    }
    HttpResponse<String> submitted =
        send(
            browser,
            post(
                login,
                form(Map.of("username", username, "password", password, "_csrf", csrf.group(1)))));
    URI afterLogin = redirect(submitted, "the sign-in form");
    if (afterLogin.getQuery() != null && afterLogin.getQuery().contains("error")) {
      throw new Refused("The identity provider refused the sign-in of " + username);
    }
    URI callback =
        redirect(send(browser, get(afterLogin)), "the authorization endpoint after sign-in");
    Map<String, String> answer = query(callback);
    if (!state.equals(answer.get("state")) || answer.get("code") == null) {
      throw new Refused(
          "The identity provider sent back no code for " + username + ": " + callback);
    }
    Map<String, String> exchange = new LinkedHashMap<>();
    exchange.put("grant_type", "authorization_code");
    exchange.put("code", answer.get("code"));
    exchange.put("redirect_uri", client.redirectUri().toString());
    exchange.put("client_id", client.clientId());
    exchange.put("code_verifier", verifier);
    HttpResponse<String> token =
        send(browser, post(client.issuer().resolve("/oauth2/token"), form(exchange)));
    Matcher accessToken = ACCESS_TOKEN.matcher(token.body());
    if (token.statusCode() != 200 || !accessToken.find()) {
      throw new Refused("The token endpoint answered " + token.statusCode() + ": " + token.body());
    }
    return accessToken.group(1);
  }

  private static HttpRequest get(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html").GET().build();
  }

  private static HttpRequest post(URI uri, String form) {
    return HttpRequest.newBuilder(uri)
        .timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
  }

  private static HttpResponse<String> send(HttpClient browser, HttpRequest request)
      throws IOException, InterruptedException {
    return browser.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static URI redirect(HttpResponse<String> response, String step) {
    String location = response.headers().firstValue("Location").orElse(null);
    if (response.statusCode() / 100 != 3 || location == null) {
      throw new Refused(
          step
              + " answered "
              + response.statusCode()
              + " instead of a redirect: "
              + response.body());
    }
    return response.uri().resolve(location);
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> values = new LinkedHashMap<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        String[] parts = pair.split("=", 2);
        values.put(decode(parts[0]), parts.length == 2 ? decode(parts[1]) : "");
      }
    }
    return values;
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  private static String form(Map<String, String> values) {
    return values.entrySet().stream()
        .map(
            entry ->
                URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

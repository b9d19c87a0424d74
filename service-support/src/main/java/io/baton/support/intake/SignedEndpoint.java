package io.baton.support.intake;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * An endpoint a CRM calls without a token: the request's signature is its authentication. A service
 * declares each as a bean; service-support then lets {@code POST} requests to exactly that path in
 * without a token, and only once their signature checks out ({@link SignedIntakeFilter}).
 *
 * @param path the endpoint's path, without variables
 * @param scheme how the requests are signed, and so which secret checks them
 */
public record SignedEndpoint(String path, Scheme scheme) {

  /** The signature schemes an intake endpoint takes. */
  public enum Scheme {
    /** HubSpot's signature v3, with {@code baton.intake.hubspot.client-secret}. */
    HUBSPOT,
    /** Baton's own {@code Baton-Signature: v1=...}, with {@code baton.intake.webhook.secret}. */
    BATON_WEBHOOK
  }

  public static SignedEndpoint hubSpot(String path) {
    return new SignedEndpoint(path, Scheme.HUBSPOT);
  }

  public static SignedEndpoint batonWebhook(String path) {
    return new SignedEndpoint(path, Scheme.BATON_WEBHOOK);
  }

  /**
   * The requests this endpoint takes: {@code POST} to its path. The same matcher opens the path in
   * the authorization rules and guards it in the signature check, so the two cannot disagree.
   */
  public RequestMatcher matcher() {
    return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, path);
  }
}

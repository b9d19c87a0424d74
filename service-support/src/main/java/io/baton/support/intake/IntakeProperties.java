package io.baton.support.intake;

import java.net.URI;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code baton.intake.*}: the secrets CRMs sign their webhooks with, from the environment only
 * ({@code BATON_INTAKE_HUBSPOT_CLIENT_SECRET}, {@code BATON_INTAKE_WEBHOOK_SECRET}; the chart takes
 * them from a Kubernetes Secret). An intake whose secret is not set is off: its endpoints answer
 * 404 and take nothing. A secret shorter than {@value #MIN_SECRET_LENGTH} characters is refused at
 * start.
 *
 * @param hubspot HubSpot's signed webhooks (signature v3)
 * @param webhook Baton's own signed webhook format
 */
@ConfigurationProperties("baton.intake")
public record IntakeProperties(@DefaultValue HubSpot hubspot, @DefaultValue Webhook webhook) {

  static final int MIN_SECRET_LENGTH = 32;

  /**
   * @param clientSecret the client secret of the HubSpot app that sends the webhooks
   * @param publicUrl where HubSpot calls Baton (scheme, host and port of the gateway or ingress,
   *     without a path): HubSpot signs the full URL it called, so the check needs it
   */
  public record HubSpot(String clientSecret, @DefaultValue("http://localhost:8080") URI publicUrl) {

    public HubSpot {
      clientSecret = configuredSecret(clientSecret, "baton.intake.hubspot.client-secret");
      String scheme =
          publicUrl == null || publicUrl.getScheme() == null
              ? ""
              : publicUrl.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https"))
          || publicUrl.getHost() == null
          || publicUrl.getRawQuery() != null
          || publicUrl.getRawFragment() != null) {
        throw new IllegalArgumentException(
            "baton.intake.hubspot.public-url must be an http(s) URL such as"
                + " https://baton.example.com, not "
                + publicUrl);
      }
    }

    /** The public URL without a trailing slash, to which a request's path is appended. */
    public String base() {
      String url = publicUrl.toString();
      return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
  }

  /**
   * @param secret the secret senders sign Baton's webhook format with
   */
  public record Webhook(String secret) {

    public Webhook {
      secret = configuredSecret(secret, "baton.intake.webhook.secret");
    }
  }

  /** A configured secret, or null when it is not set (blank counts as not set). */
  private static String configuredSecret(String value, String property) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.strip().length() < MIN_SECRET_LENGTH) {
      throw new IllegalArgumentException(
          property + " must be at least " + MIN_SECRET_LENGTH + " characters long");
    }
    return value.strip();
  }
}

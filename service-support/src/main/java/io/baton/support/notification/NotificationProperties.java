package io.baton.support.notification;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code baton.notifications.*}: which collections keep notifications next to their outbox, over
 * which channels each person is told (e-mail unless told otherwise), how often the relay sweeps
 * them and the delivery log, how often a delivery is tried (the wait between tries starts at {@code
 * initialBackoff} and doubles up to {@code maxBackoff}), how long a claimed delivery may take
 * before it counts as interrupted, the console's URL for deep links, the users file of the local
 * directory, the e-mail sender, this service's event types (what people may subscribe to or mute)
 * and the webhook targets.
 */
@ConfigurationProperties("baton.notifications")
public record NotificationProperties(
    List<String> collections,
    List<String> channels,
    Duration sweepInterval,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration claimTimeout,
    String consoleUrl,
    Path directoryFile,
    Email email,
    List<String> eventTypes,
    Webhooks webhooks) {

  public NotificationProperties {
    collections = collections == null ? List.of() : List.copyOf(collections);
    channels = channels == null ? List.of("email") : List.copyOf(channels);
    sweepInterval = sweepInterval == null ? Duration.ofSeconds(5) : sweepInterval;
    maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
    initialBackoff = initialBackoff == null ? Duration.ofSeconds(30) : initialBackoff;
    maxBackoff = maxBackoff == null ? Duration.ofMinutes(30) : maxBackoff;
    claimTimeout = claimTimeout == null ? Duration.ofMinutes(5) : claimTimeout;
    consoleUrl = consoleUrl == null ? "http://localhost:8080" : consoleUrl;
    email = email == null ? new Email(null) : email;
    eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    webhooks = webhooks == null ? new Webhooks(null, null, null) : webhooks;
  }

  /** The e-mail channel: the sender's address. */
  public record Email(String from) {
    public Email {
      from = from == null ? "baton@baton.local" : from;
    }
  }

  /**
   * Outbound webhooks, set by the platform team: the targets by name, the hosts allowed although
   * they resolve to a loopback, private or link-local address, and the connect and read timeout.
   */
  public record Webhooks(Map<String, Target> targets, List<String> allowedHosts, Duration timeout) {
    public Webhooks {
      targets = targets == null ? Map.of() : new TreeMap<>(targets);
      allowedHosts =
          allowedHosts == null
              ? List.of()
              : allowedHosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).toList();
      timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
      targets.forEach(Target::check);
    }

    /** The names of the targets that receive {@code eventType}, in name order. */
    public List<String> targetsOf(String eventType) {
      return targets.entrySet().stream()
          .filter(target -> target.getValue().receives(eventType))
          .map(Map.Entry::getKey)
          .toList();
    }
  }

  /**
   * One webhook target: where to post, in which format, which event types (none: all of this
   * service's), and the secret it is signed with (from the environment, never from a file in the
   * repository).
   */
  public record Target(URI url, WebhookFormat format, List<String> events, String secret) {
    public Target {
      format = format == null ? WebhookFormat.JSON : format;
      events = events == null ? List.of() : List.copyOf(events);
    }

    boolean receives(String eventType) {
      return events.isEmpty() || events.contains(eventType);
    }

    private static void check(String name, Target target) {
      String variable =
          "BATON_NOTIFICATIONS_WEBHOOKS_TARGETS_"
              + name.toUpperCase(Locale.ROOT).replace('-', '_')
              + "_";
      if (target.url() == null || !target.url().isAbsolute()) {
        throw new IllegalArgumentException(
            "Webhook target "
                + name
                + " has no absolute url: set baton.notifications.webhooks.targets."
                + name
                + ".url ("
                + variable
                + "URL)");
      }
      if (target.secret() == null || target.secret().isBlank()) {
        throw new IllegalArgumentException(
            "Webhook target "
                + name
                + " has no secret, and Baton sends no unsigned webhooks: set "
                + variable
                + "SECRET (e.g. from a Kubernetes Secret)");
      }
    }
  }

  /** {@code link} made absolute against the console's URL; an absolute link as it is. */
  public String absoluteLink(String link) {
    if (link == null || URI.create(link).isAbsolute()) {
      return link;
    }
    return URI.create(consoleUrl).resolve(link).toString();
  }

  /** The wait before try {@code attempt + 1}, after {@code attempt} failed tries. */
  public Duration backoffAfter(int attempt) {
    Duration backoff = initialBackoff;
    for (int i = 1; i < attempt && backoff.compareTo(maxBackoff) < 0; i++) {
      backoff = backoff.multipliedBy(2);
    }
    return backoff.compareTo(maxBackoff) <= 0 ? backoff : maxBackoff;
  }
}

package io.baton.support.notification;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code baton.notifications.*}: which collections keep notifications next to their outbox, over
 * which channels each person is told (e-mail unless told otherwise), how often the relay sweeps
 * them and the delivery log, how often a delivery is tried (the wait between tries starts at {@code
 * initialBackoff} and doubles up to {@code maxBackoff}), how long a claimed delivery may take
 * before it counts as interrupted, the console's URL for deep links, the users file of the local
 * directory, and the e-mail sender.
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
    Email email) {

  public NotificationProperties {
    collections = collections == null ? List.of() : List.copyOf(collections);
    channels = channels == null || channels.isEmpty() ? List.of("email") : List.copyOf(channels);
    sweepInterval = sweepInterval == null ? Duration.ofSeconds(5) : sweepInterval;
    maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
    initialBackoff = initialBackoff == null ? Duration.ofSeconds(30) : initialBackoff;
    maxBackoff = maxBackoff == null ? Duration.ofMinutes(30) : maxBackoff;
    claimTimeout = claimTimeout == null ? Duration.ofMinutes(5) : claimTimeout;
    consoleUrl = consoleUrl == null ? "http://localhost:8080" : consoleUrl;
    email = email == null ? new Email(null) : email;
  }

  /** The e-mail channel: the sender's address. */
  public record Email(String from) {
    public Email {
      from = from == null ? "baton@baton.local" : from;
    }
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

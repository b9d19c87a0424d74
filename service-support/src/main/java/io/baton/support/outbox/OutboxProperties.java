package io.baton.support.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code baton.outbox.*}: which collections keep an outbox, how often the relay sweeps them for
 * messages not yet acknowledged, how long the engine buffers a message nobody waits for yet, and
 * the longest the relay waits before trying again while the engine refuses or cannot be reached
 * (the wait starts at the sweep interval and doubles), and how long a relay's claim on a message
 * lasts: of several replicas only the one holding the claim publishes the message, and a claim a
 * crashed replica left behind lets another take the message over once it has run out.
 */
@ConfigurationProperties("baton.outbox")
public record OutboxProperties(
    List<String> collections,
    Duration sweepInterval,
    Duration messageTimeToLive,
    Duration maxBackoff,
    Duration claimLease) {

  public OutboxProperties {
    collections = collections == null ? List.of() : List.copyOf(collections);
    sweepInterval = sweepInterval == null ? Duration.ofSeconds(5) : sweepInterval;
    messageTimeToLive = messageTimeToLive == null ? Duration.ofHours(1) : messageTimeToLive;
    maxBackoff = maxBackoff == null ? Duration.ofMinutes(1) : maxBackoff;
    claimLease = claimLease == null ? Duration.ofSeconds(30) : claimLease;
  }
}

package io.baton.support.mongo;

import com.mongodb.MongoClientSettings;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;

/**
 * How long a service waits for its MongoDB before it gives up: the driver's default is 30 s for
 * finding a server, during which every request would hang. Given up after a few seconds, a request
 * answers 503 problem+json and readiness turns DOWN, so callers and Kubernetes learn it at once.
 */
public final class MongoTimeouts implements MongoClientSettingsBuilderCustomizer {

  private final Duration serverSelectionTimeout;
  private final Duration connectTimeout;

  public MongoTimeouts(Duration serverSelectionTimeout, Duration connectTimeout) {
    this.serverSelectionTimeout = serverSelectionTimeout;
    this.connectTimeout = connectTimeout;
  }

  @Override
  public void customize(MongoClientSettings.Builder settings) {
    settings
        .applyToClusterSettings(
            cluster ->
                cluster.serverSelectionTimeout(
                    serverSelectionTimeout.toMillis(), TimeUnit.MILLISECONDS))
        .applyToSocketSettings(
            socket ->
                socket.connectTimeout((int) connectTimeout.toMillis(), TimeUnit.MILLISECONDS));
  }
}

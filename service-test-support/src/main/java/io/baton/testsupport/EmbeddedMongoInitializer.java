package io.baton.testsupport;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the service under test at the {@link EmbeddedMongo}, in a database of its own for each
 * Spring context: the test context cache keeps earlier contexts running, with their outbox and
 * notification sweeps, and those must not claim, send or publish what a later test stored.
 */
public class EmbeddedMongoInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final AtomicInteger CONTEXTS = new AtomicInteger();

  private final Supplier<String> mongoUri;

  public EmbeddedMongoInitializer() {
    this(() -> EmbeddedMongo.uri("test-" + CONTEXTS.incrementAndGet()));
  }

  private EmbeddedMongoInitializer(Supplier<String> mongoUri) {
    this.mongoUri = mongoUri;
  }

  /**
   * Points a second replica of the service under test at the same database as the first, whose
   * {@code spring.data.mongodb.uri} is given: replicas of a service share their database.
   */
  public static EmbeddedMongoInitializer sharing(String mongoUri) {
    return new EmbeddedMongoInitializer(() -> mongoUri);
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "embedded-mongo", Map.of("spring.data.mongodb.uri", mongoUri.get())));
  }
}

package io.baton.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the service under test at the {@link EmbeddedMongo}. */
public class EmbeddedMongoInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "embedded-mongo", Map.of("spring.data.mongodb.uri", EmbeddedMongo.uri("test"))));
  }
}

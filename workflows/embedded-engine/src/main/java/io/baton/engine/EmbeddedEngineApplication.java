package io.baton.engine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Runs the real Zeebe 8.8 engine locally: gRPC gateway, user-task REST API, engine control. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EmbeddedEngineApplication {

  public static void main(final String[] args) {
    SpringApplication.run(EmbeddedEngineApplication.class, args);
  }
}

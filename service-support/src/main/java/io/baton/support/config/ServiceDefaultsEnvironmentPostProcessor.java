package io.baton.support.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code baton-service-defaults.yml} as the lowest-precedence configuration of every service:
 * the settings they all share (actuator exposure, problem details, engine client on the local
 * defaults). A service's own application.yml, profiles and environment override it.
 */
public class ServiceDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

  static final String DEFAULTS = "baton-service-defaults.yml";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    try {
      new YamlPropertySourceLoader()
          .load(DEFAULTS, new ClassPathResource(DEFAULTS))
          .forEach(source -> environment.getPropertySources().addLast(source));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + DEFAULTS, e);
    }
  }
}

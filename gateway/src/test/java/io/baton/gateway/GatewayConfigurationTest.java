package io.baton.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.gateway.console.ConsoleProperties;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.cloud.gateway.filter.FilterDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Guards the resilience and console settings in the shipped application.yml, which the integration
 * tests override.
 */
class GatewayConfigurationTest {

  private static final List<String> SERVICES =
      List.of("lead-service", "handoff-service", "onboarding-service", "retention-service");

  /** The suffix of the route of a service's notifications, under /api/notifications/<service>. */
  private static final String NOTIFICATIONS = "-notifications";

  /** The routes in application.yml, and the task inbox's route, declared in code. */
  private static final List<String> ROUTES =
      List.of(
          "lead-service",
          "handoff-service",
          "onboarding-service",
          "retention-service",
          "camunda-user-tasks");

  private static MutablePropertySources sources;

  private static Binder config;

  @BeforeAll
  static void loadApplicationYml() throws IOException {
    sources = new MutablePropertySources();
    for (PropertySource<?> source :
        new YamlPropertySourceLoader()
            .load("application.yml", new ClassPathResource("application.yml"))) {
      sources.addLast(source);
    }
    config =
        new Binder(
            ConfigurationPropertySources.from(sources),
            new PropertySourcesPlaceholdersResolver(sources));
  }

  @Test
  void hasOneRouteNamedAfterEachServiceWithAConfigurableUrlAndOneForItsNotifications() {
    List<RouteDefinition> routes = routes();

    assertThat(routes)
        .extracting(RouteDefinition::getId)
        .containsExactlyElementsOf(
            Stream.concat(SERVICES.stream(), SERVICES.stream().map(s -> s + NOTIFICATIONS))
                .toList());
    assertThat(routes)
        .extracting(route -> route.getUri().toString())
        .containsExactly(
            "http://localhost:8081",
            "http://localhost:8082",
            "http://localhost:8083",
            "http://localhost:8084",
            "http://localhost:8081",
            "http://localhost:8082",
            "http://localhost:8083",
            "http://localhost:8084");
  }

  @Test
  void wrapsEveryRouteInItsServicesCircuitBreakerWithAFallback() {
    for (RouteDefinition route : routes()) {
      String service = route.getId().replace(NOTIFICATIONS, "");
      assertThat(route.getFilters())
          .as(route.getId())
          .filteredOn(filter -> filter.getName().equals("CircuitBreaker"))
          .singleElement()
          .extracting(FilterDefinition::getArgs)
          .isEqualTo(Map.of("name", service, "fallbackUri", "forward:/fallback/" + service));
    }
  }

  @Test
  void givesEveryRouteExplicitResilienceInstances() {
    for (String kind : List.of("circuitbreaker", "timelimiter", "bulkhead")) {
      assertThat(
              config
                  .bind(
                      "resilience4j." + kind + ".instances",
                      Bindable.mapOf(String.class, Object.class))
                  .get())
          .as(kind)
          .containsOnlyKeys(ROUTES);
    }
  }

  @Test
  void keepsTheTaskInboxAndItsRouteOffByDefault() {
    ConsoleProperties console = config.bind("baton.console", ConsoleProperties.class).get();

    assertThat(console.taskInbox().enabled()).isFalse();
    assertThat(console.tasklistUrl()).isNull();
    assertThat(config.bind("baton.services.camunda-rest.url", String.class).get())
        .isEqualTo("http://localhost:8088");
  }

  @Test
  void signsConsoleUsersInAtTheIssuerTheGatewayTrustsReadingTheClaimsTheGatewayReads() {
    ConsoleProperties.SignIn signIn =
        config.bind("baton.console", ConsoleProperties.class).get().signIn();

    assertThat(signIn.issuer())
        .hasToString(config.bind("baton.security.issuer", String.class).get());
    assertThat(signIn.clientId()).isEqualTo("baton-console");
    assertThat(signIn.scope()).isEqualTo("openid profile");
    assertThat(signIn.usernameClaim()).isEqualTo("preferred_username");
    assertThat(signIn.rolesClaim()).isEqualTo("roles");
    assertThat(signIn.groupsClaim()).isEqualTo("groups");
  }

  @Test
  void followsTheGatewaysClaimNamesWhenAnInstallationChangesThem() {
    MutablePropertySources entra = new MutablePropertySources(sources);
    entra.addFirst(
        new MapPropertySource(
            "entra-id",
            Map.of(
                "baton.security.issuer",
                "https://login.example.com/v2.0",
                "baton.security.username-claim",
                "upn",
                "baton.security.roles-claim",
                "app_roles")));
    Binder entraConfig =
        new Binder(
            ConfigurationPropertySources.from(entra),
            new PropertySourcesPlaceholdersResolver(entra));

    ConsoleProperties.SignIn signIn =
        entraConfig.bind("baton.console", ConsoleProperties.class).get().signIn();

    assertThat(signIn.issuer()).hasToString("https://login.example.com/v2.0");
    assertThat(signIn.usernameClaim()).isEqualTo("upn");
    assertThat(signIn.rolesClaim()).isEqualTo("app_roles");
  }

  @Test
  void allowsMoreThanTheOneSecondDefaultTimeLimit() {
    assertThat(
            config
                .bind("resilience4j.timelimiter.configs.default.timeout-duration", Duration.class)
                .get())
        .isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void exposesOnlyHealthInfoAndPrometheus() {
    assertThat(
            config
                .bind("management.endpoints.web.exposure.include", Bindable.listOf(String.class))
                .get())
        .containsExactly("health", "info", "prometheus");
    assertThat(config.bind("management.endpoint.gateway.access", String.class).get())
        .isEqualTo("none");
  }

  @Test
  void servesActuatorOnItsOwnPortAndTheProbesOnTheMainPort() {
    assertThat(config.bind("management.server.port", Integer.class).get()).isEqualTo(9080);
    assertThat(config.bind("server.port", Integer.class).get()).isEqualTo(8080);
    assertThat(
            config
                .bind("management.endpoint.health.probes.add-additional-paths", Boolean.class)
                .get())
        .isTrue();
  }

  private static List<RouteDefinition> routes() {
    return config
        .bind("spring.cloud.gateway.server.webflux.routes", Bindable.listOf(RouteDefinition.class))
        .get();
  }
}

package io.baton.gateway.console;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Local mode only: routes Camunda 8's user-task REST API ({@code /v2/user-tasks/**}) to the engine
 * that serves it, for the console's task inbox. Off by default: in production users work in
 * Tasklist, and the gateway does not expose the engine's API.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "baton.console.task-inbox.enabled", havingValue = "true")
public class TaskInboxRouteConfiguration {

  /** Route id, circuit breaker and fallback name. */
  public static final String ROUTE_ID = "camunda-user-tasks";

  @Bean
  RouteLocator camundaUserTasksRoute(
      RouteLocatorBuilder routes, @Value("${baton.services.camunda-rest.url}") URI camundaRest) {
    return routes
        .routes()
        .route(
            ROUTE_ID,
            route ->
                route
                    .path("/v2/user-tasks/**")
                    .filters(
                        filters ->
                            filters.circuitBreaker(
                                breaker ->
                                    breaker
                                        .setName(ROUTE_ID)
                                        .setFallbackUri("forward:/fallback/" + ROUTE_ID)))
                    .uri(camundaRest))
        .build();
  }
}

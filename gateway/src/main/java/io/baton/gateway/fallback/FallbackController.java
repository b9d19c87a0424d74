package io.baton.gateway.fallback;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker forwards a request it could not complete: the service is down,
 * too slow, or its breaker is open. Answers 503 problem+json naming the service.
 */
@RestController
@Tag(name = "Fallbacks", description = "The gateway's answers when a service is unavailable")
public class FallbackController {

  private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

  private final RouteLocator routes;

  /** All routes, those of application.yml and those declared in code (e.g. the task inbox's). */
  public FallbackController(RouteLocator routes) {
    this.routes = routes;
  }

  @Operation(
      summary = "Service unavailable",
      description =
          "The gateway forwards a request here when the service's circuit breaker is open, the "
              + "service cannot be reached or it does not answer within its time limit. Every HTTP method of "
              + "the original request ends here; `instance` is the original path.")
  @ApiResponse(
      responseCode = "503",
      description = "The service is unavailable",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(
      responseCode = "404",
      description = "No route has this service name",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @RequestMapping(
      path = "/fallback/{service}",
      method = {
        RequestMethod.GET,
        RequestMethod.POST,
        RequestMethod.PUT,
        RequestMethod.PATCH,
        RequestMethod.DELETE
      })
  public Mono<ResponseEntity<ProblemDetail>> serviceUnavailable(
      @Parameter(description = "The route id, which is the service name", example = "lead-service")
          @PathVariable
          String service,
      ServerWebExchange exchange) {
    return routes
        .getRoutes()
        .any(route -> route.getId().equals(service))
        .map(
            known -> {
              if (!known) {
                throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "No route is named " + service + ".");
              }
              return unavailable(service, exchange);
            });
  }

  private static ResponseEntity<ProblemDetail> unavailable(
      String service, ServerWebExchange exchange) {
    Throwable cause = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
    String path = originalPath(exchange);
    log.warn(
        "{} unavailable for {} {}: {}",
        service,
        exchange.getRequest().getMethod(),
        path,
        cause == null ? "no cause recorded" : cause.toString());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ServiceUnavailableProblem.of(service, path, cause));
  }

  private static String originalPath(ServerWebExchange exchange) {
    Set<URI> originalUrls = exchange.getAttribute(GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
    if (originalUrls == null || originalUrls.isEmpty()) {
      return exchange.getRequest().getPath().value();
    }
    return originalUrls.iterator().next().getRawPath();
  }
}

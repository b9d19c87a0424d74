package io.baton.gateway.fallback;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.net.URI;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.lang.Nullable;

/**
 * The RFC 9457 answer for a request the gateway could not complete because a service is
 * unavailable. The detail says why, without passing internal exception messages on.
 */
public final class ServiceUnavailableProblem {

  public static final URI TYPE = URI.create("urn:baton:problem:service-unavailable");

  public static final String TITLE = "Service unavailable";

  private ServiceUnavailableProblem() {}

  public static ProblemDetail of(String service, String path, @Nullable Throwable cause) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail(service, cause));
    problem.setType(TYPE);
    problem.setTitle(TITLE);
    problem.setInstance(URI.create(path));
    problem.setProperty("service", service);
    return problem;
  }

  private static String detail(String service, @Nullable Throwable cause) {
    if (cause instanceof TimeoutException) {
      return service + " did not answer within its time limit. Try again later.";
    }
    if (cause instanceof CallNotPermittedException) {
      return service
          + " is failing, so the gateway is not sending it requests for now. Try again later.";
    }
    if (cause instanceof BulkheadFullException) {
      return service + " has too many requests in progress. Try again later.";
    }
    return service + " could not be reached. Try again later.";
  }
}

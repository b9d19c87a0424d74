package io.baton.engine;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors as Camunda's REST API reports them: {@code application/problem+json} with type, title,
 * status, detail and instance. Engine rejections keep Camunda's status mapping and use the
 * rejection type as title.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

  @ExceptionHandler
  ResponseEntity<Object> rejected(
      final CommandRejectedException rejection, final HttpServletRequest request) {
    final HttpStatus status =
        switch (rejection.rejectionType()) {
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case INVALID_STATE -> HttpStatus.CONFLICT;
          case INVALID_ARGUMENT, ALREADY_EXISTS -> HttpStatus.BAD_REQUEST;
          case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
          case FORBIDDEN -> HttpStatus.FORBIDDEN;
          default -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    return problem(status, rejection.rejectionType().name(), rejection.getMessage(), request);
  }

  @ExceptionHandler
  ResponseEntity<Object> forbidden(
      final ForbiddenException forbidden, final HttpServletRequest request) {
    return problem(HttpStatus.FORBIDDEN, "FORBIDDEN", forbidden.getMessage(), request);
  }

  @ExceptionHandler
  ResponseEntity<Object> resourceNotFound(
      final ResourceNotFoundException notFound, final HttpServletRequest request) {
    return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", notFound.getMessage(), request);
  }

  @ExceptionHandler
  ResponseEntity<Object> invalid(
      final IllegalArgumentException invalid, final HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", invalid.getMessage(), request);
  }

  @ExceptionHandler
  ResponseEntity<Object> unavailable(
      final EngineUnavailableException unavailable, final HttpServletRequest request) {
    return problem(
        HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE", unavailable.getMessage(), request);
  }

  @ExceptionHandler
  ResponseEntity<Object> timedOut(
      final CommandTimeoutException timedOut, final HttpServletRequest request) {
    return problem(HttpStatus.GATEWAY_TIMEOUT, "DEADLINE_EXCEEDED", timedOut.getMessage(), request);
  }

  @ExceptionHandler
  ResponseEntity<Object> notImplemented(
      final NotImplementedException notImplemented, final HttpServletRequest request) {
    return problem(
        HttpStatus.NOT_IMPLEMENTED, "NOT_IMPLEMENTED", notImplemented.getMessage(), request);
  }

  @ExceptionHandler
  ResponseEntity<Object> unexpected(final Exception error, final HttpServletRequest request) {
    logger.error("Unexpected error answering " + request.getRequestURI(), error);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_SERVER_ERROR", error.getMessage(), request);
  }

  /**
   * A body that does not fit the operation's JSON names the property, in Camunda's words: a value
   * of the wrong type ({@code Request property [changeset.retries] cannot be parsed}) or an unknown
   * subtype ({@code Cannot map value 'x' for type 'result'. Use any of the following values: ...}).
   * Other unreadable bodies keep Spring's detail.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      final HttpMessageNotReadableException unreadable,
      final HttpHeaders headers,
      final HttpStatusCode status,
      final WebRequest request) {
    final String detail =
        switch (unreadable.getCause()) {
          case final InvalidTypeIdException unknownType when !unknownType.getPath().isEmpty() ->
              "Cannot map value '%s' for type '%s'. Use any of the following values: %s"
                  .formatted(
                      unknownType.getTypeId(),
                      unknownType.getPath().getLast().getFieldName(),
                      subtypeNames(unknownType.getBaseType().getRawClass()));
          case final MismatchedInputException mismatch when !mismatch.getPath().isEmpty() ->
              "Request property [%s] cannot be parsed".formatted(path(mismatch));
          case null, default -> null;
        };
    if (detail == null) {
      return super.handleHttpMessageNotReadable(unreadable, headers, status, request);
    }
    final ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    return handleExceptionInternal(unreadable, problem, headers, status, request);
  }

  private static String path(final MismatchedInputException mismatch) {
    return mismatch.getPath().stream()
        .map(
            reference ->
                reference.getFieldName() != null
                    ? reference.getFieldName()
                    : String.valueOf(reference.getIndex()))
        .collect(Collectors.joining("."));
  }

  private static List<String> subtypeNames(final Class<?> baseType) {
    final JsonSubTypes subtypes = baseType.getDeclaredAnnotation(JsonSubTypes.class);
    return subtypes == null
        ? List.of()
        : Arrays.stream(subtypes.value()).map(JsonSubTypes.Type::name).toList();
  }

  /** Spring MVC's own errors (unreadable JSON, a key that is not a number...) get an instance. */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      final Object body,
      final HttpHeaders headers,
      final HttpStatusCode statusCode,
      final WebRequest request) {
    if (body instanceof final ProblemDetail problem
        && problem.getInstance() == null
        && request instanceof final ServletWebRequest servletRequest) {
      problem.setInstance(URI.create(servletRequest.getRequest().getRequestURI()));
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  private static ResponseEntity<Object> problem(
      final HttpStatus status,
      final String title,
      final String detail,
      final HttpServletRequest request) {
    final ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}

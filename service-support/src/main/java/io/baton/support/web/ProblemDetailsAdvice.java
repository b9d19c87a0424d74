package io.baton.support.web;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.baton.support.security.ActorMismatchException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a Baton service answers is RFC 9457 problem+json; input errors name each field that
 * is wrong in {@code errors[].field}.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final int RETRY_AFTER_SECONDS = 5;

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return invalidInput(errors, headers, request);
  }

  /**
   * A value of the wrong type, or a number out of its type's range, is named by its field; any
   * other unreadable body (malformed, nested too deep, not UTF-8) is a malformed request.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Throwable tooLarge = causeOf(ex, RequestTooLargeException.class);
    if (tooLarge != null) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
      problem.setTitle("Request too large");
      return handleExceptionInternal(ex, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
    }
    Throwable overLimit = causeOf(ex, StreamConstraintsException.class);
    if (overLimit != null) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.BAD_REQUEST,
              "The request body is beyond a JSON limit: "
                  + ((StreamConstraintsException) overLimit).getOriginalMessage());
      problem.setTitle("Invalid input");
      return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }
    if (ex.getCause() instanceof JsonMappingException mapping
        && !mapping.getPath().isEmpty()
        && (mapping instanceof MismatchedInputException
            || mapping.getCause() instanceof InputCoercionException)) {
      String field =
          mapping.getPath().stream()
              .map(
                  ref ->
                      ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
      String message;
      if (mapping instanceof InvalidFormatException invalid) {
        message = "must be a valid " + invalid.getTargetType().getSimpleName();
      } else if (mapping.getCause() instanceof InputCoercionException) {
        message = "is out of range";
      } else {
        message = "has the wrong type";
      }
      return invalidInput(List.of(new FieldError(field, message)), headers, request);
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "The request body is not valid JSON.");
    problem.setTitle("Malformed request");
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  /** A query or path parameter out of range, e.g. {@code limit=0}, named without its method. */
  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail invalidParameter(ConstraintViolationException ex) {
    return invalidInput(
        ex.getConstraintViolations().stream()
            .map(violation -> new FieldError(parameterName(violation), violation.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList());
  }

  private static String parameterName(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    return path.substring(path.indexOf('.') + 1);
  }

  /**
   * Who did something comes from the token: a body naming someone else is refused, naming the
   * field.
   */
  @ExceptionHandler(ActorMismatchException.class)
  ProblemDetail actorMismatch(ActorMismatchException ex) {
    return invalidInput(List.of(new FieldError(ex.field(), ex.getMessage())));
  }

  /**
   * Another request or a worker changed the aggregate on every try of the unit of work: nothing of
   * this request was stored.
   */
  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail changedMeanwhile(OptimisticLockingFailureException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "It was changed by another request meanwhile; nothing was stored. Reload it and try"
                + " again.");
    problem.setTitle("Changed concurrently");
    return problem;
  }

  /** Input another system sent that does not map onto the request it stands for. */
  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidMappedInput(InvalidInputException ex) {
    return invalidInput(ex.errors());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    problem.setTitle("Not found");
    return problem;
  }

  /**
   * The service's MongoDB is not reachable (within baton.mongo.server-selection-timeout): nothing
   * of the request was stored, and the caller may send it again shortly.
   */
  @ExceptionHandler({
    DataAccessResourceFailureException.class,
    MongoTimeoutException.class,
    MongoSocketException.class
  })
  ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            "The service's database is not reachable; nothing of this request was stored. Try again shortly.");
    problem.setTitle("Database unavailable");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private ResponseEntity<Object> invalidInput(
      List<FieldError> errors, HttpHeaders headers, WebRequest request) {
    return handleExceptionInternal(
        null, invalidInput(errors), headers, HttpStatus.BAD_REQUEST, request);
  }

  /** 400 problem+json naming every wrong field in {@code errors[].field}. */
  public static ProblemDetail invalidInput(List<FieldError> errors) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            errors.stream()
                .map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; ")));
    problem.setTitle("Invalid input");
    problem.setProperties(Map.of("errors", errors));
    return problem;
  }

  private static Throwable causeOf(Throwable ex, Class<? extends Throwable> type) {
    for (Throwable cause = ex;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return cause;
      }
    }
    return null;
  }

  /** One wrong field of a request and what is wrong with it. */
  public record FieldError(String field, String message) {}
}

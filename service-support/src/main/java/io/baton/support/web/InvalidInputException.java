package io.baton.support.web;

import io.baton.support.web.ProblemDetailsAdvice.FieldError;
import java.util.List;

/**
 * Input that is wrong in ways its request type cannot say (a value of another system's format that
 * does not map): answered 400 problem+json naming each wrong field, before anything is stored.
 */
public class InvalidInputException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(
        errors.stream()
            .map(error -> error.field() + " " + error.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("Invalid input"));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}

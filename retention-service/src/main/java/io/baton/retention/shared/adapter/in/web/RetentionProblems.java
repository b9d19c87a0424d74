package io.baton.retention.shared.adapter.in.web;

import io.baton.retention.shared.domain.InvalidInputException;
import io.baton.retention.shared.domain.StateConflictException;
import io.baton.support.web.ProblemDetailsAdvice;
import io.baton.support.web.ProblemDetailsAdvice.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems every retention feature shares: what the domain refuses (400), and a change the
 * customer's or the intervention's state does not allow (409). A feature's own lost races are its
 * own ({@code SignalProblems}).
 */
@RestControllerAdvice
class RetentionProblems {

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException ex) {
    return ProblemDetailsAdvice.invalidInput(
        ex.problems().stream()
            .map(problem -> new FieldError(problem.field(), problem.message()))
            .toList());
  }

  @ExceptionHandler(StateConflictException.class)
  ProblemDetail notNow(StateConflictException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Not possible in the current state");
    return problem;
  }
}

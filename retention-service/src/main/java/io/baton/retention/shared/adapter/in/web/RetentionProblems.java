package io.baton.retention.shared.adapter.in.web;

import io.baton.retention.customer.domain.CustomerStateException;
import io.baton.retention.health.application.ConflictingSignalException;
import io.baton.retention.saveplay.domain.InterventionStateException;
import io.baton.retention.shared.domain.InvalidInputException;
import io.baton.support.web.ProblemDetailsAdvice;
import io.baton.support.web.ProblemDetailsAdvice.FieldError;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The retention-specific problems: what the domain refuses (400, 409) and lost races (409). */
@RestControllerAdvice
class RetentionProblems {

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException ex) {
    return ProblemDetailsAdvice.invalidInput(
        ex.problems().stream()
            .map(problem -> new FieldError(problem.field(), problem.message()))
            .toList());
  }

  @ExceptionHandler(ConflictingSignalException.class)
  ProblemDetail conflictingSignal(ConflictingSignalException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Signal received with different data");
    problem.setProperties(
        Map.of(
            "errors",
            List.of(new FieldError("signalId", "was received already with different data"))));
    return problem;
  }

  @ExceptionHandler({CustomerStateException.class, InterventionStateException.class})
  ProblemDetail notNow(RuntimeException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Not possible in the current state");
    return problem;
  }
}

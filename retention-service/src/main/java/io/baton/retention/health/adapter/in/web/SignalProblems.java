package io.baton.retention.health.adapter.in.web;

import io.baton.retention.health.application.ConflictingSignalException;
import io.baton.support.web.ProblemDetailsAdvice.FieldError;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A signal id that was used before for different data: 409, naming {@code signalId}. */
@RestControllerAdvice
class SignalProblems {

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
}

package io.baton.handoff.adapter.in.web;

import io.baton.handoff.application.ConflictingDealException;
import io.baton.handoff.domain.HandoffStateException;
import io.baton.support.web.ProblemDetailsAdvice.FieldError;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
class HandoffProblems {

  @ExceptionHandler(HandoffStateException.class)
  ProblemDetail notNow(HandoffStateException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Not possible in the handoff's current status");
    return problem;
  }

  @ExceptionHandler(ConflictingDealException.class)
  ProblemDetail conflictingDeal(ConflictingDealException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Deal registered with different data");
    problem.setProperties(
        Map.of(
            "errors",
            List.of(new FieldError("dealId", "is registered already with different data"))));
    return problem;
  }
}

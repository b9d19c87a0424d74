package io.baton.lead.adapter.in.web;

import io.baton.lead.domain.AttemptBeforeLeadException;
import io.baton.lead.domain.InvalidOutcomeException;
import io.baton.lead.domain.OutcomeConflictException;
import io.baton.support.web.ProblemDetailsAdvice;
import io.baton.support.web.ProblemDetailsAdvice.FieldError;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The lead rules a request can break, as problem+json. */
@RestControllerAdvice
class LeadProblems {

  @ExceptionHandler(AttemptBeforeLeadException.class)
  ProblemDetail attemptBeforeLead(AttemptBeforeLeadException ex) {
    return ProblemDetailsAdvice.invalidInput(
        List.of(new FieldError("at", "must not be before the lead came in")));
  }

  @ExceptionHandler(InvalidOutcomeException.class)
  ProblemDetail invalidOutcome(InvalidOutcomeException ex) {
    return ProblemDetailsAdvice.invalidInput(List.of(new FieldError(ex.field(), ex.getMessage())));
  }

  @ExceptionHandler(PipelinePeriod.InvalidPeriodException.class)
  ProblemDetail invalidPeriod(PipelinePeriod.InvalidPeriodException ex) {
    return ProblemDetailsAdvice.invalidInput(ex.errors());
  }

  @ExceptionHandler(OutcomeConflictException.class)
  ProblemDetail outcomeConflict(OutcomeConflictException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Lead already closed");
    return problem;
  }
}

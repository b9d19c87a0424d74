package io.baton.lead.adapter.in.web;

import io.baton.lead.domain.AttemptBeforeLeadException;
import io.baton.support.web.ProblemDetailsAdvice;
import io.baton.support.web.ProblemDetailsAdvice.FieldError;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
class LeadProblems {

  @ExceptionHandler(AttemptBeforeLeadException.class)
  ProblemDetail attemptBeforeLead(AttemptBeforeLeadException ex) {
    return ProblemDetailsAdvice.invalidInput(List.of(new FieldError("at", "must not be before the lead came in")));
  }
}

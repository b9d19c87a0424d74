package io.baton.handoff.adapter.in.web;

import io.baton.handoff.application.ConflictingDealException;
import io.baton.handoff.application.LeadDirectoryUnavailableException;
import io.baton.handoff.domain.HandoffStateException;
import io.baton.support.web.ProblemDetailsAdvice.FieldError;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
class HandoffProblems {

  private static final int RETRY_AFTER_SECONDS = 5;

  @ExceptionHandler(HandoffStateException.class)
  ProblemDetail notNow(HandoffStateException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Not possible in the handoff's current status");
    return problem;
  }

  /**
   * A CRM's deal names its lead by the CRM's id and lead-service cannot say which lead that is now:
   * nothing was stored, and the CRM sends the deal again after Retry-After seconds.
   */
  @ExceptionHandler(LeadDirectoryUnavailableException.class)
  ResponseEntity<ProblemDetail> leadDirectoryUnavailable(LeadDirectoryUnavailableException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            ex.getMessage() + "; nothing of this request was stored. Try again shortly.");
    problem.setTitle("lead-service unavailable");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
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

package io.baton.retention.revenue.adapter.in.web;

import io.baton.retention.revenue.application.RevenueNotReadyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The revenue figures are still loading after a start: 503, ask again shortly. */
@RestControllerAdvice
class RevenueProblems {

  private static final int RETRY_AFTER_SECONDS = 5;

  @ExceptionHandler(RevenueNotReadyException.class)
  ResponseEntity<ProblemDetail> notReady(RevenueNotReadyException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
    problem.setTitle("Revenue figures loading");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}

package io.baton.support.workflow;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A worker that fails unexpectedly (a service down, a write conflict) gives the job back with one
 * retry less and an exponential backoff, so a passing fault is ridden out and an incident is raised
 * only when the retries are spent. Business outcomes ({@link BpmnError}) and failures that chose
 * their own retries ({@link JobError}) keep the client's default handling.
 */
public class RetryWithBackoff implements JobExceptionHandlingStrategy {

  /** The retries Baton's BPMN gives every service task; the backoff doubles from there. */
  static final int TASK_RETRIES = 5;

  private static final Logger log = LoggerFactory.getLogger(RetryWithBackoff.class);

  private final JobExceptionHandlingStrategy defaultHandling;
  private final Duration initialBackoff;
  private final Duration maxBackoff;

  public RetryWithBackoff(
      JobExceptionHandlingStrategy defaultHandling, Duration initialBackoff, Duration maxBackoff) {
    this.defaultHandling = defaultHandling;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
  }

  @Override
  public void handleException(Exception exception, ExceptionHandlingContext context)
      throws Exception {
    Throwable cause = rootCause(exception);
    if (cause instanceof BpmnError || cause instanceof JobError) {
      defaultHandling.handleException((Exception) cause, context);
      return;
    }
    ActivatedJob job = context.job();
    int retriesLeft = Math.max(0, job.getRetries() - 1);
    Duration backoff = backoffBefore(job.getRetries());
    log.warn(
        "Job {} of type {} failed ({} retries left, next in {}): {}",
        job.getKey(),
        job.getType(),
        retriesLeft,
        backoff,
        cause.toString());
    context
        .jobClient()
        .newFailCommand(job)
        .retries(retriesLeft)
        .retryBackoff(retriesLeft == 0 ? Duration.ZERO : backoff)
        .errorMessage(cause.toString())
        .send();
  }

  /** Doubles with every failure: the fewer retries a job has left, the longer it waits. */
  Duration backoffBefore(int retriesLeftBeforeFailure) {
    int failuresSoFar = Math.max(0, TASK_RETRIES - retriesLeftBeforeFailure);
    Duration backoff = initialBackoff.multipliedBy(1L << Math.min(failuresSoFar, 16));
    return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
  }

  private static Throwable rootCause(Throwable throwable) {
    Throwable cause = throwable;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}

package io.baton.support.correlation;

import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The id that follows one business request from the gateway through every service, engine message
 * and job, and into every log line ({@code %X{correlationId}}).
 */
public final class CorrelationId {

  public static final String HEADER = "X-Correlation-Id";
  public static final String MDC_KEY = "correlationId";
  public static final String VARIABLE = "correlationId";

  private CorrelationId() {}

  public static String orNew(String candidate) {
    return candidate == null || candidate.isBlank() ? UUID.randomUUID().toString() : candidate;
  }

  /** Runs work done for a request (a job, a message) with its correlation id in the logs. */
  public static void run(String correlationId, Runnable work) {
    try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, orNew(correlationId))) {
      work.run();
    }
  }

  /** Computes a result for a request (a job, a message) with its correlation id in the logs. */
  public static <T> T call(String correlationId, Supplier<T> work) {
    try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, orNew(correlationId))) {
      return work.get();
    }
  }

  /** The correlation id of the request being served, if any. */
  public static String current() {
    return orNew(MDC.get(MDC_KEY));
  }
}

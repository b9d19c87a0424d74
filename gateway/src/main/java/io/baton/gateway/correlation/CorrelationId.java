package io.baton.gateway.correlation;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.lang.Nullable;

/** The correlation id that follows one request through the gateway, the backends and their logs. */
public final class CorrelationId {

  public static final String HEADER = "X-Correlation-Id";

  /** Key in the Reactor context and in the logging MDC. */
  public static final String KEY = "correlationId";

  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private CorrelationId() {}

  /**
   * Keeps the caller's id when it is a plain token of at most 128 characters; otherwise (absent,
   * blank, too long, or with characters that could forge log lines) makes a new one.
   */
  public static String keepOrCreate(@Nullable String fromRequest) {
    if (fromRequest != null && ACCEPTED.matcher(fromRequest).matches()) {
      return fromRequest;
    }
    return UUID.randomUUID().toString();
  }
}

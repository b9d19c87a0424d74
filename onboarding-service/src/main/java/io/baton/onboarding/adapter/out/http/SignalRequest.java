package io.baton.onboarding.adapter.out.http;

import io.baton.onboarding.application.OnboardingSlipSignal;
import io.baton.onboarding.application.PromiseMissedSignal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of {@code POST /api/customers/{customerId}/signals}: a health signal with a stable id,
 * its type, when it happened, an optional value and string details.
 */
record SignalRequest(
    String signalId, String type, Instant occurredAt, Number value, Map<String, String> details) {

  static final String ONBOARDING_SLIP = "onboarding-slip";
  static final String PROMISE_MISSED = "promise-missed";

  /**
   * {@code onboarding-slip}: the value is the days late; details checkpointId, daysLate, reason
   * (slip or blocker).
   */
  static SignalRequest of(OnboardingSlipSignal signal) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("checkpointId", signal.checkpointId());
    details.put("daysLate", String.valueOf(signal.daysLate()));
    details.put("reason", signal.reason().code());
    return new SignalRequest(
        signal.signalId(), ONBOARDING_SLIP, signal.occurredAt(), signal.daysLate(), details);
  }

  /** {@code promise-missed}: details promiseId, promiseText, reason. */
  static SignalRequest of(PromiseMissedSignal signal) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("promiseId", signal.promiseId());
    details.put("promiseText", signal.promiseText());
    details.put("reason", signal.reason());
    return new SignalRequest(signal.signalId(), PROMISE_MISSED, signal.occurredAt(), null, details);
  }
}

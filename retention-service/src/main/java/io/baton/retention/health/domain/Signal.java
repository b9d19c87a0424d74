package io.baton.retention.health.domain;

import io.baton.retention.shared.domain.InputProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Something that happened to a customer and may move its health: product usage, a support ticket, a
 * survey answer, an onboarding slip, a missed promise, a late payment, a champion who left. Its id
 * is the sender's: the same id is the same signal, counted once. {@code sequence} numbers the
 * signals in the order a customer received them (0 before it did).
 */
public record Signal(
    String signalId,
    String customerId,
    SignalType type,
    Instant occurredAt,
    Double value,
    Map<String, String> details,
    Instant receivedAt,
    long sequence) {

  public static final String DAYS_LATE = "daysLate";
  public static final String CHECKPOINT_ID = "checkpointId";
  public static final String PROMISE_ID = "promiseId";
  public static final String PROMISE_TEXT = "promiseText";

  private static final Pattern DETAIL_KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final int MAX_DETAIL_LENGTH = 1000;
  private static final int MAX_DAYS_LATE = 3650;

  public Signal {
    details = details == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(details));
  }

  /** A signal as its sender reported it, before a customer received it. */
  public static Signal reported(
      String signalId,
      String customerId,
      SignalType type,
      Instant occurredAt,
      Double value,
      Map<String, String> details,
      Instant receivedAt) {
    return new Signal(signalId, customerId, type, occurredAt, value, details, receivedAt, 0);
  }

  /** What is wrong with the value and details this signal's type needs; empty when nothing is. */
  public List<InputProblem> problems() {
    List<InputProblem> problems = new ArrayList<>();
    details.forEach(
        (key, text) -> {
          if (!DETAIL_KEY.matcher(key).matches()) {
            problems.add(
                new InputProblem(
                    "details." + key, "must be a key of letters, digits, '_' or '-' (at most 64)"));
          } else if (text == null || text.isBlank()) {
            problems.add(new InputProblem("details." + key, "must not be blank"));
          } else if (text.length() > MAX_DETAIL_LENGTH) {
            problems.add(
                new InputProblem(
                    "details." + key, "must be at most " + MAX_DETAIL_LENGTH + " characters"));
          }
        });
    if (type == null) {
      return List.copyOf(problems);
    }
    switch (type) {
      case PRODUCT_USAGE ->
          requireValue(problems, 0, 1, false, "the share of licensed users active, from 0 to 1");
      case NPS_RESPONSE ->
          requireValue(
              problems, 0, 10, true, "the respondent's answer, a whole number from 0 to 10");
      case CSAT_RESPONSE ->
          requireValue(
              problems, 1, 5, true, "the respondent's satisfaction, a whole number from 1 to 5");
      case ONBOARDING_SLIP -> {
        requireDetail(problems, CHECKPOINT_ID);
        requireDaysLate(problems);
      }
      case PAYMENT_LATE -> requireDaysLate(problems);
      case PROMISE_MISSED -> {
        if (!present(details.get(PROMISE_ID)) && !present(details.get(PROMISE_TEXT))) {
          problems.add(
              new InputProblem(
                  "details." + PROMISE_ID,
                  "or details." + PROMISE_TEXT + " must name the promise"));
        }
      }
      default -> {}
    }
    return List.copyOf(problems);
  }

  /**
   * Whether {@code other} reports the same thing about the same customer (ignoring when it came).
   */
  public boolean sameAs(Signal other) {
    return signalId.equals(other.signalId)
        && customerId.equals(other.customerId)
        && type == other.type
        && occurredAt.equals(other.occurredAt)
        && Objects.equals(value, other.value)
        && details.equals(other.details);
  }

  /** How many days late an onboarding slip or a payment is; 0 when the signal does not say. */
  public int daysLate() {
    try {
      return Integer.parseInt(details.getOrDefault(DAYS_LATE, "0").trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** This signal as the {@code number}th a customer received. */
  public Signal numbered(long number) {
    return new Signal(signalId, customerId, type, occurredAt, value, details, receivedAt, number);
  }

  private void requireValue(
      List<InputProblem> problems, double min, double max, boolean whole, String meaning) {
    if (value == null || value < min || value > max || (whole && value != Math.rint(value))) {
      problems.add(
          new InputProblem("value", "must be " + meaning + " for a " + type.code() + " signal"));
    }
  }

  private void requireDetail(List<InputProblem> problems, String key) {
    if (!present(details.get(key))) {
      problems.add(
          new InputProblem("details." + key, "is required for a " + type.code() + " signal"));
    }
  }

  private void requireDaysLate(List<InputProblem> problems) {
    String text = details.get(DAYS_LATE);
    int days;
    try {
      days = text == null ? -1 : Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      days = -1;
    }
    if (days < 0 || days > MAX_DAYS_LATE) {
      problems.add(
          new InputProblem(
              "details." + DAYS_LATE,
              "must be a whole number of days from 0 to "
                  + MAX_DAYS_LATE
                  + " for a "
                  + type.code()
                  + " signal"));
    }
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}

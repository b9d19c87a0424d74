package io.baton.retention.saveplay.domain;

import io.baton.retention.shared.domain.InputProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * One request for a save play: who asked ({@code source}, {@code triggeredBy}), why, and from which
 * ticket. The id is derived from stable data when Baton asks (a health change, a runway step), so
 * asking again for the same reason is recognised.
 */
public record SavePlayTrigger(
    String triggerId,
    TriggerSource source,
    String reason,
    String triggeredBy,
    String sourceTicket,
    Instant at) {

  /** The reasons and who triggered, when Baton itself asks for a save play. */
  public static final String REASON_HEALTH_RED = "health-red";

  public static final String REASON_RENEWAL_RISK = "renewal-risk";
  public static final String TRIGGERED_BY_HEALTH_SCORE = "health-score";
  public static final String TRIGGERED_BY_RENEWAL_RUNWAY = "renewal-runway";

  /**
   * What is wrong with this request for a customer whose contract began on {@code contractDate}: a
   * service agent cannot have asked for a save play (its {@code requestedAt}) before the customer's
   * contract date (UTC). Baton's own requests are made when it notices the risk.
   */
  public List<InputProblem> problems(LocalDate contractDate) {
    if (source == TriggerSource.AGENT
        && contractDate != null
        && LocalDate.ofInstant(at, ZoneOffset.UTC).isBefore(contractDate)) {
      return List.of(
          new InputProblem(
              "requestedAt",
              "must not be before the customer's contract date (" + contractDate + ")"));
    }
    return List.of();
  }

  /**
   * A service agent asks for a save play through the API; {@code at} is when the ticket or call
   * came in.
   */
  public static SavePlayTrigger agentRequest(
      String reason, String triggeredBy, String sourceTicket, Instant at) {
    return new SavePlayTrigger(
        RiskReason.AGENT_REQUEST.code() + ":" + UUID.randomUUID(),
        TriggerSource.AGENT,
        reason,
        triggeredBy,
        sourceTicket,
        at);
  }

  /** The customer's health turned red at {@code at}. */
  public static SavePlayTrigger healthRed(String customerId, Instant at) {
    return new SavePlayTrigger(
        SavePlayTrigger.REASON_HEALTH_RED + ":" + customerId + ":" + at.toEpochMilli(),
        TriggerSource.HEALTH,
        SavePlayTrigger.REASON_HEALTH_RED,
        SavePlayTrigger.TRIGGERED_BY_HEALTH_SCORE,
        null,
        at);
  }

  /** A step of the runway to the renewal on {@code renewalDate} found the renewal at risk. */
  public static SavePlayTrigger renewalRisk(
      String customerId, LocalDate renewalDate, String step, Instant at) {
    return new SavePlayTrigger(
        SavePlayTrigger.REASON_RENEWAL_RISK + ":" + customerId + ":" + renewalDate + ":" + step,
        TriggerSource.RENEWAL,
        SavePlayTrigger.REASON_RENEWAL_RISK,
        SavePlayTrigger.TRIGGERED_BY_RENEWAL_RUNWAY,
        null,
        at);
  }
}

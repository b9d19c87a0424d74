package io.baton.onboarding.domain;

import java.time.Instant;

/**
 * Where the customer came from and how it was brought in, as it travels with the customer to
 * retention (the keys of {@code ProcessContract.Lineage}). handoff-service sets the acquisition and
 * handoff keys on acceptance; the plan adds the onboarding keys at first value. Every key is null
 * when unknown.
 *
 * @param daysToValue days from the contract date to first value
 * @param firstValueLate whether first value came after the first-value checkpoint was due
 * @param promisesMissed promises flagged as missed by the time first value was reached
 */
public record Lineage(
    String leadId,
    String campaign,
    String sourceChannel,
    String interest,
    String leadPlay,
    String slaTier,
    String salesOwner,
    Instant leadReceivedAt,
    Instant firstContactAt,
    Integer minutesToFirstContact,
    Boolean firstContactWithinSla,
    Instant dealWonAt,
    Integer handoffReturns,
    Instant acceptedAt,
    Double hoursToAccept,
    String acceptingAccountManager,
    String segment,
    Integer daysToValue,
    Boolean firstValueLate,
    Integer promisesMissed) {

  /** Nothing known yet. */
  public static Lineage unknown() {
    return new Lineage(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null);
  }

  /** Whether handoff-service's keys are here: every accepted handoff hands on its acceptance. */
  public boolean hasHandoffKeys() {
    return acceptedAt != null;
  }

  /** Whether the onboarding keys were added at first value. */
  public boolean hasOnboardingKeys() {
    return daysToValue != null;
  }

  /** The acquisition and handoff keys alone: what retention gets with the registration. */
  public Lineage acquisitionAndHandoff() {
    return withOnboarding(null, null, null, null);
  }

  /** These acquisition and handoff keys with the onboarding keys of {@code onboarding}. */
  public Lineage withOnboardingOf(Lineage onboarding) {
    return withOnboarding(
        onboarding.segment,
        onboarding.daysToValue,
        onboarding.firstValueLate,
        onboarding.promisesMissed);
  }

  /** These acquisition and handoff keys with the given onboarding keys. */
  public Lineage withOnboarding(
      String segment, Integer daysToValue, Boolean firstValueLate, Integer promisesMissed) {
    return new Lineage(
        leadId,
        campaign,
        sourceChannel,
        interest,
        leadPlay,
        slaTier,
        salesOwner,
        leadReceivedAt,
        firstContactAt,
        minutesToFirstContact,
        firstContactWithinSla,
        dealWonAt,
        handoffReturns,
        acceptedAt,
        hoursToAccept,
        acceptingAccountManager,
        segment,
        daysToValue,
        firstValueLate,
        promisesMissed);
  }
}

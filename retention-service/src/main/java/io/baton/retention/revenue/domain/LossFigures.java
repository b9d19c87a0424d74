package io.baton.retention.revenue.domain;

/**
 * The figures of the customers lost in a period (a row, or the total), and what their handoffs and
 * onboardings had in common. How each is computed and what its {@code n} counts: docs/revenue.md.
 * {@code customersLost} and {@code arrLost}, values and {@code n} alike, add up from the rows to
 * the total.
 *
 * @param customersLost the customers lost in the period
 * @param arrLost their ARR just before the churn
 * @param shareBriefReturned the share whose handoff brief was returned at least once, over those
 *     whose lineage says
 * @param shareFirstContactOutsideSla the share first contacted later than the SLA's target
 * @param shareFirstValueLate the share whose first value came after its due date
 * @param sharePromiseMissed the share with at least one promise of the sale missed
 * @param medianHoursToAccept hours from the deal won to the account manager accepting the handoff
 * @param medianDaysToValue days from the close to first value
 * @param medianMinutesToFirstContact minutes from the lead coming in to its first contact
 * @param medianMonthsAsCustomer whole calendar months from the contract date to the churn day
 */
public record LossFigures(
    Figure customersLost,
    Figure arrLost,
    Figure shareBriefReturned,
    Figure shareFirstContactOutsideSla,
    Figure shareFirstValueLate,
    Figure sharePromiseMissed,
    Figure medianHoursToAccept,
    Figure medianDaysToValue,
    Figure medianMinutesToFirstContact,
    Figure medianMonthsAsCustomer) {}

package io.baton.retention.revenue.domain;

/**
 * The revenue figures of a group of customers (a row, or the total). How each is computed and what
 * its {@code n} counts: docs/revenue.md. Additive figures — {@code leads}, {@code converted},
 * {@code arrWon}, {@code handoffReturns}, {@code arrChurned}, {@code arrDowngraded}, {@code
 * arrSaved}, values and {@code n} alike — add up from the rows to the total.
 */
public record Figures(
    Figure leads,
    Figure converted,
    Figure arrWon,
    Figure medianMinutesToFirstContact,
    Figure handoffReturns,
    Figure medianDaysToValue,
    Figure shareRedNow,
    Figure arrChurned,
    Figure arrDowngraded,
    Figure arrSaved,
    Figure savePlayWinRate,
    Figure grr90,
    Figure grr180,
    Figure grr365,
    Figure nrr90,
    Figure nrr180,
    Figure nrr365) {}

package io.baton.retention.revenue.application;

import java.time.Instant;

/**
 * An answer of the revenue figures, with how current it is: {@code asOf} the last refresh of the
 * read model (this replica's own changes since are in too), {@code leadFiguresAsOf} when
 * lead-service's counts in it were read (null: they are not in it).
 */
public record RevenueAnswer<T>(T answer, Instant asOf, Instant leadFiguresAsOf) {}

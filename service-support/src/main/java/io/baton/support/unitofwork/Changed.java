package io.baton.support.unitofwork;

/**
 * An aggregate after a change, and whether the change changed it (false: it was made before, e.g.
 * by a redelivered job or a repeated request).
 *
 * @param <A> the aggregate
 */
public record Changed<A>(A value, boolean changed) {}

package io.baton.support.unitofwork;

import java.util.Optional;

/**
 * Port: where the aggregates of one kind are kept, as a {@link UnitOfWork} loads, adds and stores
 * them. A service's repository port (e.g. {@code Handoffs}) extends it, and its MongoDB adapter
 * implements it: the collection an aggregate lives in is the adapter's business alone.
 *
 * @param <A> the aggregate
 */
public interface AggregateStore<A> {

  Optional<A> find(String id);

  /**
   * Stores a new aggregate; empty if one with the same id (or another unique key) exists already.
   */
  Optional<A> add(A aggregate);

  /**
   * Stores a changed aggregate.
   *
   * @throws org.springframework.dao.OptimisticLockingFailureException when someone else stored it
   *     since it was read
   */
  A update(A aggregate);
}

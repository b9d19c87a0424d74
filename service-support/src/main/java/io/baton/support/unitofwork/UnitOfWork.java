package io.baton.support.unitofwork;

import io.baton.support.outbox.Outbox;
import io.baton.support.web.NotFoundException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The one way an aggregate of one kind is changed: load it, apply the change, store it only if the
 * change changed something (so a redelivered job or a repeated request writes nothing twice),
 * publish its outbox, and — when someone else stored it since it was read — do it all again on the
 * fresh aggregate, up to {@code baton.unit-of-work.tries} in all. Every change is idempotent, so
 * the same change applied again finds itself made and a conflicting one is refused by the
 * aggregate. A conflict on the last try is thrown ({@link OptimisticLockingFailureException}),
 * which the services answer with 409.
 *
 * <p>Each service declares one per aggregate kind, with the port its aggregates are kept through
 * and the outbox its MongoDB adapter provides; use cases take it instead of calling the store and
 * the relay themselves.
 *
 * @param <A> the aggregate
 */
public final class UnitOfWork<A> {

  private final String kind;
  private final AggregateStore<A> store;
  private final Outbox<? super A> outbox;
  private final int tries;

  /**
   * @param kind what the aggregate is called in a 404, e.g. {@code Handoff} for "Handoff d-1 was
   *     not found"
   */
  public UnitOfWork(
      String kind,
      AggregateStore<A> store,
      Outbox<? super A> outbox,
      UnitOfWorkProperties properties) {
    this.kind = kind;
    this.store = store;
    this.outbox = outbox;
    this.tries = properties.tries();
  }

  /**
   * Applies {@code change}, which answers whether it changed the aggregate, to the aggregate with
   * the id.
   *
   * @return the aggregate as stored (or as found, when the change changed nothing)
   * @throws NotFoundException when there is no such aggregate
   * @throws OptimisticLockingFailureException when the aggregate was changed meanwhile on every try
   */
  public Changed<A> change(String id, Predicate<? super A> change) {
    return retry("change " + kind + " " + id, () -> Optional.of(changeOnce(id, change)));
  }

  /**
   * Stores a new aggregate and publishes its outbox; empty if the store has one like it already.
   */
  public Optional<A> add(A aggregate) {
    return store.add(aggregate).map(this::stored);
  }

  /**
   * Runs {@code attempt} until it comes to a result, for a use case that finds its aggregate or
   * adds one, and so can lose a race: to a concurrent add (the attempt yields nothing: the next
   * attempt finds the winner's) or to a concurrent change (a version conflict). Up to the same
   * tries as a change.
   *
   * @param what what the attempt does, for the error when no try came to a result ("start a save
   *     play for customer c-1")
   * @throws OptimisticLockingFailureException when the last try met a version conflict
   * @throws IllegalStateException when no try came to a result
   */
  public <T> T retry(String what, Supplier<Optional<T>> attempt) {
    for (int tried = 1; tried <= tries; tried++) {
      try {
        Optional<T> result = attempt.get();
        if (result.isPresent()) {
          return result.get();
        }
      } catch (OptimisticLockingFailureException e) {
        if (tried == tries) {
          throw e;
        }
      }
    }
    throw new IllegalStateException("Could not " + what + " in " + tries + " tries");
  }

  private Changed<A> changeOnce(String id, Predicate<? super A> change) {
    A aggregate = store.find(id).orElseThrow(() -> new NotFoundException(kind, id));
    if (!change.test(aggregate)) {
      return new Changed<>(aggregate, false);
    }
    return new Changed<>(stored(store.update(aggregate)), true);
  }

  private A stored(A aggregate) {
    outbox.publishPendingOf(aggregate);
    return aggregate;
  }
}

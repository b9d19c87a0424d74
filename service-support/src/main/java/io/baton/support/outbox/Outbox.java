package io.baton.support.outbox;

/**
 * Port: sends the engine messages waiting in an aggregate's outbox, right after the aggregate was
 * stored. Use cases never call it themselves: a {@link io.baton.support.unitofwork.UnitOfWork}
 * does, after each store. A service's MongoDB adapter provides one per aggregate kind with {@link
 * OutboxRelay#outboxOf}, naming the collection the aggregate lives in; what it cannot send now the
 * relay's sweep sends later.
 *
 * @param <A> the aggregate
 */
@FunctionalInterface
public interface Outbox<A> {

  void publishPendingOf(A stored);

  /**
   * This outbox, then {@code next}: an aggregate that keeps engine messages and notifications
   * (io.baton.support.notification) hands both over after each store.
   */
  default Outbox<A> and(Outbox<? super A> next) {
    return stored -> {
      publishPendingOf(stored);
      next.publishPendingOf(stored);
    };
  }

  /** The outbox of an aggregate that sends no messages. */
  static <A> Outbox<A> none() {
    return stored -> {};
  }
}

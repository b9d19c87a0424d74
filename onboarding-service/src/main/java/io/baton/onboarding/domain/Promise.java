package io.baton.onboarding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something sales promised the customer (who delivers it, by when), numbered {@code promise-1},
 * {@code promise-2}, … in the order of the brief. It is confirmed by the customer or flagged as
 * missed; {@code recordedBy}, {@code recordedAt} and {@code note} say who recorded that, when, and
 * the confirmation note or the reason it was missed.
 */
public record Promise(
    String promiseId,
    String text,
    String owner,
    LocalDate dueDate,
    PromiseStatus status,
    String recordedBy,
    Instant recordedAt,
    String note) {

  public Promise {
    Objects.requireNonNull(promiseId, "promiseId");
    Objects.requireNonNull(status, "status");
  }

  static Promise made(int number, String text, String owner, LocalDate dueDate) {
    return new Promise(
        "promise-" + number, text, owner, dueDate, PromiseStatus.PENDING, null, null, null);
  }

  Promise resolve(PromiseStatus resolution, String by, String note, Instant at) {
    return new Promise(promiseId, text, owner, dueDate, resolution, by, at, note);
  }

  boolean isResolvedAs(PromiseStatus resolution, String by, String note) {
    return status == resolution
        && Objects.equals(recordedBy, by)
        && Objects.equals(this.note, note);
  }
}

package io.baton.lead.domain;

/** An outcome that misses what its type needs; names the field. */
public class InvalidOutcomeException extends RuntimeException {

  private final String field;

  public InvalidOutcomeException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}

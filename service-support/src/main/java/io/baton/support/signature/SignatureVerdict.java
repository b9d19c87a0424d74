package io.baton.support.signature;

/** What the check of a signed request found; only {@link #VALID} lets it in. */
public enum SignatureVerdict {
  VALID("the signature is valid"),
  UNSIGNED("the signature or its timestamp header is missing"),
  MALFORMED("the signature or its timestamp header is malformed"),
  EXPIRED("the timestamp is more than 5 minutes old: the request is refused as a replay"),
  EARLY("the timestamp is more than 5 minutes ahead of the receiver's clock"),
  MISMATCH("the signature does not match the request");

  private final String description;

  SignatureVerdict(String description) {
    this.description = description;
  }

  /** What the verdict means, for the caller. */
  public String description() {
    return description;
  }
}

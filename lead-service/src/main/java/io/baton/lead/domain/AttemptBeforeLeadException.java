package io.baton.lead.domain;

import java.time.Instant;

/** A follow-up attempt dated before its lead came in. */
public class AttemptBeforeLeadException extends RuntimeException {

  public AttemptBeforeLeadException(String leadId, Instant receivedAt) {
    super("Lead " + leadId + " came in at " + receivedAt + "; an attempt cannot be earlier");
  }
}

package io.baton.lead.domain;

import io.baton.support.vocabulary.KebabCase;

/** Where a lead came from. */
public enum SourceChannel implements KebabCase {
  WEB_FORM,
  WEBINAR,
  REFERRAL,
  PAID_SEARCH,
  EVENT,
  OUTBOUND,
  PARTNER
}

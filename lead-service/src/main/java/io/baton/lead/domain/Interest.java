package io.baton.lead.domain;

import io.baton.support.vocabulary.KebabCase;

/** What the lead asked for: the strongest buying signal a form or the CRM knows of. */
public enum Interest implements KebabCase {
  DEMO_REQUEST,
  PRICING_REQUEST,
  TRIAL_SIGNUP,
  CONTACT_REQUEST,
  CONTENT_DOWNLOAD,
  EVENT_VISIT
}

package io.baton.lead.domain;

import java.time.Instant;

/** Builds lead submissions for tests: {@code aSubmission().withEmail("x@y.com").build()}. */
public final class LeadFixtures {

  private String externalId;
  private String email = "dana@acme.example";
  private String campaign = "q4-launch";
  private SourceChannel channel = SourceChannel.WEB_FORM;
  private String intent = "Wants a demo for 40 seats";
  private Instant receivedAt;

  private LeadFixtures() {}

  public static LeadFixtures aSubmission() {
    return new LeadFixtures();
  }

  public LeadFixtures withExternalId(String externalId) {
    this.externalId = externalId;
    return this;
  }

  public LeadFixtures withEmail(String email) {
    this.email = email;
    return this;
  }

  public LeadFixtures withCampaign(String campaign) {
    this.campaign = campaign;
    return this;
  }

  public LeadFixtures withIntent(String intent) {
    this.intent = intent;
    return this;
  }

  /** When the lead came in at its source; left out, when Baton receives it. */
  public LeadFixtures receivedAt(Instant receivedAt) {
    this.receivedAt = receivedAt;
    return this;
  }

  public LeadSubmission build() {
    return new LeadSubmission(
        externalId,
        new Company("Acme Corp", 250),
        new Contact("Dana Miller", email, "+1 555 0100", "Head of Operations"),
        new Source(channel, campaign),
        Interest.DEMO_REQUEST,
        intent,
        receivedAt);
  }
}

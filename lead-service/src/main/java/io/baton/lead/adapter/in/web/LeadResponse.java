package io.baton.lead.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.baton.lead.adapter.in.web.LeadJson.AttemptJson;
import io.baton.lead.adapter.in.web.LeadJson.CompanyJson;
import io.baton.lead.adapter.in.web.LeadJson.ContactJson;
import io.baton.lead.adapter.in.web.LeadJson.SourceJson;
import io.baton.lead.domain.Lead;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A lead as the API shows it; {@code timeToFirstContact} is an ISO-8601 duration. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record LeadResponse(
    String leadId,
    String externalId,
    CompanyJson company,
    ContactJson contact,
    SourceJson source,
    String intent,
    Instant receivedAt,
    Instant firstContactAt,
    Duration timeToFirstContact,
    List<AttemptJson> attempts) {

  static LeadResponse of(Lead lead) {
    return new LeadResponse(
        lead.leadId(),
        lead.externalId(),
        CompanyJson.of(lead.company()),
        ContactJson.of(lead.contact()),
        SourceJson.of(lead.source()),
        lead.intent(),
        lead.receivedAt(),
        lead.firstContactAt(),
        lead.timeToFirstContact(),
        lead.attempts().stream().map(AttemptJson::of).toList());
  }
}

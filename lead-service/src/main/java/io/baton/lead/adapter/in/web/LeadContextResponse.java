package io.baton.lead.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.baton.lead.adapter.in.web.LeadJson.AttemptJson;
import io.baton.lead.adapter.in.web.LeadJson.CompanyJson;
import io.baton.lead.adapter.in.web.LeadJson.ContactJson;
import io.baton.lead.adapter.in.web.LeadJson.OutcomeJson;
import io.baton.lead.adapter.in.web.LeadJson.PlayJson;
import io.baton.lead.adapter.in.web.LeadJson.SourceJson;
import io.baton.lead.domain.Interest;
import io.baton.lead.domain.Lead;
import java.time.Instant;
import java.util.List;

/**
 * What the lead knew, for the sale-to-implementation handoff: every key always present. {@code
 * play} is null until the follow-up decided it; {@code notes} are the lead's intent, every
 * attempt's notes and the outcome's, oldest first. {@code interest}, {@code receivedAt}, {@code
 * firstContactAt} and {@code firstContactDueAt} (when first contact was due by the play's SLA tier,
 * null until an owner was assigned) go on with the customer as its lineage.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record LeadContextResponse(
    String leadId,
    CompanyJson company,
    ContactJson contact,
    SourceJson source,
    Interest interest,
    PlayJson play,
    String owner,
    OutcomeJson outcome,
    List<AttemptJson> attempts,
    List<String> notes,
    Instant receivedAt,
    Instant firstContactAt,
    Instant firstContactDueAt) {

  static LeadContextResponse of(Lead lead) {
    return new LeadContextResponse(
        lead.leadId(),
        CompanyJson.of(lead.company()),
        ContactJson.of(lead.contact()),
        SourceJson.of(lead.source()),
        lead.submission().interest(),
        PlayJson.of(lead.play()),
        lead.owner(),
        OutcomeJson.of(lead.outcome()),
        lead.attempts().stream().map(AttemptJson::of).toList(),
        lead.notes(),
        lead.receivedAt(),
        lead.firstContactAt(),
        lead.firstContactDueAt());
  }
}

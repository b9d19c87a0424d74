package io.baton.lead.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.baton.lead.adapter.in.web.LeadJson.AssignmentJson;
import io.baton.lead.adapter.in.web.LeadJson.AttemptJson;
import io.baton.lead.adapter.in.web.LeadJson.CompanyJson;
import io.baton.lead.adapter.in.web.LeadJson.ContactJson;
import io.baton.lead.adapter.in.web.LeadJson.EscalationJson;
import io.baton.lead.adapter.in.web.LeadJson.OutcomeJson;
import io.baton.lead.adapter.in.web.LeadJson.PlayJson;
import io.baton.lead.adapter.in.web.LeadJson.SourceJson;
import io.baton.lead.domain.Interest;
import io.baton.lead.domain.Lead;
import io.baton.lead.domain.LeadStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A lead as the API shows it: where it came from, its play and why, who owns it, every attempt and
 * escalation, and its outcome. {@code timeToFirstContact} is an ISO-8601 duration.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record LeadResponse(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String leadId,
    String externalId,
    LeadStatus status,
    CompanyJson company,
    ContactJson contact,
    SourceJson source,
    Interest interest,
    String intent,
    Instant receivedAt,
    PlayJson play,
    String owner,
    String team,
    Instant firstContactDueAt,
    Instant firstContactAt,
    Duration timeToFirstContact,
    Long processInstanceKey,
    List<AttemptJson> attempts,
    List<AssignmentJson> assignments,
    List<EscalationJson> escalations,
    Instant qualifiedAt,
    OutcomeJson outcome) {

  static LeadResponse of(Lead lead) {
    return new LeadResponse(
        lead.leadId(),
        lead.externalId(),
        lead.status(),
        CompanyJson.of(lead.company()),
        ContactJson.of(lead.contact()),
        SourceJson.of(lead.source()),
        lead.submission().interest(),
        lead.intent(),
        lead.receivedAt(),
        PlayJson.of(lead.play()),
        lead.owner(),
        lead.team(),
        lead.firstContactDueAt(),
        lead.firstContactAt(),
        lead.timeToFirstContact(),
        lead.processInstanceKey(),
        lead.attempts().stream().map(AttemptJson::of).toList(),
        lead.assignments().stream().map(AssignmentJson::of).toList(),
        lead.escalations().stream().map(EscalationJson::of).toList(),
        lead.qualifiedAt(),
        OutcomeJson.of(lead.outcome()));
  }
}

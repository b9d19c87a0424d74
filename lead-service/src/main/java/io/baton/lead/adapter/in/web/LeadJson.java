package io.baton.lead.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.baton.lead.domain.Attempt;
import io.baton.lead.domain.AttemptChannel;
import io.baton.lead.domain.AttemptOutcome;
import io.baton.lead.domain.Company;
import io.baton.lead.domain.Contact;
import io.baton.lead.domain.Source;
import io.baton.lead.domain.SourceChannel;
import java.time.Instant;

/** The parts of a lead as the API shows them: every key always present, null when unknown. */
final class LeadJson {

  private LeadJson() {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record CompanyJson(String name, Integer size) {
    static CompanyJson of(Company company) {
      return new CompanyJson(company.name(), company.size());
    }
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ContactJson(String name, String email, String phone, String title) {
    static ContactJson of(Contact contact) {
      return new ContactJson(contact.name(), contact.email(), contact.phone(), contact.title());
    }
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record SourceJson(SourceChannel channel, String campaign) {
    static SourceJson of(Source source) {
      return new SourceJson(source.channel(), source.campaign());
    }
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record AttemptJson(AttemptChannel channel, AttemptOutcome outcome, String notes, Instant at) {
    static AttemptJson of(Attempt attempt) {
      return new AttemptJson(attempt.channel(), attempt.outcome(), attempt.notes(), attempt.at());
    }
  }
}

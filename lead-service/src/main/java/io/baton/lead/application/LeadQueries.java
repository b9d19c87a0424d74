package io.baton.lead.application;

import io.baton.lead.domain.Lead;
import io.baton.lead.domain.LeadSearch;
import io.baton.lead.domain.Leads;
import io.baton.support.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reading leads. */
@Service
public class LeadQueries {

  private final Leads leads;
  private final Clock clock;

  public LeadQueries(Leads leads, Clock clock) {
    this.leads = leads;
    this.clock = clock;
  }

  public Lead get(String leadId) {
    return leads.find(leadId).orElseThrow(() -> new NotFoundException("Lead", leadId));
  }

  /**
   * The most recent leads, newest first; {@code overdue} keeps the open leads nobody has tried
   * although first contact was due.
   */
  public List<Lead> search(SearchLeads query) {
    return leads.search(
        new LeadSearch(
            query.status(),
            query.owner(),
            query.externalId(),
            query.overdue() ? clock.instant() : null,
            query.limit()));
  }
}

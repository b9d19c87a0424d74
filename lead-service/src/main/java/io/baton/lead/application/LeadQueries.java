package io.baton.lead.application;

import io.baton.lead.domain.Lead;
import io.baton.lead.domain.Leads;
import io.baton.support.web.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reading leads. */
@Service
public class LeadQueries {

  private final Leads leads;

  public LeadQueries(Leads leads) {
    this.leads = leads;
  }

  public Lead get(String leadId) {
    return leads.find(leadId).orElseThrow(() -> new NotFoundException("Lead", leadId));
  }

  public List<Lead> recent(int limit) {
    return leads.recent(limit);
  }
}

package io.baton.lead.application;

import io.baton.lead.domain.Lead;
import io.baton.lead.domain.Leads;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Leads in a map, with the same uniqueness rules as the MongoDB indexes. */
class InMemoryLeads implements Leads {

  private final Map<String, Lead> leads = new LinkedHashMap<>();

  @Override
  public Optional<Lead> find(String leadId) {
    return Optional.ofNullable(leads.get(leadId));
  }

  @Override
  public Optional<Lead> findByExternalId(String externalId) {
    return leads.values().stream().filter(lead -> externalId.equals(lead.externalId())).findFirst();
  }

  @Override
  public Optional<Lead> findByContactKey(String contactKey) {
    return leads.values().stream().filter(lead -> contactKey.equals(lead.contactKey())).findFirst();
  }

  @Override
  public List<Lead> recent(int limit) {
    return leads.values().stream()
        .sorted(Comparator.comparing(Lead::receivedAt).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public Optional<Lead> add(Lead lead) {
    boolean taken =
        leads.values().stream()
            .anyMatch(
                other ->
                    other.leadId().equals(lead.leadId())
                        || (lead.externalId() != null
                            && lead.externalId().equals(other.externalId()))
                        || (lead.contactKey() != null
                            && lead.contactKey().equals(other.contactKey())));
    if (taken) {
      return Optional.empty();
    }
    leads.put(lead.leadId(), lead);
    return Optional.of(lead);
  }

  @Override
  public Lead update(Lead lead) {
    leads.put(lead.leadId(), lead);
    return lead;
  }

  List<Lead> all() {
    return new ArrayList<>(leads.values());
  }
}

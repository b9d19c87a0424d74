package io.baton.lead.application;

import io.baton.lead.domain.Lead;
import io.baton.lead.domain.LeadPipeline;
import io.baton.lead.domain.LeadSearch;
import io.baton.lead.domain.Leads;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

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
  public List<Lead> search(LeadSearch search) {
    return leads.values().stream()
        .filter(lead -> search.status() == null || lead.status() == search.status())
        .filter(lead -> search.owner() == null || search.owner().equals(lead.owner()))
        .filter(
            lead -> search.externalId() == null || search.externalId().equals(lead.externalId()))
        .filter(
            lead ->
                search.firstContactOverdueAt() == null
                    || lead.isPastFirstContactSla(search.firstContactOverdueAt()))
        .sorted(Comparator.comparing(Lead::receivedAt).reversed())
        .limit(search.limit())
        .toList();
  }

  @Override
  public void forEachReceivedBetween(Instant from, Instant to, Consumer<Lead> action) {
    leads.values().stream()
        .filter(lead -> !lead.receivedAt().isBefore(from) && lead.receivedAt().isBefore(to))
        .forEach(action);
  }

  @Override
  public LeadPipeline pipelineReceivedBetween(Instant from, Instant to) {
    throw new UnsupportedOperationException("the pipeline is counted by MongoDB (MongoLeads)");
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

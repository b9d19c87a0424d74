package io.baton.lead.domain;

import io.baton.support.unitofwork.AggregateStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where leads are kept, by lead id. */
public interface Leads extends AggregateStore<Lead> {

  Optional<Lead> findByExternalId(String externalId);

  /** The lead that holds this contact key, i.e. whose duplicate window has not been closed. */
  Optional<Lead> findByContactKey(String contactKey);

  /** The most recently received leads matching the search, newest first. */
  List<Lead> search(LeadSearch search);

  /** Hands every lead received in {@code [from, to)} to {@code action}, one at a time. */
  void forEachReceivedBetween(Instant from, Instant to, Consumer<Lead> action);

  /**
   * The leads received in {@code [from, to)} and those converted (outcome converted: a won deal),
   * counted by the store without reading the leads one at a time.
   */
  LeadPipeline pipelineReceivedBetween(Instant from, Instant to);

  /** Stores a new lead; empty if its id, external id or contact key is taken already. */
  @Override
  Optional<Lead> add(Lead lead);
}

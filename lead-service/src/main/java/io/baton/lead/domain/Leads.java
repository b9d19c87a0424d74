package io.baton.lead.domain;

import java.util.List;
import java.util.Optional;

/** Where leads are kept. */
public interface Leads {

  Optional<Lead> find(String leadId);

  Optional<Lead> findByExternalId(String externalId);

  /** The lead that holds this contact key, i.e. whose duplicate window has not been closed. */
  Optional<Lead> findByContactKey(String contactKey);

  /** The most recently received leads first. */
  List<Lead> recent(int limit);

  /** Stores a new lead; empty if its id, external id or contact key is taken already. */
  Optional<Lead> add(Lead lead);

  /** Stores a changed lead; fails if someone else changed it meanwhile. */
  Lead update(Lead lead);
}

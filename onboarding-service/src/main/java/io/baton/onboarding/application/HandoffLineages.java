package io.baton.onboarding.application;

import io.baton.onboarding.domain.Lineage;
import java.util.Optional;

/**
 * Where onboarding asks handoff-service for the lineage of a customer whose plan started before the
 * lineage travelled with the customer: the acquisition and handoff keys as the handoff records
 * them.
 */
public interface HandoffLineages {

  /**
   * The lineage of the deal's handoff, or empty when handoff-service has no handoff for the deal.
   *
   * @throws HandoffUnavailableException when handoff-service cannot answer now; the caller tries
   *     again later
   */
  Optional<Lineage> lineageOf(String dealId);
}

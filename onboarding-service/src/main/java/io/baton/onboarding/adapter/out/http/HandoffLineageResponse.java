package io.baton.onboarding.adapter.out.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.baton.onboarding.domain.Lineage;

/**
 * handoff-service's answer to {@code GET /api/handoffs/{dealId}}, as far as the lineage goes: the
 * acquisition and handoff keys (an accepted handoff's include its acceptance); the rest is ignored.
 * Onboarding keys in it, if any, are not handoff-service's to set and are dropped.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record HandoffLineageResponse(String dealId, String status, Lineage lineage) {

  Lineage acquisitionAndHandoffLineage() {
    return lineage == null ? null : lineage.acquisitionAndHandoff();
  }
}

package io.baton.handoff.adapter.out.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A lead in lead-service's list answer ({@code GET /api/leads}): only its id is read. */
@JsonIgnoreProperties(ignoreUnknown = true)
record LeadIdResponse(String leadId) {}

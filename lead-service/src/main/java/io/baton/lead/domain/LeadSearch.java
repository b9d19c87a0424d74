package io.baton.lead.domain;

import java.time.Instant;

/**
 * Which leads to list: any criterion left null matches every lead. {@code externalId} keeps the
 * lead its source knows by that id; {@code firstContactOverdueAt} keeps the open leads nobody has
 * tried whose first contact was due before that instant.
 */
public record LeadSearch(
    LeadStatus status, String owner, String externalId, Instant firstContactOverdueAt, int limit) {}

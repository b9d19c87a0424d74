package io.baton.lead.domain;

import java.time.Instant;

/** Who owns the lead from {@code at}: a rep of the team, or nobody (the team's queue). */
public record Assignment(String owner, String team, AssignmentReason reason, Instant at) {}

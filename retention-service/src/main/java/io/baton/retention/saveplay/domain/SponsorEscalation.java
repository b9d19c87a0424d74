package io.baton.retention.saveplay.domain;

import java.time.Instant;

/** The save play was escalated to an executive sponsor (e.g. above an ARR threshold), and why. */
public record SponsorEscalation(String sponsor, String reason, Instant at) {}

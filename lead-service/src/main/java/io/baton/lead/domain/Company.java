package io.baton.lead.domain;

/** The company a lead works for; {@code size} is its employee count, if known. */
public record Company(String name, Integer size) {}

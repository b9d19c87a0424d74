package io.baton.lead.domain;

/** The channel and campaign that won the lead. */
public record Source(SourceChannel channel, String campaign) {}

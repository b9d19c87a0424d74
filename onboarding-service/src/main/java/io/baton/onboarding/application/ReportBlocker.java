package io.baton.onboarding.application;

/** Report what holds a checkpoint of a deal's onboarding plan up ({@link ReportingBlocker}). */
public record ReportBlocker(
    String dealId, String checkpointId, String description, String reportedBy) {}

package io.baton.retention.saveplay.application;

import java.time.Instant;

/**
 * A save play the process decided, as the person running it gets it: its context, when it is due,
 * whether an executive sponsor is engaged at once, and the priority of its task.
 */
public record DecidedSavePlay(
    SavePlayContext context, Instant dueAt, boolean sponsorNeeded, int taskPriority) {}

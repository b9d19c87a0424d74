package io.baton.retention.application;

/** An aggregate after a change, and whether the change changed it (false: it was made before). */
public record Changed<T>(T value, boolean changed) {}

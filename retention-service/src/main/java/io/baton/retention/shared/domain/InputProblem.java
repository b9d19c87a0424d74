package io.baton.retention.shared.domain;

/** One wrong field of an input and what is wrong with it. */
public record InputProblem(String field, String message) {}

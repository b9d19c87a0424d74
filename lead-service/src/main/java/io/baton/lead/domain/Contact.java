package io.baton.lead.domain;

/** The person who asked. */
public record Contact(String name, String email, String phone, String title) {}

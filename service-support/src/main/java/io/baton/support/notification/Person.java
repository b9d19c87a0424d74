package io.baton.support.notification;

/** Someone the directory knows, with the address a notification reaches them at. */
public record Person(String username, String email) {}

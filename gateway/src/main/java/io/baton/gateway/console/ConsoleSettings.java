package io.baton.gateway.console;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the console's front end needs to know about this installation. */
@Schema(description = "The console's settings for this installation")
public record ConsoleSettings(
        @Schema(description = "Local mode: the console lists and completes Camunda user tasks itself")
        boolean taskInboxEnabled,
        @Schema(description = "Where users find their tasks when the inbox is off (Camunda Tasklist); absent when not configured",
                nullable = true, example = "https://tasklist.example.com")
        String tasklistUrl,
        @Schema(description = "Local mode: users pick who they are (user id and groups) on a sign-in screen")
        boolean devSignIn) {

    static ConsoleSettings of(ConsoleProperties properties) {
        return new ConsoleSettings(
                properties.taskInbox().enabled(),
                properties.tasklistUrl() == null ? null : properties.tasklistUrl().toString(),
                properties.devSignIn().enabled());
    }
}

package io.baton.gateway.console;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.lang.Nullable;

/**
 * How the console behaves in this installation ({@code baton.console.*}).
 *
 * @param taskInbox   local mode: the console lists and completes Camunda user tasks itself, through the
 *                    {@code camunda-user-tasks} route; in production users work in Tasklist instead
 * @param tasklistUrl where users find their tasks when the inbox is off (Camunda Tasklist)
 * @param devSignIn   local mode: users pick who they are on a sign-in screen
 */
@ConfigurationProperties("baton.console")
public record ConsoleProperties(
        @DefaultValue TaskInbox taskInbox,
        @Nullable URI tasklistUrl,
        @DefaultValue DevSignIn devSignIn) {

    public record TaskInbox(@DefaultValue("false") boolean enabled) {
    }

    public record DevSignIn(@DefaultValue("false") boolean enabled) {
    }
}

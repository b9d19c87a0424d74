package io.baton.gateway.console;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.lang.Nullable;

/**
 * How the console behaves in this installation ({@code baton.console.*}).
 *
 * @param taskInbox local mode: the console lists and completes Camunda user tasks itself, through
 *     the {@code camunda-user-tasks} route; in production users work in Tasklist instead
 * @param tasklistUrl where users find their tasks when the inbox is off (Camunda Tasklist)
 * @param signIn where and how users sign in: the OpenID Connect provider the console sends them to
 */
@ConfigurationProperties("baton.console")
public record ConsoleProperties(
    @DefaultValue TaskInbox taskInbox, @Nullable URI tasklistUrl, @DefaultValue SignIn signIn) {

  public record TaskInbox(@DefaultValue("false") boolean enabled) {}

  /**
   * The console signs users in with the authorization code flow and PKCE, as a public client (no
   * secret), and reads who they are from the access token's claims.
   *
   * @param issuer the OpenID Connect provider; its discovery document is at {@code
   *     <issuer>/.well-known/openid-configuration}
   * @param clientId the console's client at the provider
   * @param scope the scopes the console asks for
   * @param usernameClaim the access token's claim that names the user (as the gateway reads it)
   * @param rolesClaim the claim that lists the user's roles (as the gateway reads it)
   * @param groupsClaim the claim that lists the user's Camunda groups, for the task inbox
   */
  public record SignIn(
      @Nullable URI issuer,
      @DefaultValue("baton-console") String clientId,
      @DefaultValue("openid profile") String scope,
      @DefaultValue("preferred_username") String usernameClaim,
      @DefaultValue("roles") String rolesClaim,
      @DefaultValue("groups") String groupsClaim) {}
}

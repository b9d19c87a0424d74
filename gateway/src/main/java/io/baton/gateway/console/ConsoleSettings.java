package io.baton.gateway.console;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the console's front end needs to know about this installation. */
@Schema(description = "The console's settings for this installation")
public record ConsoleSettings(
    @Schema(description = "Local mode: the console lists and completes Camunda user tasks itself")
        boolean taskInboxEnabled,
    @Schema(
            description =
                "Where users find their tasks when the inbox is off (Camunda Tasklist); absent when not configured",
            nullable = true,
            example = "https://tasklist.example.com")
        String tasklistUrl,
    @Schema(
            description =
                "Where users sign in: the OpenID Connect provider and the console's client there")
        SignIn signIn) {

  /** The console signs users in with the authorization code flow and PKCE, as a public client. */
  @Schema(
      name = "ConsoleSignIn",
      description = "The OpenID Connect provider the console signs users in with")
  public record SignIn(
      @Schema(
              description =
                  "The provider's issuer; its discovery document is at <issuer>/.well-known/openid-configuration",
              nullable = true,
              example = "http://localhost:8089")
          String issuer,
      @Schema(
              description = "The console's public client at the provider",
              example = "baton-console")
          String clientId,
      @Schema(description = "The scopes the console asks for", example = "openid profile")
          String scope,
      @Schema(
              description = "The access token's claim that names the user",
              example = "preferred_username")
          String usernameClaim,
      @Schema(
              description =
                  "The access token's claim that lists the user's roles (a list or space-separated)",
              example = "roles")
          String rolesClaim,
      @Schema(
              description =
                  "The access token's claim that lists the user's Camunda groups, for the task inbox",
              example = "groups")
          String groupsClaim) {}

  static ConsoleSettings of(ConsoleProperties properties) {
    ConsoleProperties.SignIn signIn = properties.signIn();
    return new ConsoleSettings(
        properties.taskInbox().enabled(),
        properties.tasklistUrl() == null ? null : properties.tasklistUrl().toString(),
        new SignIn(
            signIn.issuer() == null ? null : signIn.issuer().toString(),
            signIn.clientId(),
            signIn.scope(),
            signIn.usernameClaim(),
            signIn.rolesClaim(),
            signIn.groupsClaim()));
  }
}

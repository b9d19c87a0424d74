package io.baton.identity;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code baton.identity.*}: who may sign in, and what Baton's tokens say about them.
 *
 * @param usersFile the local users, their roles and groups (YAML, read again when it changes)
 * @param passwordFile the one password of every local user, made by the local suite at its first
 *     start; never committed
 * @param audience the {@code aud} of every access token, as the gateway and the services expect it
 * @param rolesClaim the claim that lists a caller's roles
 * @param usernameClaim the claim that names the caller
 * @param groupsClaim the claim that lists a user's groups (Camunda candidate groups)
 * @param allowedOrigins browser origins that may call discovery, the key set and the token endpoint
 *     (the console)
 */
@ConfigurationProperties("baton.identity")
public record IdentityProperties(
    Path usersFile,
    Path passwordFile,
    @DefaultValue("baton") String audience,
    @DefaultValue("roles") String rolesClaim,
    @DefaultValue("preferred_username") String usernameClaim,
    @DefaultValue("groups") String groupsClaim,
    @DefaultValue List<String> allowedOrigins) {

  /** The role of tokens issued to a client for itself: the services calling each other. */
  public static final String SYSTEM_ROLE = "system";
}

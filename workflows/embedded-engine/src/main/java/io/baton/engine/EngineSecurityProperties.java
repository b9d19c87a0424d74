package io.baton.engine;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code baton.engine.security.*}: who may use the REST API, as Camunda 8.8 with authorizations
 * enabled. With an {@code issuer}, every call needs a bearer token of that issuer for the audience
 * (the same tokens as Baton's services), user tasks follow {@link UserTaskAccess} and every other
 * operation {@link EngineAccess}. Without one the API is open: the engine's own tests and a bare
 * {@code java -jar}.
 *
 * @param issuer the expected {@code iss}; its keys come from its discovery document
 * @param audience the expected {@code aud}
 * @param publicKeyLocation a PEM public key instead of the issuer's keys (tests)
 * @param usernameClaim the claim that names the user
 * @param rolesClaim the claim that lists the user's roles
 * @param groupsClaim the claim that lists the user's groups (candidate groups)
 * @param supervisingRoles roles that see and work every task and may use every other operation (the
 *     services' system role)
 */
@ConfigurationProperties("baton.engine.security")
public record EngineSecurityProperties(
    String issuer,
    @DefaultValue("baton") String audience,
    Resource publicKeyLocation,
    @DefaultValue("preferred_username") String usernameClaim,
    @DefaultValue("roles") String rolesClaim,
    @DefaultValue("groups") String groupsClaim,
    @DefaultValue({"admin", "system"}) List<String> supervisingRoles) {

  boolean enabled() {
    return issuer != null && !issuer.isBlank();
  }
}

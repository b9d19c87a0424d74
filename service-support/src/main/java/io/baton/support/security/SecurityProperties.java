package io.baton.support.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code baton.security.*}: how a service checks the bearer token of every request. The token must
 * be signed with RS256 by a key of the issuer (found through its discovery document, or at {@code
 * jwkSetUri}, or {@code publicKeyLocation}), issued by {@code issuer} for {@code audience}, and not
 * expired; its {@code rolesClaim} names the caller's roles.
 *
 * @param issuer the expected {@code iss}
 * @param audience the expected {@code aud}
 * @param jwkSetUri where the issuer publishes its signing keys, when not from its discovery
 *     document
 * @param publicKeyLocation a PEM public key instead of a key set (tests, static keys)
 * @param rolesClaim the claim that lists the caller's roles (a list, or a space-separated string)
 * @param usernameClaim the claim that names the caller
 * @param publicPaths paths of the main port open without a token (API docs, errors); the probes
 *     ({@code /livez}, {@code /readyz}) and the actuator endpoints of the management port are open
 *     besides (see {@link ServiceSecurityAutoConfiguration})
 */
@ConfigurationProperties("baton.security")
public record SecurityProperties(
    @DefaultValue("http://localhost:8089") String issuer,
    @DefaultValue("baton") String audience,
    String jwkSetUri,
    Resource publicKeyLocation,
    @DefaultValue("roles") String rolesClaim,
    @DefaultValue("preferred_username") String usernameClaim,
    @DefaultValue({"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error"})
        List<String> publicPaths) {}

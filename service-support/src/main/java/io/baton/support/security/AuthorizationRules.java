package io.baton.support.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's authorization matrix: which roles may read, create and change what, by path and
 * method. Each service declares one bean; requests it does not name need only a valid token.
 */
@FunctionalInterface
public interface AuthorizationRules {

  void apply(
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests);
}

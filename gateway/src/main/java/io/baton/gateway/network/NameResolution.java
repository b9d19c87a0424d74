package io.baton.gateway.network;

import io.netty.resolver.DefaultAddressResolverGroup;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.http.client.HttpClient;

/**
 * The gateway resolves host names the way the services and the operating system do (the JVM's
 * resolver: {@code /etc/hosts}, the search domains of {@code resolv.conf}, the JVM's cache), not
 * with Reactor Netty's own DNS client. One resolver for every outgoing call: the routes to the
 * services and the identity provider's discovery document and keys. A lookup blocks an event loop
 * only when the JVM's cache (30 s) has no answer.
 */
@Configuration(proxyBeanMethods = false)
public class NameResolution {

  /** The routes' HTTP client (Spring Cloud Gateway). */
  @Bean
  HttpClientCustomizer jvmNameResolution() {
    return NameResolution::jvm;
  }

  /** {@code client} resolving names with the JVM's resolver. */
  public static HttpClient jvm(HttpClient client) {
    return client.resolver(DefaultAddressResolverGroup.INSTANCE);
  }
}

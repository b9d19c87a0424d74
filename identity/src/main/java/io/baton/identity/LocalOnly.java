package io.baton.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The local provider signs tokens for every user of a file with one shared password: it refuses to
 * start unless it listens on a loopback address only ({@code server.address}, as the local suite
 * starts it) or runs in the {@code local} profile, and says loudly that it is on. Registered in
 * {@code META-INF/spring.factories}, so it runs before anything listens.
 */
public final class LocalOnly implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  private static final Logger log = LoggerFactory.getLogger(LocalOnly.class);

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    require(event.getEnvironment());
  }

  static void require(Environment environment) {
    String address = environment.getProperty("server.address");
    if (!environment.acceptsProfiles(Profiles.of("local")) && !isLoopback(address)) {
      throw new IllegalStateException(
          "Baton's local identity provider signs tokens for every local user and runs only on a loopback address"
              + " (server.address=127.0.0.1) or in the local profile, not on "
              + (address == null ? "every address" : address)
              + ". In production point baton.security.* at your own OIDC provider (docs/security.md).");
    }
    log.warn(
        "THE LOCAL IDENTITY PROVIDER IS ON: every user of {} signs in with the local password. It is for the"
            + " local suite only; production uses the company's own OIDC provider.",
        environment.getProperty("baton.identity.users-file"));
  }

  private static boolean isLoopback(String address) {
    try {
      return address != null && InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}

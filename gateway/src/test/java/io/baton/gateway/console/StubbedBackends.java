package io.baton.gateway.console;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * WireMock in place of every backend the console reaches through the gateway, Camunda's REST API
 * included.
 */
final class StubbedBackends {

  static final String LEADS = "lead-service";
  static final String HANDOFFS = "handoff-service";
  static final String ONBOARDINGS = "onboarding-service";
  static final String RETENTION = "retention-service";
  static final String CAMUNDA = "camunda-rest";

  private final Map<String, WireMockServer> servers =
      List.of(LEADS, HANDOFFS, ONBOARDINGS, RETENTION, CAMUNDA).stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  name -> name, name -> new WireMockServer(options().port(freePort()))));

  /** Starts the backends and points the gateway's {@code baton.services.<name>.url} at them. */
  void startFor(DynamicPropertyRegistry registry) {
    servers.forEach(
        (name, server) -> {
          server.start();
          registry.add("baton.services." + name + ".url", server::baseUrl);
        });
  }

  WireMockServer get(String name) {
    return servers.get(name);
  }

  void reset() {
    servers.values().forEach(WireMockServer::resetAll);
  }

  void stop() {
    servers.values().forEach(WireMockServer::stop);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

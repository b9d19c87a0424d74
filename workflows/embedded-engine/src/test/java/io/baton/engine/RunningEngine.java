package io.baton.engine;

import io.baton.testsupport.TestTokens;
import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientBuilder;
import io.camunda.client.CredentialsProvider;
import io.camunda.zeebe.process.test.extension.testcontainer.ContainerizedEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The engine application started for a test on free loopback ports and a given data dir. Shared
 * with the process tests of the workflows through this module's test jar.
 */
public final class RunningEngine implements AutoCloseable {

  public final int restPort;
  public final int grpcPort;
  public final int controlPort;
  private final ConfigurableApplicationContext context;

  private RunningEngine(final Path dataDir, final String... settings) {
    restPort = freePort();
    grpcPort = freePort();
    controlPort = freePort();
    final List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=" + restPort,
                "--baton.engine.grpc-port=" + grpcPort,
                "--baton.engine.control-port=" + controlPort,
                "--baton.engine.data-dir=" + dataDir));
    args.addAll(List.of(settings));
    context =
        new SpringApplicationBuilder(EmbeddedEngineApplication.class)
            .run(args.toArray(String[]::new));
  }

  /** An engine with its REST API open. */
  public static RunningEngine start(final Path dataDir) {
    return new RunningEngine(dataDir);
  }

  /**
   * An engine with authorizations on, as Camunda 8.8 with them enabled: every call needs a token of
   * the test issuer ({@code TestTokens}).
   */
  public static RunningEngine startWithAuthorizations(final Path dataDir) {
    return new RunningEngine(
        dataDir,
        "--baton.engine.security.issuer=" + TestTokens.ISSUER,
        "--baton.engine.security.public-key-location=" + TestTokens.publicKeyPem().toUri());
  }

  /** An engine with more settings. */
  public static RunningEngine start(final Path dataDir, final String... settings) {
    return new RunningEngine(dataDir, settings);
  }

  /** A client of the engine's gRPC API, for an engine whose APIs are open. */
  public CamundaClient newClient() {
    return newClient(null);
  }

  /** A client of the gRPC API sending a bearer token (null for an open engine). */
  public CamundaClient newClient(final String bearerToken) {
    return builder(bearerToken).preferRestOverGrpc(false).build();
  }

  /**
   * A client that prefers REST for every command that has a REST endpoint, with a bearer token
   * (null for an open engine). The Java client reads REST answers leniently and offers no strict
   * mode, so tests that prove the JSON read it into Camunda's models themselves (see {@code
   * CamundaRestSearchIT}), and the Node client checks it strictly ({@code NodeSdkUserTaskIT}).
   */
  public CamundaClient newRestClient(final String bearerToken) {
    return builder(bearerToken).preferRestOverGrpc(true).build();
  }

  private CamundaClientBuilder builder(final String bearerToken) {
    return CamundaClient.newClientBuilder()
        .applyEnvironmentVariableOverrides(false)
        .grpcAddress(URI.create("http://localhost:" + grpcPort))
        .restAddress(URI.create("http://localhost:" + restPort))
        .credentialsProvider(bearer(bearerToken))
        .defaultRequestTimeout(Duration.ofSeconds(30));
  }

  private static CredentialsProvider bearer(final String token) {
    return new CredentialsProvider() {
      @Override
      public void applyCredentials(final CredentialsApplier applier) {
        if (token != null) {
          applier.put("Authorization", "Bearer " + token);
        }
      }

      @Override
      public boolean shouldRetryRequest(final StatusCode statusCode) {
        return false;
      }
    };
  }

  public ContainerizedEngine control() {
    return new ContainerizedEngine("localhost", controlPort, grpcPort);
  }

  /** A bean of the engine application, for tests that look inside (e.g. the read model). */
  public <T> T bean(final Class<T> type) {
    return context.getBean(type);
  }

  public URI rest(final String path) {
    return URI.create("http://localhost:" + restPort + path);
  }

  @Override
  public void close() {
    context.close();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.baton.engine;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.extension.testcontainer.ContainerizedEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
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

  private RunningEngine(final Path dataDir) {
    restPort = freePort();
    grpcPort = freePort();
    controlPort = freePort();
    context =
        new SpringApplicationBuilder(EmbeddedEngineApplication.class)
            .run(
                "--server.port=" + restPort,
                "--baton.engine.grpc-port=" + grpcPort,
                "--baton.engine.control-port=" + controlPort,
                "--baton.engine.data-dir=" + dataDir);
  }

  public static RunningEngine start(final Path dataDir) {
    return new RunningEngine(dataDir);
  }

  public CamundaClient newClient() {
    return CamundaClient.newClientBuilder()
        .applyEnvironmentVariableOverrides(false)
        .grpcAddress(URI.create("http://localhost:" + grpcPort))
        .restAddress(URI.create("http://localhost:" + restPort))
        .preferRestOverGrpc(false)
        .defaultRequestTimeout(Duration.ofSeconds(30))
        .build();
  }

  public ContainerizedEngine control() {
    return new ContainerizedEngine("localhost", controlPort, grpcPort);
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

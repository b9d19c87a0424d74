package io.baton.engine;

import io.grpc.Server;
import io.grpc.ServerInterceptor;
import io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Owns the running {@link EmbeddedEngine} and the engine-control gRPC server: starts them before
 * the REST API opens, stops them after it closed, and restarts or resets the engine on request.
 */
@Component
public class EngineRuntime implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRuntime.class);

  private final EngineProperties properties;
  private final List<ServerInterceptor> grpcInterceptors;
  private EmbeddedEngine engine;
  private Server controlServer;
  private boolean running;

  public EngineRuntime(
      final EngineProperties properties,
      final EngineSecurityProperties security,
      final JwtDecoder engineTokens) {
    this.properties = properties;
    grpcInterceptors = grpcInterceptors(security, engineTokens);
  }

  @Override
  public synchronized void start() {
    startEngine();
    if (properties.controlPort() > 0) {
      controlServer =
          NettyServerBuilder.forAddress(
                  new InetSocketAddress(InetAddress.getLoopbackAddress(), properties.controlPort()))
              .addService(new EngineControlService(this))
              .build();
      try {
        controlServer.start();
      } catch (final IOException e) {
        throw new UncheckedIOException("Cannot open the engine-control port", e);
      }
    }
    running = true;
  }

  @Override
  public synchronized void stop() {
    if (controlServer != null) {
      controlServer.shutdownNow();
      awaitTermination(controlServer);
      controlServer = null;
    }
    running = false;
    stopEngine();
  }

  @Override
  public synchronized boolean isRunning() {
    return running;
  }

  /** Before the web server (which starts in a later phase and so stops first). */
  @Override
  public int getPhase() {
    return 0;
  }

  /** Starts the engine from the state and log in the data dir, unless it runs already. */
  public synchronized void startEngine() {
    if (engine == null) {
      final EmbeddedEngine fresh = new EmbeddedEngine(properties, grpcInterceptors);
      try {
        fresh.start();
      } catch (final RuntimeException e) {
        try {
          fresh.stop();
        } catch (final RuntimeException stopFailure) {
          e.addSuppressed(stopFailure);
        }
        throw e;
      }
      engine = fresh;
    }
  }

  /** Stops the engine (taking a last snapshot) and closes its log; the control port stays open. */
  public synchronized void stopEngine() {
    if (engine != null) {
      engine.stop();
      engine = null;
    }
  }

  /** Forgets all state: stops the engine, deletes its log and state and starts a fresh engine. */
  public synchronized void reset() {
    stopEngine();
    EmbeddedEngine.deleteData(properties.dataDir());
    startEngine();
  }

  /** The running engine. */
  public synchronized EmbeddedEngine engine() {
    if (engine == null) {
      throw new EngineUnavailableException("The engine is stopped");
    }
    return engine;
  }

  @EventListener
  void logReady(final ApplicationReadyEvent event) {
    final int restPort =
        ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
    LOG.info(
        "Baton embedded engine ready: gRPC localhost:{}, REST http://localhost:{}, engine control {},"
            + " data {}",
        engine().grpcPort(),
        restPort,
        controlServer == null ? "off" : "localhost:" + controlServer.getPort(),
        properties.dataDir());
  }

  /**
   * What every gRPC call passes: the token check when the APIs are secured (the last interceptor
   * runs first), then the user task properties of task listeners' jobs.
   */
  private static List<ServerInterceptor> grpcInterceptors(
      final EngineSecurityProperties security, final JwtDecoder engineTokens) {
    final List<ServerInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new ListenerJobProperties());
    if (security.enabled()) {
      interceptors.add(new GrpcAuthentication(engineTokens, security));
    }
    return List.copyOf(interceptors);
  }

  private static void awaitTermination(final Server server) {
    try {
      server.awaitTermination(5, TimeUnit.SECONDS);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

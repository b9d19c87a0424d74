package io.baton.engine;

import io.camunda.search.clients.SearchClientsProxy;
import io.camunda.security.auth.BrokerRequestAuthorizationConverter;
import io.camunda.security.configuration.SecurityConfiguration;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.engine.Engine;
import io.camunda.zeebe.engine.EngineConfiguration;
import io.camunda.zeebe.engine.processing.EngineProcessors;
import io.camunda.zeebe.engine.processing.message.command.SubscriptionCommandSender;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.process.test.engine.ZptGatewayParts;
import io.camunda.zeebe.process.test.engine.db.InMemoryDbFactory;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.impl.ControllableStreamClockImpl;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.camunda.zeebe.util.FeatureFlags;
import io.grpc.Server;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.netty.NettyServerBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One run of the real Zeebe 8.8 engine (one partition), wired like zeebe-process-test's
 * EngineFactory but with its log in a file, its gRPC gateway on loopback only, a real-time clock
 * that tests can move forward, and a REST command channel next to the gRPC one.
 */
public final class EmbeddedEngine {

  private static final int PARTITION_ID = 1;
  private static final int PARTITION_COUNT = 1;

  private final ControlledActorClock clock = new ControlledActorClock();
  private final ActorScheduler scheduler;
  private final FileLogStorage logStorage;
  private final LogStream logStream;
  private final ZeebeDb<ZbColumnFamilies> database;
  private final StreamProcessor streamProcessor;
  private final Server grpcServer;
  private final RestCommandGateway commands;
  private final AvailableJobs availableJobs;
  private final RecordLog records;
  private final UserTaskReadModel userTasks;
  private final ProcessReadModel processes;
  private final EngineIdleMonitor idleMonitor;

  /**
   * @param grpcInterceptors what every gRPC call passes, in {@link ServerInterceptors#intercept}
   *     order (the last runs first)
   */
  public EmbeddedEngine(
      final Path dataDir,
      final int grpcPort,
      final Duration requestTimeout,
      final List<ServerInterceptor> grpcInterceptors) {
    scheduler = ActorScheduler.newActorScheduler().setActorClock(clock).build();
    logStorage = FileLogStorage.open(dataDir);
    logStream =
        LogStream.builder()
            .withPartitionId(PARTITION_ID)
            .withLogStorage(logStorage)
            .withClock(clock)
            .withMeterRegistry(new SimpleMeterRegistry())
            .build();
    final ZptGatewayParts gateway =
        ZptGatewayParts.create(logStream, PARTITION_ID, grpcPort, CompleteJobCommands::toCommand);
    commands = new RestCommandGateway(logStream.newLogStreamWriter(), requestTimeout);
    availableJobs = new AvailableJobs(gateway.jobStreamer());
    database = new InMemoryDbFactory<ZbColumnFamilies>().createDb();
    streamProcessor =
        createStreamProcessor(gateway, new ResponseRouter(gateway.grpcResponseWriter(), commands));
    grpcServer =
        NettyServerBuilder.forAddress(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), grpcPort))
            .addService(ServerInterceptors.intercept(gateway.gateway(), grpcInterceptors))
            .build();
    records = new RecordLog(logStorage, logStream.newLogStreamReader(), PARTITION_ID);
    userTasks = new UserTaskReadModel(records);
    processes = new ProcessReadModel(records);
    idleMonitor = new EngineIdleMonitor(logStorage, streamProcessor);
  }

  private StreamProcessor createStreamProcessor(
      final ZptGatewayParts gateway, final ResponseRouter responseWriter) {
    final SecurityConfiguration security = new SecurityConfiguration();
    security.getAuthorizations().setEnabled(false);
    return StreamProcessor.builder()
        .logStream(logStream)
        .zeebeDb(database)
        .commandResponseWriter(responseWriter)
        .partitionCommandSender(gateway.commandSender())
        .recordProcessors(
            List.of(
                new Engine(
                    context ->
                        EngineProcessors.createEngineProcessors(
                            context,
                            PARTITION_COUNT,
                            new SubscriptionCommandSender(
                                context.getPartitionId(), gateway.commandSender()),
                            gateway.commandSender(),
                            FeatureFlags.createDefault(),
                            availableJobs,
                            SearchClientsProxy.noop(),
                            new BrokerRequestAuthorizationConverter(security)),
                    new EngineConfiguration(),
                    security)))
        .actorSchedulingService(scheduler)
        .clock(new ControllableStreamClockImpl(clock))
        .meterRegistry(new SimpleMeterRegistry())
        .build();
  }

  /** Replays the log (rebuilding the state) and opens the gRPC gateway. */
  public void start() {
    scheduler.start();
    streamProcessor.openAsync(false).join();
    if (streamProcessor.isFailed()) {
      throw new IllegalStateException("The engine failed to replay its log");
    }
    try {
      grpcServer.start();
    } catch (final IOException e) {
      throw new UncheckedIOException("Cannot open the engine's gRPC gateway", e);
    }
  }

  /** Stops the gateway and the engine, then forces the log to disk and closes it. */
  public void stop() {
    grpcServer.shutdownNow();
    try {
      grpcServer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    commands.failAll();
    availableJobs.close();
    streamProcessor.closeAsync().join();
    closeDatabase();
    logStream.close();
    records.close();
    stopScheduler();
    logStorage.close();
  }

  private void closeDatabase() {
    try {
      database.close();
    } catch (final Exception e) {
      throw new IllegalStateException("The engine's state could not be closed", e);
    }
  }

  private void stopScheduler() {
    try {
      scheduler.stop().get(10, TimeUnit.SECONDS);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (final Exception e) {
      throw new IllegalStateException("The engine's actor scheduler did not stop", e);
    }
  }

  public int grpcPort() {
    return grpcServer.getPort();
  }

  public RestCommandGateway commands() {
    return commands;
  }

  AvailableJobs availableJobs() {
    return availableJobs;
  }

  public RecordLog records() {
    return records;
  }

  public UserTaskReadModel userTasks() {
    return userTasks;
  }

  public ProcessReadModel processes() {
    return processes;
  }

  public void increaseTime(final Duration timeToAdd) {
    clock.addTime(timeToAdd);
  }

  public void waitForIdleState(final Duration timeout)
      throws InterruptedException, TimeoutException {
    idleMonitor.waitForIdleState(timeout);
  }

  public void waitForBusyState(final Duration timeout)
      throws InterruptedException, TimeoutException {
    idleMonitor.waitForBusyState(timeout);
  }
}

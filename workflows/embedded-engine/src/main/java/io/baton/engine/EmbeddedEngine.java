package io.baton.engine;

import io.camunda.search.clients.SearchClientsProxy;
import io.camunda.security.auth.BrokerRequestAuthorizationConverter;
import io.camunda.security.configuration.SecurityConfiguration;
import io.camunda.zeebe.engine.Engine;
import io.camunda.zeebe.engine.EngineConfiguration;
import io.camunda.zeebe.engine.processing.EngineProcessors;
import io.camunda.zeebe.engine.processing.message.command.SubscriptionCommandSender;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.process.test.engine.ZptGatewayParts;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.impl.ControllableStreamClockImpl;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.camunda.zeebe.util.FeatureFlags;
import io.camunda.zeebe.util.FileUtil;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One run of the real Zeebe 8.8 engine (one partition), wired like zeebe-process-test's
 * EngineFactory but with its log in a file, its state in RocksDB with snapshots as a broker
 * partition keeps it (see {@link EngineState}, {@link SnapshotDirector}), its gRPC gateway on
 * loopback only, a real-time clock that tests can move forward, and a REST command channel next to
 * the gRPC one.
 */
public final class EmbeddedEngine {

  private static final int PARTITION_ID = 1;
  private static final int PARTITION_COUNT = 1;

  private final ControlledActorClock clock = new ControlledActorClock();
  private final ControllableStreamClockImpl streamClock = new ControllableStreamClockImpl(clock);
  private final ActorScheduler scheduler;
  private final FileLogStorage logStorage;
  private final EngineState state;
  private final LogStream logStream;
  private final StreamProcessor streamProcessor;
  private final Server grpcServer;
  private final RestCommandGateway commands;
  private final AvailableJobs availableJobs;
  private final RecordLog records;
  private final UserTaskReadModel userTasks;
  private final ProcessReadModel processes;
  private final SnapshotDirector snapshots;
  private final EngineIdleMonitor idleMonitor;

  /**
   * An engine with engine control off (no record stream) and the default snapshot and retention
   * settings.
   *
   * @param grpcInterceptors what every gRPC call passes, in {@link ServerInterceptors#intercept}
   *     order (the last runs first)
   */
  public EmbeddedEngine(
      final Path dataDir,
      final int grpcPort,
      final Duration requestTimeout,
      final List<ServerInterceptor> grpcInterceptors) {
    this(EngineProperties.embedded(dataDir, grpcPort, requestTimeout), grpcInterceptors);
  }

  /**
   * @param properties where it listens and keeps its data; with engine control on (a control port)
   *     it keeps every record for the engine-control record stream
   * @param grpcInterceptors what every gRPC call passes, in {@link ServerInterceptors#intercept}
   *     order (the last runs first)
   */
  public EmbeddedEngine(
      final EngineProperties properties, final List<ServerInterceptor> grpcInterceptors) {
    final Path dataDir = properties.dataDir();
    scheduler = ActorScheduler.newActorScheduler().setActorClock(clock).build();
    logStorage = FileLogStorage.open(dataDir);
    state = openState(dataDir);
    logStream =
        LogStream.builder()
            .withPartitionId(PARTITION_ID)
            .withLogStorage(logStorage)
            .withClock(clock)
            .withMeterRegistry(new SimpleMeterRegistry())
            .build();
    final ZptGatewayParts gateway =
        ZptGatewayParts.create(
            logStream, PARTITION_ID, properties.grpcPort(), CompleteJobCommands::toCommand);
    commands = new RestCommandGateway(logStream.newLogStreamWriter(), properties.requestTimeout());
    availableJobs = new AvailableJobs(gateway.jobStreamer());
    streamProcessor =
        createStreamProcessor(gateway, new ResponseRouter(gateway.grpcResponseWriter(), commands));
    grpcServer =
        NettyServerBuilder.forAddress(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), properties.grpcPort()))
            .addService(ServerInterceptors.intercept(gateway.gateway(), grpcInterceptors))
            .build();
    final ReadModelContext readModels =
        new ReadModelContext(
            logStream,
            logStorage,
            streamClock,
            properties.readModel().retention(),
            dataDir.resolve(EngineState.DIRECTORY));
    userTasks = new UserTaskReadModel(readModels);
    processes = new ProcessReadModel(readModels);
    records = properties.controlPort() > 0 ? new RecordLog(logStream, logStorage) : null;
    snapshots =
        new SnapshotDirector(
            state,
            streamProcessor,
            logStream,
            logStorage,
            List.of(userTasks, processes),
            records == null ? List.of() : List.of(records),
            properties.snapshotPeriod(),
            properties.snapshotAfterRecords());
    recover();
    idleMonitor = new EngineIdleMonitor(logStorage, streamProcessor);
  }

  /** Restores the read models from the latest snapshot; on failure releases the data dir. */
  private void recover() {
    try {
      snapshots.recover();
    } catch (final RuntimeException e) {
      userTasks.close();
      processes.close();
      state.close();
      logStorage.close();
      throw e;
    }
  }

  /** Opens the state once the log's lock is held (it guards the whole data dir). */
  private EngineState openState(final Path dataDir) {
    try {
      return EngineState.open(dataDir.resolve(EngineState.DIRECTORY));
    } catch (final RuntimeException e) {
      logStorage.close();
      throw e;
    }
  }

  /** Deletes the engine's log and state from the data dir: the next engine there starts empty. */
  static void deleteData(final Path dataDir) {
    try {
      FileLogStorage.delete(dataDir);
      FileUtil.deleteFolderIfExists(dataDir.resolve(EngineState.DIRECTORY));
    } catch (final IOException e) {
      throw new UncheckedIOException("Cannot delete the engine's data in " + dataDir, e);
    }
  }

  private StreamProcessor createStreamProcessor(
      final ZptGatewayParts gateway, final ResponseRouter responseWriter) {
    final SecurityConfiguration security = new SecurityConfiguration();
    security.getAuthorizations().setEnabled(false);
    return StreamProcessor.builder()
        .logStream(logStream)
        .zeebeDb(state.database())
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
        .clock(streamClock)
        .meterRegistry(new SimpleMeterRegistry())
        .build();
  }

  /**
   * Replays the log after the latest snapshot (the state came from it), opens the gRPC gateway and
   * starts taking snapshots.
   */
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
    snapshots.start();
  }

  /**
   * Stops the gateway, takes a last snapshot, stops the engine, then forces the log to disk and
   * closes it.
   */
  public void stop() {
    grpcServer.shutdownNow();
    try {
      grpcServer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    commands.failAll();
    availableJobs.close();
    snapshots.close();
    streamProcessor.closeAsync().join();
    state.close();
    logStream.close();
    userTasks.close();
    processes.close();
    if (records != null) {
      records.close();
    }
    stopScheduler();
    logStorage.close();
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

  /** The engine-control record stream; only an engine with engine control on keeps one. */
  public RecordLog records() {
    if (records == null) {
      throw new IllegalStateException("Engine control is off: the engine keeps no record stream");
    }
    return records;
  }

  public UserTaskReadModel userTasks() {
    return userTasks;
  }

  public ProcessReadModel processes() {
    return processes;
  }

  /** Takes a snapshot now (as the schedule would), unless nothing was processed since the last. */
  Optional<EngineState.Snapshot> takeSnapshot() {
    return snapshots.take();
  }

  FileLogStorage logStorage() {
    return logStorage;
  }

  /**
   * Moves the engine clock forward. The actor clock answers the time its threads last took, so it
   * takes the new time at once: what reads the clock outside the engine's actors (the read models'
   * retention) sees it right away.
   */
  public void increaseTime(final Duration timeToAdd) {
    clock.addTime(timeToAdd);
    clock.update();
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

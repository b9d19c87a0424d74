package io.baton.engine;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded engine listens and keeps its state, and how it bounds what it keeps.
 *
 * @param grpcPort the Zeebe gRPC gateway port (loopback only)
 * @param controlPort the zeebe-process-test engine-control port (loopback only); 0, the default,
 *     keeps engine control off: it resets the engine and moves its clock, so only tests turn it on
 * @param dataDir the directory of the engine's log and state, relative to the working directory if
 *     not absolute (the properties hold it absolute)
 * @param requestTimeout how long a REST command waits for the engine's answer
 * @param snapshotPeriod the longest time between two snapshots of the state while the engine
 *     processes (default 1 minute)
 * @param snapshotAfterRecords how many records processed since the last snapshot bring the next one
 *     forward (default 20,000), which bounds the log held in memory
 * @param readModel what the search read models keep
 */
@ConfigurationProperties("baton.engine")
public record EngineProperties(
    int grpcPort,
    int controlPort,
    Path dataDir,
    Duration requestTimeout,
    Duration snapshotPeriod,
    Long snapshotAfterRecords,
    ReadModel readModel) {

  public EngineProperties {
    dataDir = dataDir.toAbsolutePath().normalize();
    snapshotPeriod = snapshotPeriod != null ? snapshotPeriod : Duration.ofMinutes(1);
    snapshotAfterRecords = snapshotAfterRecords != null ? snapshotAfterRecords : 20_000L;
    readModel = readModel != null ? readModel : new ReadModel(null);
  }

  /** An engine with engine control off and the defaults above, e.g. embedded in a test. */
  public static EngineProperties embedded(
      final Path dataDir, final int grpcPort, final Duration requestTimeout) {
    return new EngineProperties(grpcPort, 0, dataDir, requestTimeout, null, null, null);
  }

  /**
   * @param retention how long completed or canceled tasks and ended process instances stay
   *     searchable after they ended (default 7 days); open tasks and running instances always do
   */
  public record ReadModel(Duration retention) {

    public ReadModel {
      retention = retention != null ? retention : Duration.ofDays(7);
    }
  }
}

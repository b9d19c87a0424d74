package io.baton.engine;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded engine listens and keeps its state.
 *
 * @param grpcPort the Zeebe gRPC gateway port (loopback only)
 * @param controlPort the zeebe-process-test engine-control port (loopback only); 0, the default,
 *     keeps engine control off: it resets the engine and moves its clock, so only tests turn it on
 * @param dataDir the directory of the engine's log, relative to the working directory if not
 *     absolute
 * @param requestTimeout how long a REST command waits for the engine's answer
 */
@ConfigurationProperties("baton.engine")
public record EngineProperties(
    int grpcPort, int controlPort, Path dataDir, Duration requestTimeout) {}

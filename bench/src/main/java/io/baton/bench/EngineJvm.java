package io.baton.bench;

import io.baton.local.LocalSuite.Stopped;
import io.baton.local.SuiteLayout;
import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The embedded engine as a JVM of its own, started much as the local suite starts it (its
 * executable jar, the JVM options under test, a data dir; without the suite's class-data-sharing
 * archive, which would shorten every start alike) on free loopback ports, so that what is measured
 * is the engine that is built and the options it runs with, not a copy inside the benchmark's JVM.
 * Only its public behaviour is used: the gRPC and REST APIs, its readiness, its data dir and its
 * JVM's heap. Its APIs are open (no issuer configured): checking tokens is the same work in every
 * figure and needs the identity provider of the suite. The output of every start is appended to the
 * launcher's log file.
 */
final class EngineJvm implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);

  /** Often, so that a ready time is not rounded up to a slow poll. */
  private static final Duration READY_POLL = Duration.ofMillis(10);

  /** As long as the local suite and Kubernetes give a component to stop. */
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  /**
   * How the engines of one benchmark start with one profile: the jar, the JVM options under test,
   * and where their data dirs ({@code <work>/<purpose>-<profile>-<name>}) and their log ({@code
   * <work>/logs/<purpose>-<profile>.log}) are.
   */
  record Launcher(Path jar, JvmProfile profile, Path workDir, String purpose) {

    Path logFile() {
      return workDir.resolve("logs").resolve(purpose + "-" + profile.id() + ".log");
    }

    /** Starts an engine on an empty data dir of that name and returns once it is ready. */
    EngineJvm startEmpty(String dataName) throws InterruptedException {
      return start(
          Directories.fresh(workDir.resolve(purpose + "-" + profile.id() + "-" + dataName)));
    }

    /** Starts an engine on the data dir and returns once it is ready. */
    EngineJvm start(Path dataDir) throws InterruptedException {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(
            jar + " is missing: build the engine first (./baton bench builds it)");
      }
      // free ports as the local suite picks them: below the range outgoing connections take theirs
      // from
      SuiteLayout ports = SuiteLayout.onFreePorts(jar, dataDir, dataDir);
      List<String> command = new ArrayList<>();
      command.add(ProcessHandle.current().info().command().orElse("java"));
      command.addAll(profile.options());
      command.addAll(
          List.of(
              "-jar",
              jar.toString(),
              "--server.port=" + ports.engineRestPort(),
              "--baton.engine.grpc-port=" + ports.engineGrpcPort(),
              "--baton.engine.data-dir=" + dataDir));
      try {
        Files.createDirectories(logFile().getParent());
        long launched = System.nanoTime();
        Process process =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        EngineJvm engine =
            new EngineJvm(this, process, dataDir, ports.engineRestPort(), ports.engineGrpcPort());
        engine.awaitReady(launched);
        return engine;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the engine " + jar, e);
      }
    }
  }

  private final Launcher launcher;
  private final Process process;
  private final Path dataDir;
  private final int restPort;
  private final int grpcPort;
  private Duration readyAfter;

  private EngineJvm(Launcher launcher, Process process, Path dataDir, int restPort, int grpcPort) {
    this.launcher = launcher;
    this.process = process;
    this.dataDir = dataDir;
    this.restPort = restPort;
    this.grpcPort = grpcPort;
  }

  /**
   * Waits until the readiness probe answers 200 (UP), and keeps how long that took from the launch.
   */
  private void awaitReady(long launched) throws InterruptedException {
    HttpRequest readiness =
        HttpRequest.newBuilder(rest("/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = launched + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The engine stopped with exit code "
                + process.exitValue()
                + " while starting; see "
                + launcher.logFile());
      }
      try {
        if (HTTP.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          readyAfter = Duration.ofNanos(System.nanoTime() - launched);
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(READY_POLL);
    }
    kill();
    throw new IllegalStateException(
        "The engine was not ready within " + READY_TIMEOUT + "; see " + launcher.logFile());
  }

  /** From launching the JVM until its readiness probe answered UP. */
  Duration readyAfter() {
    return readyAfter;
  }

  /** An engine started again on the same data dir, as after a restart or a crash. */
  EngineJvm startAgain() throws InterruptedException {
    if (process.isAlive()) {
      throw new IllegalStateException("The engine on " + dataDir + " still runs");
    }
    return launcher.start(dataDir);
  }

  /** A client of its gRPC API (REST for the user-task commands); the caller closes it. */
  CamundaClient newClient() {
    return CamundaClient.newClientBuilder()
        .applyEnvironmentVariableOverrides(false)
        .grpcAddress(URI.create("http://localhost:" + grpcPort))
        .restAddress(URI.create("http://localhost:" + restPort))
        .preferRestOverGrpc(false)
        .defaultRequestTimeout(Duration.ofMinutes(1))
        .build();
  }

  private URI rest(String path) {
    return URI.create("http://localhost:" + restPort + path);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** The engine JVM's heap in use after full collections: what its live objects occupy. */
  long heapBytesAfterFullGc() {
    return EngineHeap.usedAfterFullGc(process.toHandle());
  }

  /** Its live objects by class. */
  ClassHistogram classHistogram() {
    return EngineHeap.histogram(process.toHandle());
  }

  /** How full its heap is and how much it collected, for a report on an engine in trouble. */
  String heapState() {
    return EngineHeap.of(process.toHandle());
  }

  /** Bytes of everything in its data dir. */
  long dataDirBytes() {
    return Directories.treeSize(dataDir);
  }

  /**
   * Stops it as Ctrl-C or Kubernetes would: SIGTERM, SIGKILL if it has not stopped after the grace.
   */
  Stopped stop() throws InterruptedException {
    long started = System.nanoTime();
    process.destroy();
    boolean gracefully = process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    if (!gracefully) {
      kill();
    }
    return new Stopped(Duration.ofNanos(System.nanoTime() - started), gracefully);
  }

  /** Ends it at once with SIGKILL, as a crash would, and waits until it is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop();
    }
  }
}

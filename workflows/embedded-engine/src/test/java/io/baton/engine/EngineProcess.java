package io.baton.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
 * The engine application in a JVM of its own, on the test's class path, free loopback ports and a
 * given data dir, so that a test can kill it as a crash would ({@code SIGKILL}) and start it again.
 * Its output goes to a file, which failures quote.
 */
final class EngineProcess implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(200);

  final int restPort;
  final int grpcPort;
  private final Path output;
  private final Process process;

  private EngineProcess(final Path dataDir, final Path output) {
    restPort = freePort();
    grpcPort = freePort();
    this.output = output;
    final List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedEngineApplication.class.getName(),
                "--server.port=" + restPort,
                "--baton.engine.grpc-port=" + grpcPort,
                "--baton.engine.data-dir=" + dataDir));
    process = run(command, output);
  }

  /** Starts the engine application; see {@link #awaitReady} and {@link #awaitExit}. */
  static EngineProcess start(final Path dataDir, final Path output) {
    return new EngineProcess(dataDir, output);
  }

  /** Runs a Java main class of this module with nothing but the module's own classes. */
  static Finished runWithModuleClassesOnly(
      final Class<?> mainClass, final Path output, final Duration timeout, final String... args)
      throws InterruptedException {
    final List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                moduleClasses().toString(),
                mainClass.getName()));
    command.addAll(List.of(args));
    final Process process = run(command, output);
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError(
            mainClass.getSimpleName() + " did not end within " + timeout + ":\n" + read(output));
      }
      return new Finished(process.exitValue(), read(output));
    } finally {
      process.destroyForcibly();
    }
  }

  /** Waits until the engine serves (its readiness probe answers 200); fails if it exits first. */
  void awaitReady(final Duration timeout) throws InterruptedException {
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    final HttpRequest readiness =
        HttpRequest.newBuilder(rest("/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(2))
            .build();
    final long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "The engine exited with " + process.exitValue() + " before it served:\n" + output());
      }
      try {
        if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (final IOException notYetListening) {
        // the REST port opens only once the engine has replayed its log
      }
      Thread.sleep(POLL);
    }
    throw new AssertionError("The engine did not serve within " + timeout + ":\n" + output());
  }

  /** Waits for the engine to end on its own and returns its exit code and output. */
  Finished awaitExit(final Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("The engine did not exit within " + timeout + ":\n" + output());
    }
    return new Finished(process.exitValue(), output());
  }

  /** Kills the engine as a crash would: SIGKILL, no shutdown hook, nothing flushed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("The killed engine is still there");
    }
  }

  /** Stops the engine as Ctrl-C would (SIGTERM), so that it closes its log. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("The engine did not stop within 60 s:\n" + output());
    }
  }

  CamundaClient newClient() {
    return CamundaClient.newClientBuilder()
        .applyEnvironmentVariableOverrides(false)
        .grpcAddress(URI.create("http://localhost:" + grpcPort))
        .restAddress(URI.create("http://localhost:" + restPort))
        .preferRestOverGrpc(false)
        .credentialsProvider(new NoCredentials())
        .defaultRequestTimeout(Duration.ofSeconds(15))
        .build();
  }

  URI rest(final String path) {
    return URI.create("http://localhost:" + restPort + path);
  }

  String output() {
    return read(output);
  }

  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Process run(final List<String> command, final Path output) {
    try {
      return new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .start();
    } catch (final IOException e) {
      throw new UncheckedIOException("Cannot start " + command, e);
    }
  }

  private static Path moduleClasses() {
    try {
      return Path.of(
          EmbeddedEngineApplication.class
              .getProtectionDomain()
              .getCodeSource()
              .getLocation()
              .toURI());
    } catch (final Exception e) {
      throw new IllegalStateException("Cannot find this module's classes", e);
    }
  }

  private static String read(final Path output) {
    try {
      return Files.readString(output);
    } catch (final IOException e) {
      return "(no output: " + e + ")";
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How a process ended. */
  record Finished(int exitCode, String output) {}

  /** The engine's APIs are open in these tests. */
  private static final class NoCredentials implements CredentialsProvider {

    @Override
    public void applyCredentials(final CredentialsApplier applier) {}

    @Override
    public boolean shouldRetryRequest(final StatusCode statusCode) {
      return false;
    }
  }
}

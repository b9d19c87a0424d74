package io.baton.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One component of the suite running as its own JVM, its output in a log file. */
final class ChildProcess {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static final int LOG_TAIL_LINES = 400;

  private final String name;
  private final URI healthUri;
  private final Path logFile;
  private final Process process;

  private ChildProcess(String name, URI healthUri, Path logFile, Process process) {
    this.name = name;
    this.healthUri = healthUri;
    this.logFile = logFile;
    this.process = process;
  }

  static ChildProcess start(
      String name,
      AppImage image,
      List<String> jvmOptions,
      List<String> args,
      URI healthUri,
      Path logFile) {
    return start(name, image, jvmOptions, args, null, healthUri, logFile);
  }

  /**
   * Starts a component with exactly {@code environment} as its environment (a pod's), or with this
   * JVM's environment when it is null.
   */
  static ChildProcess start(
      String name,
      AppImage image,
      List<String> jvmOptions,
      List<String> args,
      Map<String, String> environment,
      URI healthUri,
      Path logFile) {
    List<String> command = new ArrayList<>();
    command.add(AppImage.javaCommand());
    command.addAll(jvmOptions);
    command.addAll(image.launchArguments());
    command.addAll(args);
    try {
      Files.createDirectories(logFile.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
      if (environment != null) {
        builder.environment().clear();
        builder.environment().putAll(environment);
      }
      Process process = builder.start();
      return new ChildProcess(name, healthUri, logFile, process);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + name, e);
    }
  }

  /** Waits until the component answers its readiness check with 200. */
  void awaitReady(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    HttpRequest request = HttpRequest.newBuilder(healthUri).timeout(Duration.ofSeconds(2)).build();
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " stopped with exit code " + process.exitValue() + "; see " + logFile);
      }
      try {
        if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + logFile);
  }

  /** Asks the component to shut down gracefully. */
  void requestStop() {
    process.destroy();
  }

  /**
   * Waits for the component to stop, and kills it if it does not within the grace; true when it
   * stopped by itself.
   */
  boolean awaitStopped(Duration grace) throws InterruptedException {
    if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      return true;
    }
    printThreadDump();
    process.destroyForcibly().waitFor();
    return false;
  }

  /**
   * Asks the JVM for a thread dump (SIGQUIT), which it prints into its log: why it did not stop.
   */
  private void printThreadDump() throws InterruptedException {
    try {
      new ProcessBuilder("kill", "-QUIT", String.valueOf(process.pid()))
          .inheritIO()
          .start()
          .waitFor();
      process.waitFor(1, TimeUnit.SECONDS);
    } catch (IOException noKillCommand) {
      // no thread dump then; the component is killed all the same
    }
  }

  /** Ends the component at once with SIGKILL, as a crash would, and waits until it is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** The last lines of the component's log. */
  String logTail() {
    try (var lines = Files.lines(logFile)) {
      List<String> all = lines.toList();
      return String.join("\n", all.subList(Math.max(0, all.size() - LOG_TAIL_LINES), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(" + logFile + " cannot be read: " + e.getMessage() + ")";
    }
  }

  String name() {
    return name;
  }

  long residentKilobytes() {
    return residentKilobytes(process.pid());
  }

  /** The processor time the process used so far (all its threads); zero where it is not known. */
  Duration cpuTime() {
    return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** A process's resident memory as Linux reports it; 0 where it cannot be read. */
  static long residentKilobytes(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
          .filter(line -> line.startsWith("VmRSS:"))
          .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
          .findFirst()
          .orElse(0L);
    } catch (IOException | RuntimeException e) {
      return 0L;
    }
  }
}

package io.baton.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the local suite finds its jars, keeps its data, and which loopback ports it uses. The
 * defaults are the ports the README lists; tests pick free ones. The apps directory holds the
 * extracted jars and their class-data-sharing archives, which outlive the data.
 */
public record SuiteLayout(
    Path projectRoot,
    Path dataDir,
    Path appsDir,
    int gatewayPort,
    int leadPort,
    int handoffPort,
    int onboardingPort,
    int retentionPort,
    int engineRestPort,
    int engineGrpcPort,
    int engineControlPort,
    int mongoPort,
    List<String> jvmOptions) {

  public static final List<String> DEFAULT_JVM_OPTIONS =
      List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-Xmx384m");

  public static SuiteLayout defaults(Path projectRoot) {
    return new SuiteLayout(
        projectRoot,
        projectRoot.resolve(".baton"),
        projectRoot.resolve(".baton/apps"),
        8080,
        8081,
        8082,
        8083,
        8084,
        8088,
        26500,
        26501,
        27017,
        DEFAULT_JVM_OPTIONS);
  }

  /** A layout on free loopback ports, for tests and benchmarks that start their own suite. */
  public static SuiteLayout onFreePorts(Path projectRoot, Path dataDir, Path appsDir) {
    return new SuiteLayout(
        projectRoot, dataDir, appsDir, freePort(), freePort(), freePort(), freePort(), freePort(),
        freePort(), freePort(), freePort(), freePort(), DEFAULT_JVM_OPTIONS);
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port", e);
    }
  }

  Path jar(String module) {
    return projectRoot.resolve(module).resolve("target").resolve(module + ".jar");
  }

  Path engineJar() {
    return projectRoot.resolve("workflows/embedded-engine/target/embedded-engine-exec.jar");
  }

  Path logFile(String component) {
    return dataDir.resolve("logs").resolve(component + ".log");
  }

  String mongoUri(String database) {
    return "mongodb://localhost:" + mongoPort + "/" + database;
  }

  String engineGrpcAddress() {
    return "http://localhost:" + engineGrpcPort;
  }

  String engineRestAddress() {
    return "http://localhost:" + engineRestPort;
  }
}

package io.baton.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A component's Spring Boot jar extracted next to a class-data-sharing archive of its own: the
 * first start records which classes it loads, later starts map them instead of loading them, which
 * is what keeps six JVMs starting on two cores within the start-up budget. Re-extracted when the
 * jar changes.
 */
final class AppImage {

  private final Path directory;
  private final Path jar;
  private final Path sharedArchive;

  private AppImage(Path directory, Path jar, Path sharedArchive) {
    this.directory = directory;
    this.jar = jar;
    this.sharedArchive = sharedArchive;
  }

  static AppImage prepare(String name, Path bootJar, Path appsDir) {
    if (!Files.isRegularFile(bootJar)) {
      throw new IllegalStateException(
          bootJar + " is missing: build first (./baton run builds, or ./mvnw -DskipTests package)");
    }
    Path directory = appsDir.resolve(name);
    AppImage image =
        new AppImage(
            directory, directory.resolve(bootJar.getFileName()), appsDir.resolve(name + ".jsa"));
    try {
      String source =
          bootJar.toAbsolutePath()
              + " "
              + Files.size(bootJar)
              + " "
              + Files.getLastModifiedTime(bootJar);
      Path marker = directory.resolve(".source");
      if (!Files.exists(marker) || !Files.readString(marker).equals(source)) {
        image.extract(bootJar);
        Files.writeString(marker, source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare " + name, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while preparing " + name, e);
    }
    return image;
  }

  private void extract(Path bootJar) throws IOException, InterruptedException {
    deleteRecursively(directory);
    Files.deleteIfExists(sharedArchive);
    Files.createDirectories(directory.getParent());
    Process extraction =
        new ProcessBuilder(
                javaCommand(),
                "-Djarmode=tools",
                "-jar",
                bootJar.toString(),
                "extract",
                "--destination",
                directory.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (extraction.waitFor() != 0) {
      throw new IllegalStateException("Cannot extract " + bootJar);
    }
  }

  /** The JVM arguments that run this image. */
  List<String> launchArguments() {
    return List.of(
        "-XX:SharedArchiveFile=" + sharedArchive,
        "-XX:+AutoCreateSharedArchive",
        "-Xlog:cds=off",
        "-Xlog:cds+dynamic=off",
        "-jar",
        jar.toString());
  }

  static String javaCommand() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    }
  }
}

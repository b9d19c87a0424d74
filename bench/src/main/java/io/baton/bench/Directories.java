package io.baton.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/** Empty working directories, so every run starts from no data, and what a directory holds. */
final class Directories {

  private Directories() {}

  /** Deletes the directory with everything in it, then creates it empty. */
  static Path fresh(Path directory) {
    try {
      if (Files.exists(directory)) {
        try (Stream<Path> paths = Files.walk(directory)) {
          for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
      return Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot empty " + directory, e);
    }
  }

  /**
   * Bytes of every file in the directory and below; 0 when it does not exist. Files that vanish
   * meanwhile (a running engine may compact its data) count as empty.
   */
  static long treeSize(Path directory) {
    if (!Files.exists(directory)) {
      return 0;
    }
    long[] bytes = {0};
    try {
      Files.walkFileTree(
          directory,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              bytes[0] += attributes.isRegularFile() ? attributes.size() : 0;
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException vanished) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot measure " + directory, e);
    }
    return bytes[0];
  }
}

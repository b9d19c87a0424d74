package io.baton.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The commit the work tree is on, read from {@code .git} (HEAD, then the ref it names). */
final class GitRevision {

  private GitRevision() {}

  static String of(Path projectRoot) {
    Path git = projectRoot.resolve(".git");
    try {
      String head = Files.readString(git.resolve("HEAD")).trim();
      if (!head.startsWith("ref: ")) {
        return head;
      }
      String ref = head.substring("ref: ".length());
      Path loose = git.resolve(ref);
      if (Files.isRegularFile(loose)) {
        return Files.readString(loose).trim() + " (" + ref + ")";
      }
      return packed(git, ref).map(commit -> commit + " (" + ref + ")").orElse(ref + " (no commit yet)");
    } catch (IOException e) {
      return "unknown (no .git)";
    }
  }

  private static Optional<String> packed(Path git, String ref) throws IOException {
    Path packedRefs = git.resolve("packed-refs");
    if (!Files.isRegularFile(packedRefs)) {
      return Optional.empty();
    }
    return Files.readAllLines(packedRefs).stream()
        .filter(line -> line.endsWith(" " + ref))
        .map(line -> line.substring(0, line.indexOf(' ')))
        .findFirst();
  }
}

package io.baton.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The commit the work tree is on, read from {@code .git} (HEAD, then the ref it names). In a linked
 * work tree ({@code git worktree}) {@code .git} is a file naming the tree's own git directory,
 * which holds HEAD, while the refs are in the repository's common directory.
 */
final class GitRevision {

  private GitRevision() {}

  static String of(Path projectRoot) {
    try {
      Path git = gitDir(projectRoot.resolve(".git"));
      String head = Files.readString(git.resolve("HEAD")).trim();
      if (!head.startsWith("ref: ")) {
        return head;
      }
      String ref = head.substring("ref: ".length());
      Path common = commonDir(git);
      Path loose = common.resolve(ref);
      if (Files.isRegularFile(loose)) {
        return Files.readString(loose).trim() + " (" + ref + ")";
      }
      return packed(common, ref)
          .map(commit -> commit + " (" + ref + ")")
          .orElse(ref + " (no commit yet)");
    } catch (IOException e) {
      return "unknown (no .git)";
    }
  }

  /** {@code .git} itself, or the directory a {@code gitdir: <path>} file in its place names. */
  private static Path gitDir(Path dotGit) throws IOException {
    if (!Files.isRegularFile(dotGit)) {
      return dotGit;
    }
    String pointer = Files.readString(dotGit).trim();
    if (!pointer.startsWith("gitdir: ")) {
      throw new IOException(dotGit + " names no git directory");
    }
    return dotGit.getParent().resolve(pointer.substring("gitdir: ".length()));
  }

  /** Where the refs are: the directory {@code commondir} names, or the git directory itself. */
  private static Path commonDir(Path git) throws IOException {
    Path commondir = git.resolve("commondir");
    return Files.isRegularFile(commondir)
        ? git.resolve(Files.readString(commondir).trim()).normalize()
        : git;
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

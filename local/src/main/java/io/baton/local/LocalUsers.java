package io.baton.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The local identity provider's users file and password, kept with the suite's data: the file
 * starts as a copy of {@code local-users.yml}; the password is made at the first start, readable by
 * its owner only, and shown by {@code ./baton run}. Neither is ever committed.
 */
public final class LocalUsers {

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
  private static final Pattern ROLE = Pattern.compile("[a-z-]{1,40}");

  private final Path file;
  private final String password;

  private LocalUsers(Path file, String password) {
    this.file = file;
    this.password = password;
  }

  static LocalUsers prepare(Path usersFile, Path passwordFile) {
    try {
      Files.createDirectories(usersFile.getParent());
      if (!Files.exists(usersFile)) {
        try (InputStream seed = LocalUsers.class.getResourceAsStream("/local-users.yml")) {
          Files.copy(seed, usersFile);
        }
      }
      Files.createDirectories(passwordFile.getParent());
      if (!Files.exists(passwordFile)) {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        Files.createFile(
            passwordFile,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(
            passwordFile, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
      }
      return new LocalUsers(usersFile, Files.readString(passwordFile).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot prepare the local users in " + usersFile.getParent(), e);
    }
  }

  /** Every local user's password. */
  public String password() {
    return password;
  }

  /**
   * Adds a user with these roles (and no groups) to the file, unless the file names them already.
   */
  public synchronized void addIfMissing(String username, List<String> roles) {
    if (!USERNAME.matcher(username).matches()
        || !roles.stream().allMatch(role -> ROLE.matcher(role).matches())) {
      throw new IllegalArgumentException("Not a local user: " + username + " " + roles);
    }
    try {
      boolean listed =
          Files.readAllLines(file).stream()
              .anyMatch(line -> line.strip().equals("- username: " + username));
      if (!listed) {
        Files.writeString(
            file,
            "  - username: "
                + username
                + "\n    roles: ["
                + String.join(", ", roles)
                + "]\n    groups: []\n",
            StandardOpenOption.APPEND);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot add " + username + " to " + file, e);
    }
  }
}

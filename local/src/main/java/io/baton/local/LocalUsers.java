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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

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
    if (!listed(username)) {
      append(
          "  - username: "
              + username
              + "\n    roles: ["
              + String.join(", ", roles)
              + "]\n    groups: []\n");
    }
  }

  /**
   * Adds these people of {@code local-users.yml} to the file, with their names, roles and groups,
   * unless the file names them already: a suite whose users file was copied before they were added
   * to {@code local-users.yml} gets them too.
   */
  public synchronized void addFromDefaults(Collection<String> usernames) {
    Map<String, Map<String, Object>> defaults = defaults();
    for (String username : usernames) {
      Map<String, Object> user = defaults.get(username);
      if (user == null) {
        throw new IllegalArgumentException(username + " is not in local-users.yml");
      }
      if (!listed(username)) {
        append(
            "  - username: "
                + username
                + "\n    name: "
                + user.get("name")
                + "\n    email: "
                + user.get("email")
                + "\n    roles: "
                + user.get("roles")
                + "\n    groups: "
                + user.get("groups")
                + "\n");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> defaults() {
    try (InputStream seed = LocalUsers.class.getResourceAsStream("/local-users.yml")) {
      Map<String, Object> document = new Yaml().load(seed);
      Map<String, Map<String, Object>> users = new LinkedHashMap<>();
      for (Object entry : (List<Object>) document.get("users")) {
        Map<String, Object> user = (Map<String, Object>) entry;
        users.put(String.valueOf(user.get("username")), user);
      }
      return users;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read local-users.yml", e);
    }
  }

  private boolean listed(String username) {
    try {
      return Files.readAllLines(file).stream()
          .anyMatch(line -> line.strip().equals("- username: " + username));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private void append(String entry) {
    try {
      Files.writeString(file, entry, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot add to " + file, e);
    }
  }
}

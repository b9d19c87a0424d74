package io.baton.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.YamlMapFactoryBean;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users of the local suite, from a YAML file that is read again whenever it changes, so a
 * developer (or a test) adds a user without a restart:
 *
 * <pre>
 * users:
 *   - username: sam
 *     name: Sam Seller
 *     email: sam@baton.local
 *     roles: [sales]
 *     groups: [sales]
 * </pre>
 *
 * Every user signs in with the suite's one password ({@code baton.identity.password-file}).
 */
final class LocalUsers implements UserDetailsService {

  /** A user as the file lists them. */
  record LocalUser(
      String username, String name, String email, List<String> roles, List<String> groups) {}

  private final Path file;
  private final Path passwordFile;
  private final PasswordEncoder encoder;
  private String readAt;
  private Map<String, LocalUser> users = Map.of();
  private String encodedPassword;

  LocalUsers(Path file, Path passwordFile, PasswordEncoder encoder) {
    if (file == null || passwordFile == null) {
      throw new IllegalStateException(
          "Set baton.identity.users-file and baton.identity.password-file (the local suite does)");
    }
    this.file = file;
    this.passwordFile = passwordFile;
    this.encoder = encoder;
    current();
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    LocalUser user =
        find(username)
            .orElseThrow(() -> new UsernameNotFoundException(username + " is not in " + file));
    return User.withUsername(user.username())
        .password(password())
        .authorities(
            user.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList())
        .build();
  }

  Optional<LocalUser> find(String username) {
    return Optional.ofNullable(current().get(username));
  }

  private synchronized String password() {
    if (encodedPassword == null) {
      try {
        encodedPassword = encoder.encode(Files.readString(passwordFile).strip());
      } catch (IOException e) {
        throw new UncheckedIOException(
            "Cannot read the local users' password from " + passwordFile, e);
      }
    }
    return encodedPassword;
  }

  private synchronized Map<String, LocalUser> current() {
    try {
      String modified = Files.getLastModifiedTime(file) + " " + Files.size(file);
      if (!modified.equals(readAt)) {
        users = read(file);
        readAt = modified;
      }
      return users;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the local users from " + file, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, LocalUser> read(Path file) {
    YamlMapFactoryBean yaml = new YamlMapFactoryBean();
    yaml.setResources(new FileSystemResource(file));
    Object listed = yaml.getObject().get("users");
    if (!(listed instanceof List<?> entries)) {
      return Map.of();
    }
    return entries.stream()
        .map(entry -> (Map<String, Object>) entry)
        .map(
            entry ->
                new LocalUser(
                    String.valueOf(entry.get("username")),
                    (String) entry.getOrDefault("name", entry.get("username")),
                    (String) entry.get("email"),
                    names(entry.get("roles")),
                    names(entry.get("groups"))))
        .collect(
            Collectors.toUnmodifiableMap(
                LocalUser::username, Function.identity(), (first, second) -> second));
  }

  private static List<String> names(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(String.valueOf(value));
  }
}

package io.baton.support.notification;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The directory of the local suite: its users file ({@code users:} with {@code username}, {@code
 * email}, {@code roles} and {@code groups}, the groups being the teams). The file is read again
 * whenever it changed, so a person added there is reached without a restart; people without an
 * e-mail address are not found, nor is anyone while there is no file.
 */
public class FileNotificationDirectory implements NotificationDirectory {

  private final Path file;
  private FileTime readAt;
  private List<Map<String, Object>> users = List.of();

  public FileNotificationDirectory(Path file) {
    this.file = file;
  }

  @Override
  public List<Person> peopleOf(Recipient recipient) {
    return users().stream()
        .filter(user -> matches(user, recipient))
        .filter(user -> user.get("email") instanceof String email && !email.isBlank())
        .map(user -> new Person((String) user.get("username"), (String) user.get("email")))
        .toList();
  }

  private static boolean matches(Map<String, Object> user, Recipient recipient) {
    return switch (recipient.kind()) {
      case USER -> recipient.name().equals(user.get("username"));
      case ROLE -> listed(user.get("roles"), recipient.name());
      case TEAM -> listed(user.get("groups"), recipient.name());
    };
  }

  private static boolean listed(Object names, String name) {
    return names instanceof List<?> list && list.contains(name);
  }

  @SuppressWarnings("unchecked")
  private synchronized List<Map<String, Object>> users() {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      FileTime modified = Files.getLastModifiedTime(file);
      if (!modified.equals(readAt)) {
        try (Reader reader = Files.newBufferedReader(file)) {
          Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
          Object listed = root instanceof Map<?, ?> map ? map.get("users") : null;
          users = listed instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
        }
        readAt = modified;
      }
      return users;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the users file " + file, e);
    }
  }
}

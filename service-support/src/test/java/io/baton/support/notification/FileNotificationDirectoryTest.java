package io.baton.support.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNotificationDirectoryTest {

  private static final String USERS =
      """
      users:
        - username: sam
          email: sam@baton.local
          roles: [sales]
          groups: [sales, sales-inbound]
        - username: max
          email: max@baton.local
          roles: [sales]
          groups: [sales, sales-managers]
        - username: nomail
          roles: [sales]
          groups: [sales-managers]
      """;

  @TempDir Path dir;

  @Test
  void findsPeopleByUserNameRoleAndTeamWithTheirAddresses() throws Exception {
    FileNotificationDirectory directory = new FileNotificationDirectory(usersFile(USERS));

    assertThat(directory.peopleOf(Recipient.parse("user:sam")))
        .containsExactly(new Person("sam", "sam@baton.local"));
    assertThat(directory.peopleOf(Recipient.parse("role:sales")))
        .extracting(Person::username)
        .containsExactly("sam", "max");
    assertThat(directory.peopleOf(Recipient.parse("team:sales-managers")))
        .as("someone without an address is not found")
        .containsExactly(new Person("max", "max@baton.local"));
    assertThat(directory.peopleOf(Recipient.parse("user:nobody"))).isEmpty();
  }

  @Test
  void readsTheFileAgainWhenItChanged() throws Exception {
    Path file = usersFile(USERS);
    FileNotificationDirectory directory = new FileNotificationDirectory(file);
    assertThat(directory.peopleOf(Recipient.parse("user:amy"))).isEmpty();

    Files.writeString(
        file, USERS + "  - username: amy\n    email: amy@baton.local\n    roles: [admin]\n");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

    assertThat(directory.peopleOf(Recipient.parse("user:amy")))
        .containsExactly(new Person("amy", "amy@baton.local"));
  }

  @Test
  void knowsNobodyWithoutAFile() {
    assertThat(
            new FileNotificationDirectory(dir.resolve("missing.yml"))
                .peopleOf(Recipient.parse("role:sales")))
        .isEmpty();
  }

  private Path usersFile(String content) throws Exception {
    Path file = dir.resolve("users.yml");
    Files.writeString(file, content);
    return file;
  }
}

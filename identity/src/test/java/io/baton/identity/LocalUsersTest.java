package io.baton.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class LocalUsersTest {

  private static final PasswordEncoder ENCODER =
      PasswordEncoderFactories.createDelegatingPasswordEncoder();

  @TempDir Path directory;

  @Test
  void readsUsersWithTheirRolesAndGroupsAndTheSharedPassword() throws Exception {
    LocalUsers users =
        users(
            """
        users:
          - username: sam
            name: Sam Seller
            email: sam@baton.local
            roles: [sales]
            groups: [sales, sales-inbound]
        """);

    assertThat(users.find("sam"))
        .hasValueSatisfying(
            sam -> {
              assertThat(sam.roles()).containsExactly("sales");
              assertThat(sam.groups()).containsExactly("sales", "sales-inbound");
              assertThat(sam.email()).isEqualTo("sam@baton.local");
            });
    var details = users.loadUserByUsername("sam");
    assertThat(ENCODER.matches("local-password", details.getPassword())).isTrue();
    assertThat(ENCODER.matches("guess", details.getPassword())).isFalse();
    assertThat(details.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_sales");
  }

  @Test
  void knowsAUserAddedToTheFileWithoutARestartAndNoOneElse() throws Exception {
    LocalUsers users = users("users:\n  - username: sam\n    roles: [sales]\n");
    assertThatThrownBy(() -> users.loadUserByUsername("alex"))
        .isInstanceOf(UsernameNotFoundException.class);

    Files.writeString(
        directory.resolve("users.yml"),
        "  - username: alex\n    roles: [account-manager]\n",
        StandardOpenOption.APPEND);

    assertThat(users.find("alex"))
        .hasValueSatisfying(alex -> assertThat(alex.roles()).isEqualTo(List.of("account-manager")));
    assertThat(users.find("sam")).isPresent();
  }

  private LocalUsers users(String yaml) throws Exception {
    Path file = Files.writeString(directory.resolve("users.yml"), yaml);
    Path password = Files.writeString(directory.resolve("password"), "local-password\n");
    return new LocalUsers(file, password, ENCODER);
  }
}

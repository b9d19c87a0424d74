package io.baton.support.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.baton.support.config.NotificationAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The token directory against the MongoDB wire server: people recorded from their tokens are found
 * by name, role and team, and the auto-configuration picks the directory {@code
 * baton.notifications.directory} names.
 */
class TokenNotificationDirectoryIT {

  @TempDir Path dir;

  private MongoServer mongoServer;
  private MongoClient client;
  private MongoTemplate mongo;
  private TokenNotificationDirectory directory;

  @BeforeEach
  void start() {
    mongoServer = new MongoServer(new MemoryBackend());
    mongoServer.bind("127.0.0.1", 0);
    client = MongoClients.create("mongodb://localhost:" + mongoServer.getLocalAddress().getPort());
    mongo = new MongoTemplate(client, "people-test");
    directory =
        new TokenNotificationDirectory(
            mongo, "preferred_username", "roles", "groups", Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    client.close();
    mongoServer.shutdownNow();
  }

  @Test
  void findsTheRecordedPeopleByNameRoleAndTeamAsTheirLastTokenSaid() {
    directory.record(token("sam", "sam@example.com", List.of("sales"), List.of("sales-inbound")));
    directory.record(
        token("max", "max@example.com", List.of("sales"), List.of("/baton/sales-managers")));
    directory.record(token("max", "max@new.example.com", "sales admin", List.of("sales-managers")));
    directory.record(token("baton-services", null, List.of("system"), List.of()));

    assertThat(directory.peopleOf(Recipient.parse("user:sam")))
        .containsExactly(new Person("sam", "sam@example.com"));
    assertThat(directory.peopleOf(Recipient.parse("role:sales")))
        .containsExactly(
            new Person("max", "max@new.example.com"), new Person("sam", "sam@example.com"));
    assertThat(directory.peopleOf(Recipient.parse("role:admin")))
        .containsExactly(new Person("max", "max@new.example.com"));
    assertThat(directory.peopleOf(Recipient.parse("team:sales-managers")))
        .containsExactly(new Person("max", "max@new.example.com"));
    assertThat(directory.peopleOf(Recipient.parse("user:baton-services"))).isEmpty();
    assertThat(directory.peopleOf(Recipient.parse("team:nobody"))).isEmpty();
    Document max = mongo.findById("max", Document.class, TokenNotificationDirectory.COLLECTION);
    assertThat(max).containsEntry("email", "max@new.example.com").containsKey("recordedAt");
  }

  @Test
  void theDirectorySettingChoosesTheFileTheTokensOrBoth() throws Exception {
    Path users =
        Files.writeString(
            dir.resolve("users.yml"),
            """
            users:
              - username: rita
                email: rita@file.example
                groups: [sales-managers]
            """);
    new TokenNotificationDirectory(
            mongo, "preferred_username", "roles", "groups", Clock.systemUTC())
        .record(token("max", "max@example.com", List.of("sales"), List.of("sales-managers")));
    ApplicationContextRunner runner =
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(NotificationAutoConfiguration.class))
            .withBean(MongoTemplate.class, () -> mongo)
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues("baton.notifications.collections=things");
    Recipient managers = Recipient.parse("team:sales-managers");

    runner
        .withPropertyValues("baton.notifications.directory-file=" + users)
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(TokenNotificationDirectory.Recorder.class);
              assertThat(context.getBean(NotificationDirectory.class).peopleOf(managers))
                  .extracting(Person::username)
                  .containsExactly("rita");
            });
    runner
        .withPropertyValues(
            "baton.notifications.directory=token", "baton.notifications.directory-file=" + users)
        .run(
            context -> {
              assertThat(context).hasSingleBean(TokenNotificationDirectory.Recorder.class);
              assertThat(context.getBean(NotificationDirectory.class).peopleOf(managers))
                  .extracting(Person::username)
                  .containsExactly("max");
            });
    runner
        .withPropertyValues(
            "baton.notifications.directory=both", "baton.notifications.directory-file=" + users)
        .run(
            context ->
                assertThat(context.getBean(NotificationDirectory.class).peopleOf(managers))
                    .extracting(Person::username)
                    .containsExactly("rita", "max"));
  }

  private static Jwt token(String username, String email, Object roles, List<String> groups) {
    Jwt.Builder token =
        Jwt.withTokenValue("token")
            .header("alg", "RS256")
            .subject("id-" + username)
            .claim("preferred_username", username)
            .claim("roles", roles)
            .claim("groups", groups);
    if (email != null) {
      token.claim("email", email);
    }
    return token.build();
  }
}

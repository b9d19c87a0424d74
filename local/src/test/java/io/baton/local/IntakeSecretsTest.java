package io.baton.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeSecretsTest {

  @TempDir Path data;

  @Test
  void makesNewSecretsEveryRunReadableByTheirOwnerOnly() throws Exception {
    Path directory = data.resolve("intake");

    IntakeSecrets first = IntakeSecrets.make(directory);
    IntakeSecrets second = IntakeSecrets.make(directory);

    assertThat(second.hubSpotClientSecret()).isNotEqualTo(first.hubSpotClientSecret());
    assertThat(second.webhookSecret()).isNotEqualTo(first.webhookSecret()).hasSizeGreaterThan(32);
    Path hubSpot = directory.resolve(IntakeSecrets.HUBSPOT_CLIENT_SECRET_FILE);
    Path webhook = directory.resolve(IntakeSecrets.WEBHOOK_SECRET_FILE);
    assertThat(Files.readString(hubSpot)).isEqualTo(second.hubSpotClientSecret());
    assertThat(Files.readString(webhook)).isEqualTo(second.webhookSecret());
    for (Path file : new Path[] {hubSpot, webhook}) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .as(file.toString())
          .isEqualTo("rw-------");
    }
  }
}

package io.baton.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * The CRM intake's secrets of one run of the local suite, made at each start as the services'
 * client secret is, and never stored in the repository: written to {@code .baton/intake/} readable
 * by their owner only, so the user can sign webhooks with them ({@code $(cat
 * .baton/intake/webhook-secret)}). A new run replaces them.
 */
final class IntakeSecrets {

  static final String HUBSPOT_CLIENT_SECRET_FILE = "hubspot-client-secret";
  static final String WEBHOOK_SECRET_FILE = "webhook-secret";

  private final Path directory;
  private final String hubSpotClientSecret;
  private final String webhookSecret;

  private IntakeSecrets(Path directory, String hubSpotClientSecret, String webhookSecret) {
    this.directory = directory;
    this.hubSpotClientSecret = hubSpotClientSecret;
    this.webhookSecret = webhookSecret;
  }

  /** New secrets for this run, written to {@code directory}. */
  static IntakeSecrets make(Path directory) {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    IntakeSecrets secrets =
        new IntakeSecrets(
            directory,
            UUID.randomUUID().toString(),
            Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    try {
      Files.createDirectories(directory);
      write(directory.resolve(HUBSPOT_CLIENT_SECRET_FILE), secrets.hubSpotClientSecret);
      write(directory.resolve(WEBHOOK_SECRET_FILE), secrets.webhookSecret);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the intake secrets to " + directory, e);
    }
    return secrets;
  }

  /** Replaces the file with one only its owner may read and write, holding {@code secret}. */
  private static void write(Path file, String secret) throws IOException {
    Files.deleteIfExists(file);
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, secret);
  }

  /** Where the secrets are written. */
  Path directory() {
    return directory;
  }

  /** The HubSpot app's client secret HubSpot-signed requests are signed with. */
  String hubSpotClientSecret() {
    return hubSpotClientSecret;
  }

  /** The secret of Baton's webhook signature. */
  String webhookSecret() {
    return webhookSecret;
  }
}

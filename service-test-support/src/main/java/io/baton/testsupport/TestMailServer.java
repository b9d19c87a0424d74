package io.baton.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a free loopback port for a service's notification tests, which
 * can be stopped and started again on the same port (an SMTP server that is down), and what the
 * tests read from the e-mails it received.
 */
public final class TestMailServer {

  private final int port;
  private GreenMail server;

  private TestMailServer(int port) {
    this.port = port;
    this.server = startedOn(port);
  }

  public static TestMailServer start() {
    return new TestMailServer(freePort());
  }

  /** The port for {@code spring.mail.port}. */
  public int port() {
    return port;
  }

  public boolean isRunning() {
    return server.isRunning();
  }

  public void stop() {
    server.stop();
  }

  /** Starts it again on the same port after {@link #stop()}, with no e-mails. */
  public void restart() {
    if (!server.isRunning()) {
      server = startedOn(port);
    }
  }

  /**
   * The settings of a service under test that tells people through this server: its SMTP server,
   * the users file as its directory, a console URL for the links, and a sweep every 100 ms.
   */
  public void configure(DynamicPropertyRegistry registry, Path usersFile) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", this::port);
    registry.add("baton.notifications.directory-file", usersFile::toString);
    registry.add("baton.notifications.console-url", () -> "https://console.baton.test");
    registry.add("baton.notifications.sweep-interval", () -> "PT0.1S");
  }

  /**
   * Waits up to 20 s for an e-mail whose subject contains {@code text}, then expects it to be the
   * only one.
   *
   * @throws AssertionError when none came, or more than one
   */
  public MimeMessage theOnlyMailAbout(String text) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (withSubjectContaining(text).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    List<MimeMessage> mails = withSubjectContaining(text);
    if (mails.size() != 1) {
      throw new AssertionError(
          "Expected one e-mail about " + text + " within 20 s, received " + mails.size());
    }
    return mails.getFirst();
  }

  /** Every e-mail received since the last start, in the order received. */
  public List<MimeMessage> received() {
    return Arrays.asList(server.getReceivedMessages());
  }

  /** The e-mails whose subject contains {@code text}, e.g. a lead id. */
  public List<MimeMessage> withSubjectContaining(String text) {
    return received().stream().filter(mail -> subjectOf(mail).contains(text)).toList();
  }

  public static String subjectOf(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The decoded text of every text part of the e-mail, plain and HTML. */
  public static String textOf(Part part) throws MessagingException, IOException {
    if (part.getContent() instanceof Multipart multipart) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        text.append(textOf(multipart.getBodyPart(i)));
      }
      return text.toString();
    }
    return part.getContent() instanceof String text ? text : "";
  }

  /** The first To address. */
  public static String recipientOf(MimeMessage mail) throws MessagingException {
    return mail.getRecipients(Message.RecipientType.TO)[0].toString();
  }

  /**
   * A users file for the notification directory ({@code baton.notifications.directory-file}) with
   * the given YAML, deleted when the JVM exits.
   */
  public static Path usersFile(String yaml) {
    try {
      Path file = Files.createTempFile("users", ".yml");
      Files.writeString(file, yaml);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static GreenMail startedOn(int port) {
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
    server.start();
    return server;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

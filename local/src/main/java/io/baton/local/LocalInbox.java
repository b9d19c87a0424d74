package io.baton.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.baton.support.signature.BatonSignature;
import io.baton.support.signature.SignatureVerdict;
import io.baton.support.signature.SignedRequest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the suite's services send people, where a newcomer sees it: an SMTP server (GreenMail) that
 * keeps every e-mail, and a webhook receiver that checks each webhook's Baton signature with this
 * run's secret and keeps it, verified or not. Its web page lists both, newest first; {@code /mails}
 * and {@code /webhooks} answer them as JSON, {@code /mails/<id>.html} shows an e-mail's HTML part.
 * The services post their webhooks to {@code /webhooks}. Everything is kept in memory, for this run
 * only.
 */
final class LocalInbox implements AutoCloseable {

  static final String SECRET_FILE = "webhook-secret";

  /** A webhook bigger than this is refused (413), as the services' own intake refuses one. */
  private static final int MAX_WEBHOOK_BYTES = 1024 * 1024;

  private static final Pattern MAIL_HTML = Pattern.compile("/mails/(\\d+)\\.html");
  private static final List<String> EVENT_TYPE_FIELDS = List.of("eventType", "type", "event");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final GreenMail smtp;
  private final HttpServer http;
  private final ExecutorService httpThreads = Executors.newFixedThreadPool(2);
  private final String webhookSecret;
  private final BatonSignature signature;
  private final Clock clock;
  private final List<Webhook> webhooks = new CopyOnWriteArrayList<>();

  /** The mails' ids in the order they were first listed: an id stays the same e-mail. */
  private final Map<String, Integer> mailIds = new HashMap<>();

  private LocalInbox(GreenMail smtp, HttpServer http, String webhookSecret, Clock clock) {
    this.smtp = smtp;
    this.http = http;
    this.webhookSecret = webhookSecret;
    this.signature = new BatonSignature(webhookSecret);
    this.clock = clock;
  }

  /**
   * Starts the SMTP server on loopback {@code smtpPort} and the inbox view on loopback {@code
   * inboxPort}, with a new webhook secret written, readable by its owner only, to {@code
   * secretDirectory}.
   */
  static LocalInbox start(int smtpPort, int inboxPort, Path secretDirectory) {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    try {
      Files.createDirectories(secretDirectory);
      Path file = secretDirectory.resolve(SECRET_FILE);
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, secret);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the webhook secret to " + secretDirectory, e);
    }
    GreenMail smtp =
        new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    HttpServer http;
    try {
      http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), inboxPort), 0);
    } catch (IOException e) {
      smtp.stop();
      throw new UncheckedIOException("Cannot serve the inbox view on port " + inboxPort, e);
    }
    LocalInbox inbox = new LocalInbox(smtp, http, secret, Clock.systemUTC());
    http.createContext("/", inbox::handle);
    http.setExecutor(inbox.httpThreads);
    http.start();
    return inbox;
  }

  /** The secret the webhooks must be signed with, this run's. */
  String webhookSecret() {
    return webhookSecret;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      Matcher html = MAIL_HTML.matcher(path);
      if (method.equals("POST") && path.equals("/webhooks")) {
        receiveWebhook(exchange);
      } else if (!method.equals("GET")) {
        send(exchange, 405, "text/plain", "Method not allowed");
      } else if (path.equals("/")) {
        send(exchange, 200, "text/html", page());
      } else if (path.equals("/mails")) {
        send(exchange, 200, "application/json", JSON.writeValueAsString(mailsJson()));
      } else if (path.equals("/webhooks")) {
        send(exchange, 200, "application/json", JSON.writeValueAsString(webhooksJson()));
      } else if (html.matches()) {
        int id = Integer.parseInt(html.group(1));
        String body =
            mails().stream()
                .filter(mail -> mail.id() == id && mail.html() != null)
                .map(Mail::html)
                .findFirst()
                .orElse(null);
        if (body == null) {
          send(exchange, 404, "text/plain", "No such e-mail");
        } else {
          send(exchange, 200, "text/html", body);
        }
      } else {
        send(exchange, 404, "text/plain", "Not found");
      }
    } catch (RuntimeException | MessagingException e) {
      send(exchange, 500, "text/plain", String.valueOf(e));
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  // ---- webhooks

  /** A webhook as received: when, its event type, the signature's verdict and the body. */
  record Webhook(Instant receivedAt, String eventType, SignatureVerdict verdict, String body) {

    boolean verified() {
      return verdict == SignatureVerdict.VALID;
    }
  }

  private void receiveWebhook(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_WEBHOOK_BYTES + 1);
    }
    if (body.length > MAX_WEBHOOK_BYTES) {
      send(exchange, 413, "text/plain", "A webhook may have at most 1 MB");
      return;
    }
    Instant now = clock.instant();
    SignatureVerdict verdict =
        signature.verify(
            new SignedRequest("POST", exchange.getRequestURI().toString(), body),
            exchange.getRequestHeaders()::getFirst,
            now);
    String text = new String(body, StandardCharsets.UTF_8);
    webhooks.add(new Webhook(now, eventType(exchange, text), verdict, text));
    send(exchange, 204, "text/plain", "");
  }

  /** The event type: the {@code Baton-Event} header, else the body's own field for it. */
  private static String eventType(HttpExchange exchange, String body) {
    String header = exchange.getRequestHeaders().getFirst("Baton-Event");
    if (header != null) {
      return header;
    }
    JsonNode json = parse(body);
    for (String field : EVENT_TYPE_FIELDS) {
      if (json != null && json.path(field).isTextual()) {
        return json.path(field).asText();
      }
    }
    return null;
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }

  private List<Webhook> webhooksNewestFirst() {
    List<Webhook> newestFirst = new ArrayList<>(webhooks);
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  private ArrayNode webhooksJson() {
    ArrayNode list = JSON.createArrayNode();
    for (Webhook webhook : webhooksNewestFirst()) {
      ObjectNode entry = list.addObject();
      entry.put("receivedAt", webhook.receivedAt().toString());
      entry.put("eventType", webhook.eventType());
      entry.put("verified", webhook.verified());
      entry.put("signature", webhook.verdict().description());
      JsonNode json = parse(webhook.body());
      if (json == null) {
        entry.put("body", webhook.body());
      } else {
        entry.set("body", json);
      }
    }
    return list;
  }

  // ---- mails

  /** An e-mail as the SMTP server received it. */
  record Mail(
      int id, String from, String to, String subject, Instant sentAt, String text, String html) {}

  private synchronized List<Mail> mails() throws MessagingException, IOException {
    List<Mail> mails = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      String key =
          message.getMessageID() != null
              ? message.getMessageID()
              : message.getSentDate() + " " + message.getSubject();
      Integer known = mailIds.get(key);
      if (known != null && mails.stream().anyMatch(mail -> mail.id() == known)) {
        continue; // the same e-mail in a second recipient's mailbox
      }
      int id = mailIds.computeIfAbsent(key, unused -> mailIds.size() + 1);
      Instant sentAt = message.getSentDate() == null ? null : message.getSentDate().toInstant();
      mails.add(
          new Mail(
              id,
              addresses(message.getFrom()),
              addresses(message.getRecipients(Message.RecipientType.TO)),
              message.getSubject(),
              sentAt,
              part(message, "text/plain"),
              part(message, "text/html")));
    }
    mails.sort(
        Comparator.comparing(Mail::sentAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Mail::id)
            .reversed());
    return mails;
  }

  private static String addresses(Address[] addresses) {
    return addresses == null
        ? ""
        : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
  }

  /** The first part of the given MIME type, anywhere in the message. */
  private static String part(Part part, String type) throws MessagingException, IOException {
    if (part.isMimeType(type)) {
      return String.valueOf(part.getContent());
    }
    if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        String found = part(child, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private ArrayNode mailsJson() throws MessagingException, IOException {
    ArrayNode list = JSON.createArrayNode();
    for (Mail mail : mails()) {
      ObjectNode entry = list.addObject();
      entry.put("id", mail.id());
      entry.put("from", mail.from());
      entry.put("to", mail.to());
      entry.put("subject", mail.subject());
      entry.put("sentAt", mail.sentAt() == null ? null : mail.sentAt().toString());
      entry.put("text", mail.text());
      entry.put("html", mail.html() == null ? null : "/mails/" + mail.id() + ".html");
    }
    return list;
  }

  // ---- the page

  private String page() throws MessagingException, IOException {
    StringBuilder page = new StringBuilder();
    page.append(
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Baton inbox (local)</title>
        <style>
        body{font-family:sans-serif;margin:2em;max-width:70em}
        table{border-collapse:collapse;width:100%}
        td,th{border-bottom:1px solid #ddd;padding:.4em;text-align:left;vertical-align:top}
        pre{white-space:pre-wrap;margin:0}
        .no{color:#b00020}.yes{color:#2e7d32}
        </style></head><body>
        <h1>Baton inbox (local)</h1>
        <p>What the suite's services sent in this run: e-mails to its SMTP server and webhooks to
        its receiver. Reload to see new ones.
        <a href="/mails">/mails</a> and <a href="/webhooks">/webhooks</a> answer as JSON.</p>
        """);
    List<Mail> mails = mails();
    page.append("<h2>E-mails (").append(mails.size()).append(")</h2>\n");
    page.append("<table><tr><th>Sent</th><th>From</th><th>To</th><th>Subject and text</th></tr>\n");
    for (Mail mail : mails) {
      page.append("<tr><td>")
          .append(escape(mail.sentAt()))
          .append("</td><td>")
          .append(escape(mail.from()))
          .append("</td><td>")
          .append(escape(mail.to()))
          .append("</td><td><strong>")
          .append(escape(mail.subject()))
          .append("</strong>");
      if (mail.html() != null) {
        page.append(" (<a href=\"/mails/").append(mail.id()).append(".html\">HTML</a>)");
      }
      page.append("<pre>").append(escape(mail.text())).append("</pre></td></tr>\n");
    }
    page.append("</table>\n");
    List<Webhook> received = webhooksNewestFirst();
    page.append("<h2>Webhooks (").append(received.size()).append(")</h2>\n");
    page.append("<table><tr><th>Received</th><th>Event</th><th>Signature</th><th>Body</th></tr>\n");
    for (Webhook webhook : received) {
      JsonNode json = parse(webhook.body());
      String body = json == null ? webhook.body() : JSON.writeValueAsString(json);
      page.append("<tr><td>")
          .append(escape(webhook.receivedAt()))
          .append("</td><td>")
          .append(escape(webhook.eventType()))
          .append("</td><td class=\"")
          .append(webhook.verified() ? "yes\">verified" : "no\">not verified: ")
          .append(webhook.verified() ? "" : escape(webhook.verdict().description()))
          .append("</td><td><pre>")
          .append(escape(body))
          .append("</pre></td></tr>\n");
    }
    page.append("</table>\n</body></html>\n");
    return page.toString();
  }

  private static String escape(Object value) {
    if (value == null) {
      return "";
    }
    return value
        .toString()
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  @Override
  public void close() {
    http.stop(0);
    httpThreads.shutdownNow();
    smtp.stop();
  }
}

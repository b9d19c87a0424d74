package io.baton.support.signature;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Baton's own webhook signature, for the webhooks Baton receives and those it sends: {@code
 * Baton-Timestamp} is the time of sending in seconds since the epoch, and {@code Baton-Signature}
 * is {@code v1=} and the lowercase hex HMAC-SHA256 of {@code timestamp + "." + body} keyed with the
 * shared secret. The method and URI are not signed: a signature is bound to its body and time only.
 * A receiver accepts several comma-separated {@code v1=} values (a sender rotating its secret signs
 * with the old and the new one) and ignores other versions.
 */
public final class BatonSignature implements RequestSignature {

  public static final String TIMESTAMP_HEADER = "Baton-Timestamp";
  public static final String SIGNATURE_HEADER = "Baton-Signature";
  public static final String VERSION = "v1";

  private static final Pattern SECONDS = Pattern.compile("\\d{1,12}");
  private static final HexFormat HEX = HexFormat.of();

  private final String secret;

  public BatonSignature(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException("A webhook secret is required");
    }
    this.secret = secret;
  }

  /** {@code v1=<hex>} for a body sent at {@code epochSeconds}. */
  public String sign(long epochSeconds, byte[] body) {
    return VERSION + "=" + HEX.formatHex(mac(Long.toString(epochSeconds), body));
  }

  @Override
  public Map<String, String> headers(SignedRequest request, Instant at) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(TIMESTAMP_HEADER, Long.toString(at.getEpochSecond()));
    headers.put(SIGNATURE_HEADER, sign(at.getEpochSecond(), request.body()));
    return headers;
  }

  @Override
  public SignatureVerdict verify(
      SignedRequest request, UnaryOperator<String> headers, Instant now) {
    String timestamp = headers.apply(TIMESTAMP_HEADER);
    String signatures = headers.apply(SIGNATURE_HEADER);
    if (timestamp == null || signatures == null) {
      return SignatureVerdict.UNSIGNED;
    }
    timestamp = timestamp.strip();
    if (!SECONDS.matcher(timestamp).matches()) {
      return SignatureVerdict.MALFORMED;
    }
    byte[] expected = mac(timestamp, request.body());
    boolean anyV1 = false;
    for (String entry : signatures.split(",")) {
      String[] versionAndValue = entry.strip().split("=", 2);
      if (versionAndValue.length != 2 || !versionAndValue[0].equals(VERSION)) {
        continue;
      }
      byte[] given;
      try {
        given = HEX.parseHex(versionAndValue[1]);
      } catch (IllegalArgumentException notHex) {
        continue;
      }
      anyV1 = true;
      if (MessageDigest.isEqual(expected, given)) {
        return RequestSignature.timely(Instant.ofEpochSecond(Long.parseLong(timestamp)), now);
      }
    }
    return anyV1 ? SignatureVerdict.MISMATCH : SignatureVerdict.MALFORMED;
  }

  private byte[] mac(String timestamp, byte[] body) {
    return HmacSha256.of(secret, HmacSha256.utf8(timestamp + "."), body);
  }
}

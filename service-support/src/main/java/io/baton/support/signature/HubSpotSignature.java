package io.baton.support.signature;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * HubSpot's request signature, version 3: {@code X-HubSpot-Request-Timestamp} is the time of
 * sending in milliseconds since the epoch, and {@code X-HubSpot-Signature-v3} the Base64
 * HMAC-SHA256 of {@code method + uri + body + timestamp} keyed with the HubSpot app's client
 * secret, where {@code uri} is the full URL HubSpot called with the characters of {@link
 * #decodedUri} decoded. A request older than 5 minutes is refused, as HubSpot's documentation asks.
 */
public final class HubSpotSignature implements RequestSignature {

  public static final String TIMESTAMP_HEADER = "X-HubSpot-Request-Timestamp";
  public static final String SIGNATURE_HEADER = "X-HubSpot-Signature-v3";

  private static final Pattern MILLISECONDS = Pattern.compile("\\d{1,15}");

  /** The percent-encodings HubSpot decodes in the URI before signing, and their characters. */
  private static final Map<String, Character> DECODED =
      Map.ofEntries(
          Map.entry("3A", ':'),
          Map.entry("2F", '/'),
          Map.entry("3F", '?'),
          Map.entry("40", '@'),
          Map.entry("21", '!'),
          Map.entry("24", '$'),
          Map.entry("27", '\''),
          Map.entry("28", '('),
          Map.entry("29", ')'),
          Map.entry("2A", '*'),
          Map.entry("2C", ','),
          Map.entry("3B", ';'));

  private final String clientSecret;

  public HubSpotSignature(String clientSecret) {
    if (clientSecret == null || clientSecret.isBlank()) {
      throw new IllegalArgumentException("The HubSpot app's client secret is required");
    }
    this.clientSecret = clientSecret;
  }

  /** The Base64 signature of a request sent at {@code timestamp} (milliseconds, as sent). */
  public String sign(SignedRequest request, String timestamp) {
    return Base64.getEncoder().encodeToString(mac(request, timestamp));
  }

  @Override
  public Map<String, String> headers(SignedRequest request, Instant at) {
    String timestamp = Long.toString(at.toEpochMilli());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(TIMESTAMP_HEADER, timestamp);
    headers.put(SIGNATURE_HEADER, sign(request, timestamp));
    return headers;
  }

  @Override
  public SignatureVerdict verify(
      SignedRequest request, UnaryOperator<String> headers, Instant now) {
    String timestamp = headers.apply(TIMESTAMP_HEADER);
    String signature = headers.apply(SIGNATURE_HEADER);
    if (timestamp == null || signature == null) {
      return SignatureVerdict.UNSIGNED;
    }
    timestamp = timestamp.strip();
    if (!MILLISECONDS.matcher(timestamp).matches()) {
      return SignatureVerdict.MALFORMED;
    }
    byte[] given;
    try {
      given = Base64.getDecoder().decode(signature.strip());
    } catch (IllegalArgumentException notBase64) {
      return SignatureVerdict.MALFORMED;
    }
    if (!MessageDigest.isEqual(mac(request, timestamp), given)) {
      return SignatureVerdict.MISMATCH;
    }
    return RequestSignature.timely(Instant.ofEpochMilli(Long.parseLong(timestamp)), now);
  }

  /**
   * The URI as HubSpot signs it: {@code %3A %2F %3F %40 %21 %24 %27 %28 %29 %2A %2C %3B} (either
   * case) decoded, every other percent-encoding kept.
   */
  public static String decodedUri(String uri) {
    StringBuilder decoded = new StringBuilder(uri.length());
    for (int i = 0; i < uri.length(); i++) {
      char c = uri.charAt(i);
      if (c == '%' && i + 2 < uri.length()) {
        Character plain = DECODED.get(uri.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
        if (plain != null) {
          decoded.append(plain);
          i += 2;
          continue;
        }
      }
      decoded.append(c);
    }
    return decoded.toString();
  }

  private byte[] mac(SignedRequest request, String timestamp) {
    return HmacSha256.of(
        clientSecret,
        HmacSha256.utf8(request.method() + decodedUri(request.uri())),
        request.body(),
        HmacSha256.utf8(timestamp));
  }
}

package io.baton.support.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * HubSpot's signature v3 (developers.hubspot.com, "Validating requests"): Base64 HMAC-SHA256 of
 * method + URI + body + timestamp with the app's client secret, refused when older than 5 minutes.
 * HubSpot's page gives the inputs of its v1 and v2 examples but no v3 result, so the expected
 * signature below was computed from the same inputs with openssl: {@code printf '%s'
 * 'POSThttps://www.example.com/webhook_uri{"example_field":"example_value"}1700000000000' | openssl
 * dgst -sha256 -hmac yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy -binary | base64}.
 */
class HubSpotSignatureTest {

  /** The client secret of HubSpot's documented examples. */
  private static final String SECRET = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";

  private static final String URI = "https://www.example.com/webhook_uri";
  private static final byte[] BODY =
      "{\"example_field\":\"example_value\"}".getBytes(StandardCharsets.UTF_8);
  private static final String TIMESTAMP = "1700000000000";
  private static final String EXPECTED = "rQEKkaNUiu+1qGF//O/pw4BCzstSqO1PyUnGICmf+7o=";
  private static final Instant SENT = Instant.ofEpochMilli(1_700_000_000_000L);

  private final HubSpotSignature hubSpot = new HubSpotSignature(SECRET);

  @Test
  void signsHubSpotsExampleRequestAsOpensslDoes() {
    assertThat(hubSpot.sign(new SignedRequest("POST", URI, BODY), TIMESTAMP)).isEqualTo(EXPECTED);
  }

  @Test
  void acceptsTheExampleRequestWithinFiveMinutesOfItsTimestamp() {
    assertThat(verify("POST", URI, BODY, signed(EXPECTED), SENT)).isEqualTo(SignatureVerdict.VALID);
    assertThat(verify("POST", URI, BODY, signed(EXPECTED), SENT.plus(Duration.ofMinutes(5))))
        .isEqualTo(SignatureVerdict.VALID);
    assertThat(verify("POST", URI, BODY, signed(EXPECTED), SENT.minus(Duration.ofMinutes(5))))
        .isEqualTo(SignatureVerdict.VALID);
  }

  @Test
  void refusesATamperedBody() {
    byte[] tampered = "{\"example_field\":\"other_value\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(verify("POST", URI, tampered, signed(EXPECTED), SENT))
        .isEqualTo(SignatureVerdict.MISMATCH);
  }

  @Test
  void refusesTheSignatureOfAnotherMethodOrUri() {
    assertThat(verify("PUT", URI, BODY, signed(EXPECTED), SENT))
        .isEqualTo(SignatureVerdict.MISMATCH);
    assertThat(verify("POST", "https://www.example.com/other_uri", BODY, signed(EXPECTED), SENT))
        .isEqualTo(SignatureVerdict.MISMATCH);
    assertThat(verify("POST", "http://www.example.com/webhook_uri", BODY, signed(EXPECTED), SENT))
        .isEqualTo(SignatureVerdict.MISMATCH);
  }

  @Test
  void refusesAnotherTimestampThanTheSignedOne() {
    Map<String, String> headers =
        Map.of(
            HubSpotSignature.TIMESTAMP_HEADER,
            "1700000000001",
            HubSpotSignature.SIGNATURE_HEADER,
            EXPECTED);

    assertThat(verify("POST", URI, BODY, headers, SENT)).isEqualTo(SignatureVerdict.MISMATCH);
  }

  @Test
  void refusesAStaleSignatureAsAReplay() {
    assertThat(
            verify(
                "POST",
                URI,
                BODY,
                signed(EXPECTED),
                SENT.plus(Duration.ofMinutes(5)).plusMillis(1)))
        .isEqualTo(SignatureVerdict.EXPIRED);
  }

  @Test
  void refusesATimestampMoreThanFiveMinutesAhead() {
    assertThat(
            verify(
                "POST",
                URI,
                BODY,
                signed(EXPECTED),
                SENT.minus(Duration.ofMinutes(5)).minusMillis(1)))
        .isEqualTo(SignatureVerdict.EARLY);
  }

  @Test
  void refusesASignatureMadeWithAnotherSecret() {
    String other =
        new HubSpotSignature("zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz")
            .sign(new SignedRequest("POST", URI, BODY), TIMESTAMP);

    assertThat(verify("POST", URI, BODY, signed(other), SENT)).isEqualTo(SignatureVerdict.MISMATCH);
  }

  @Test
  void refusesMissingAndMalformedHeaders() {
    assertThat(verify("POST", URI, BODY, Map.of(), SENT)).isEqualTo(SignatureVerdict.UNSIGNED);
    assertThat(verify("POST", URI, BODY, Map.of(HubSpotSignature.SIGNATURE_HEADER, EXPECTED), SENT))
        .isEqualTo(SignatureVerdict.UNSIGNED);
    assertThat(
            verify(
                "POST",
                URI,
                BODY,
                Map.of(
                    HubSpotSignature.TIMESTAMP_HEADER,
                    "yesterday",
                    HubSpotSignature.SIGNATURE_HEADER,
                    EXPECTED),
                SENT))
        .isEqualTo(SignatureVerdict.MALFORMED);
    assertThat(
            verify(
                "POST",
                URI,
                BODY,
                Map.of(
                    HubSpotSignature.TIMESTAMP_HEADER,
                    TIMESTAMP,
                    HubSpotSignature.SIGNATURE_HEADER,
                    "not base64 at all!"),
                SENT))
        .isEqualTo(SignatureVerdict.MALFORMED);
  }

  @Test
  void decodesTheCharactersHubSpotDecodesInTheUriAndNoOthers() {
    assertThat(
            HubSpotSignature.decodedUri(
                "https://baton.example.com/api/leads/intake/hubspot?from=crm%3Ahubspot%2fcontacts"
                    + "&who=%40team%21%24%27%28%29%2A%2C%3b&q=%3F&space=a%20b&pct=100%25"))
        .isEqualTo(
            "https://baton.example.com/api/leads/intake/hubspot?from=crm:hubspot/contacts"
                + "&who=@team!$'()*,;&q=?&space=a%20b&pct=100%25");
  }

  @Test
  void verifiesARequestWhoseUriHubSpotSignedDecoded() {
    String received = "https://baton.example.com/api/leads/intake/hubspot?portal=crm%3A42";
    String signature =
        hubSpot.sign(
            new SignedRequest(
                "POST", "https://baton.example.com/api/leads/intake/hubspot?portal=crm:42", BODY),
            TIMESTAMP);

    assertThat(verify("POST", received, BODY, signed(signature), SENT))
        .isEqualTo(SignatureVerdict.VALID);
  }

  @Test
  void headersOfASenderVerify() {
    Instant now = Instant.parse("2026-12-01T10:00:00.123Z");
    SignedRequest request = new SignedRequest("POST", URI, BODY);

    Map<String, String> headers = hubSpot.headers(request, now);

    assertThat(headers).containsEntry(HubSpotSignature.TIMESTAMP_HEADER, "1796119200123");
    assertThat(hubSpot.verify(request, caseInsensitive(headers), now))
        .isEqualTo(SignatureVerdict.VALID);
  }

  private SignatureVerdict verify(
      String method, String uri, byte[] body, Map<String, String> headers, Instant now) {
    return hubSpot.verify(new SignedRequest(method, uri, body), caseInsensitive(headers), now);
  }

  private static Map<String, String> signed(String signature) {
    return Map.of(
        HubSpotSignature.TIMESTAMP_HEADER, TIMESTAMP, HubSpotSignature.SIGNATURE_HEADER, signature);
  }

  /** Headers as a servlet container looks them up: by name, whatever its case. */
  static UnaryOperator<String> caseInsensitive(Map<String, String> headers) {
    return name ->
        headers.entrySet().stream()
            .filter(header -> header.getKey().equalsIgnoreCase(name))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse(null);
  }
}

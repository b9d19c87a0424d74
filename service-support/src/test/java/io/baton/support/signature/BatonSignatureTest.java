package io.baton.support.signature;

import static io.baton.support.signature.HubSpotSignatureTest.caseInsensitive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Baton's webhook signature: {@code Baton-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." +
 * body)>} with {@code Baton-Timestamp} in seconds. The expected value was computed with openssl:
 * {@code printf '%s' '1700000000.{"dealId":"D-1"}' | openssl dgst -sha256 -hmac
 * whsec-0123456789abcdef0123456789abcdef}.
 */
class BatonSignatureTest {

  private static final String SECRET = "whsec-0123456789abcdef0123456789abcdef";
  private static final byte[] BODY = "{\"dealId\":\"D-1\"}".getBytes(StandardCharsets.UTF_8);
  private static final String EXPECTED =
      "v1=8736e2db3db37324636f7567f37d53937c2bdd0a45b45c0921fd282e1bc50dbd";
  private static final Instant SENT = Instant.ofEpochSecond(1_700_000_000L);
  private static final SignedRequest REQUEST =
      new SignedRequest("POST", "https://baton.example.com/api/handoffs/intake/webhook", BODY);

  private final BatonSignature baton = new BatonSignature(SECRET);

  @Test
  void signsAsOpensslDoes() {
    assertThat(baton.sign(1_700_000_000L, BODY)).isEqualTo(EXPECTED);
    assertThat(baton.headers(REQUEST, SENT))
        .containsExactly(
            Map.entry(BatonSignature.TIMESTAMP_HEADER, "1700000000"),
            Map.entry(BatonSignature.SIGNATURE_HEADER, EXPECTED));
  }

  @Test
  void acceptsItsSignatureWithinFiveMinutesEitherWay() {
    assertThat(verify(REQUEST, signed("1700000000", EXPECTED), SENT))
        .isEqualTo(SignatureVerdict.VALID);
    assertThat(verify(REQUEST, signed("1700000000", EXPECTED), SENT.plus(Duration.ofMinutes(5))))
        .isEqualTo(SignatureVerdict.VALID);
    assertThat(verify(REQUEST, signed("1700000000", EXPECTED), SENT.minus(Duration.ofMinutes(5))))
        .isEqualTo(SignatureVerdict.VALID);
  }

  @Test
  void isBoundToTheBodyAndTimestampNotToTheUriOrMethod() {
    SignedRequest elsewhere = new SignedRequest("PUT", "http://other.example/hook", BODY);

    assertThat(verify(elsewhere, signed("1700000000", EXPECTED), SENT))
        .isEqualTo(SignatureVerdict.VALID);
  }

  @Test
  void refusesATamperedBody() {
    SignedRequest tampered =
        new SignedRequest(
            "POST", REQUEST.uri(), "{\"dealId\":\"D-2\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(verify(tampered, signed("1700000000", EXPECTED), SENT))
        .isEqualTo(SignatureVerdict.MISMATCH);
  }

  @Test
  void refusesAnotherTimestampThanTheSignedOne() {
    assertThat(verify(REQUEST, signed("1700000001", EXPECTED), SENT.plusSeconds(1)))
        .isEqualTo(SignatureVerdict.MISMATCH);
  }

  @Test
  void refusesAStaleSignatureAsAReplay() {
    assertThat(
            verify(
                REQUEST,
                signed("1700000000", EXPECTED),
                SENT.plus(Duration.ofMinutes(5)).plusSeconds(1)))
        .isEqualTo(SignatureVerdict.EXPIRED);
  }

  @Test
  void refusesATimestampMoreThanFiveMinutesAhead() {
    assertThat(
            verify(
                REQUEST,
                signed("1700000000", EXPECTED),
                SENT.minus(Duration.ofMinutes(5)).minusSeconds(1)))
        .isEqualTo(SignatureVerdict.EARLY);
  }

  @Test
  void refusesASignatureMadeWithAnotherSecret() {
    String other =
        new BatonSignature("another-secret-0123456789abcdef01").sign(1_700_000_000L, BODY);

    assertThat(verify(REQUEST, signed("1700000000", other), SENT))
        .isEqualTo(SignatureVerdict.MISMATCH);
  }

  @Test
  void acceptsAnyOfSeveralSignaturesSoASenderCanRotateItsSecret() {
    String old = new BatonSignature("the-old-secret-0123456789abcdef01").sign(1_700_000_000L, BODY);

    assertThat(verify(REQUEST, signed("1700000000", old + ", v0=abc, " + EXPECTED), SENT))
        .isEqualTo(SignatureVerdict.VALID);
    assertThat(verify(REQUEST, signed("1700000000", old), SENT))
        .isEqualTo(SignatureVerdict.MISMATCH);
  }

  @Test
  void refusesMissingAndMalformedHeaders() {
    assertThat(verify(REQUEST, Map.of(), SENT)).isEqualTo(SignatureVerdict.UNSIGNED);
    assertThat(verify(REQUEST, Map.of(BatonSignature.SIGNATURE_HEADER, EXPECTED), SENT))
        .isEqualTo(SignatureVerdict.UNSIGNED);
    assertThat(verify(REQUEST, signed("1700000000000000", EXPECTED), SENT))
        .isEqualTo(SignatureVerdict.MALFORMED);
    assertThat(verify(REQUEST, signed("-1", EXPECTED), SENT)).isEqualTo(SignatureVerdict.MALFORMED);
    assertThat(verify(REQUEST, signed("1700000000", EXPECTED.substring(3)), SENT))
        .isEqualTo(SignatureVerdict.MALFORMED);
    assertThat(verify(REQUEST, signed("1700000000", "v1=not-hex"), SENT))
        .isEqualTo(SignatureVerdict.MALFORMED);
    assertThat(verify(REQUEST, signed("1700000000", "v2=" + EXPECTED.substring(3)), SENT))
        .isEqualTo(SignatureVerdict.MALFORMED);
  }

  @Test
  void needsASecret() {
    assertThatIllegalArgumentException().isThrownBy(() -> new BatonSignature(" "));
  }

  private SignatureVerdict verify(SignedRequest request, Map<String, String> headers, Instant now) {
    return baton.verify(request, caseInsensitive(headers), now);
  }

  private static Map<String, String> signed(String timestamp, String signature) {
    return Map.of(
        BatonSignature.TIMESTAMP_HEADER, timestamp, BatonSignature.SIGNATURE_HEADER, signature);
  }
}

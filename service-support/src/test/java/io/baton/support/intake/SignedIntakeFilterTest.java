package io.baton.support.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.support.signature.BatonSignature;
import io.baton.support.signature.HubSpotSignature;
import io.baton.support.signature.SignedRequest;
import io.baton.support.web.RequestSizeLimit;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SignedIntakeFilterTest {

  private static final String HUBSPOT_SECRET = "hubspot-client-secret-0123456789abcdef";
  private static final String WEBHOOK_SECRET = "webhook-secret-0123456789abcdef0123";
  private static final String HUBSPOT_PATH = "/api/leads/intake/hubspot";
  private static final String WEBHOOK_PATH = "/api/leads/intake/webhook";
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final byte[] BODY = "{\"id\":\"51\"}".getBytes(StandardCharsets.UTF_8);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SignedIntakeFilter filter =
      filter(
          new IntakeProperties(
              new IntakeProperties.HubSpot(
                  HUBSPOT_SECRET, URI.create("https://baton.example.com/")),
              new IntakeProperties.Webhook(WEBHOOK_SECRET)));

  @Test
  void passesARequestWithAValidHubSpotSignatureOnWithItsBody() throws Exception {
    MockHttpServletRequest request = post(HUBSPOT_PATH, BODY);
    request.setQueryString("portal=42");
    new HubSpotSignature(HUBSPOT_SECRET)
        .headers(
            new SignedRequest(
                "POST", "https://baton.example.com" + HUBSPOT_PATH + "?portal=42", BODY),
            NOW.minusSeconds(30))
        .forEach(request::addHeader);
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, new MockHttpServletResponse(), chain);

    HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
    assertThat(passed).isNotNull();
    assertThat(passed.getInputStream().readAllBytes()).isEqualTo(BODY);
    assertThat(passed.getContentLength()).isEqualTo(BODY.length);
  }

  @Test
  void passesARequestWithAValidBatonSignatureOn() throws Exception {
    MockHttpServletRequest request = post(WEBHOOK_PATH, BODY);
    new BatonSignature(WEBHOOK_SECRET)
        .headers(new SignedRequest("POST", "", BODY), NOW)
        .forEach(request::addHeader);
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, new MockHttpServletResponse(), chain);

    assertThat(chain.getRequest()).isNotNull();
  }

  @Test
  void refusesAHubSpotSignatureOfAnotherHostWith401() throws Exception {
    MockHttpServletRequest request = post(HUBSPOT_PATH, BODY);
    new HubSpotSignature(HUBSPOT_SECRET)
        .headers(new SignedRequest("POST", "https://evil.example" + HUBSPOT_PATH, BODY), NOW)
        .forEach(request::addHeader);
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, response, chain);

    assertThat(chain.getRequest()).isNull();
    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("HubSpot-Signature-v3");
    JsonNode problem = JSON.readTree(response.getContentAsByteArray());
    assertThat(problem.path("status").asInt()).isEqualTo(401);
    assertThat(problem.path("detail").asText()).contains("X-HubSpot-Signature-v3", "not match");
    assertThat(problem.path("instance").asText()).isEqualTo(HUBSPOT_PATH);
  }

  @Test
  void refusesAnUnsignedAndAStaleRequestWith401() throws Exception {
    MockHttpServletResponse unsigned = new MockHttpServletResponse();
    filter.doFilter(post(WEBHOOK_PATH, BODY), unsigned, new MockFilterChain());

    MockHttpServletRequest stale = post(WEBHOOK_PATH, BODY);
    new BatonSignature(WEBHOOK_SECRET)
        .headers(new SignedRequest("POST", "", BODY), NOW.minus(Duration.ofMinutes(6)))
        .forEach(stale::addHeader);
    MockHttpServletResponse replayed = new MockHttpServletResponse();
    filter.doFilter(stale, replayed, new MockFilterChain());

    assertThat(unsigned.getStatus()).isEqualTo(401);
    assertThat(unsigned.getContentAsString()).contains("missing");
    assertThat(replayed.getStatus()).isEqualTo(401);
    assertThat(replayed.getHeader("WWW-Authenticate")).isEqualTo("Baton-Signature");
    assertThat(replayed.getContentAsString()).contains("replay");
  }

  @Test
  void answersAnIntakeWithoutItsSecretWith404WhateverTheSignature() throws Exception {
    SignedIntakeFilter off =
        filter(
            new IntakeProperties(
                new IntakeProperties.HubSpot(null, URI.create("http://localhost:8080")),
                new IntakeProperties.Webhook("")));
    MockHttpServletRequest request = post(WEBHOOK_PATH, BODY);
    new BatonSignature(WEBHOOK_SECRET)
        .headers(new SignedRequest("POST", "", BODY), NOW)
        .forEach(request::addHeader);
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    off.doFilter(request, response, chain);

    assertThat(chain.getRequest()).isNull();
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
  }

  @Test
  void leavesEveryOtherRequestAlone() throws Exception {
    for (MockHttpServletRequest other :
        List.of(
            post("/api/leads", BODY),
            post(HUBSPOT_PATH + "/more", BODY),
            new MockHttpServletRequest("GET", HUBSPOT_PATH))) {
      MockFilterChain chain = new MockFilterChain();

      filter.doFilter(other, new MockHttpServletResponse(), chain);

      assertThat(chain.getRequest())
          .as(other.getMethod() + " " + other.getRequestURI())
          .isSameAs(other);
    }
  }

  @Test
  void refusesABodyOverTheSizeLimitWith413() throws Exception {
    byte[] large = new byte[2048];
    MockHttpServletRequest request = post(WEBHOOK_PATH, large);
    request.removeHeader("Content-Length");
    MockHttpServletResponse response = new MockHttpServletResponse();

    new MockFilterChain(
            new jakarta.servlet.http.HttpServlet() {}, new RequestSizeLimit(1024), filter)
        .doFilter(new ChunkedRequest(request), response);

    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
  }

  @Test
  void refusesASecretShorterThan32CharactersAndAPublicUrlThatIsNoUrl() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new IntakeProperties.Webhook("too-short"))
        .withMessageContaining("baton.intake.webhook.secret");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new IntakeProperties.HubSpot("short", URI.create("http://localhost")))
        .withMessageContaining("baton.intake.hubspot.client-secret");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new IntakeProperties.HubSpot(null, URI.create("baton.example.com")))
        .withMessageContaining("baton.intake.hubspot.public-url");
    assertThat(new IntakeProperties.Webhook("  ").secret()).isNull();
  }

  private static SignedIntakeFilter filter(IntakeProperties properties) {
    return new SignedIntakeFilter(
        List.of(SignedEndpoint.hubSpot(HUBSPOT_PATH), SignedEndpoint.batonWebhook(WEBHOOK_PATH)),
        properties,
        Clock.fixed(NOW, ZoneOffset.UTC),
        JSON);
  }

  private static MockHttpServletRequest post(String path, byte[] body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setContent(body);
    request.setContentType("application/json");
    return request;
  }

  /** A request whose body comes without a length, as a chunked one does. */
  private static final class ChunkedRequest extends jakarta.servlet.http.HttpServletRequestWrapper {

    ChunkedRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public long getContentLengthLong() {
      return -1;
    }

    @Override
    public int getContentLength() {
      return -1;
    }
  }
}

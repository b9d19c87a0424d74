package io.baton.support.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.support.signature.BatonSignature;
import io.baton.support.signature.HubSpotSignature;
import io.baton.support.signature.RequestSignature;
import io.baton.support.signature.SignatureVerdict;
import io.baton.support.signature.SignedRequest;
import io.baton.support.web.RequestTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request to a {@link SignedEndpoint} through only with a valid signature of its scheme,
 * checked over the body exactly as received; the endpoint then reads that same body. A missing,
 * wrong or tampered signature, or a timestamp more than 5 minutes from now either way (a replay),
 * is 401 problem+json; an endpoint whose secret is not configured answers 404 problem+json and
 * takes nothing (an intake that is off does not exist, however its caller signs); a body over the
 * size limit is 413. Runs inside the security filter chain, after its firewall and before the
 * bearer token check; every other request passes untouched.
 */
public final class SignedIntakeFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(SignedIntakeFilter.class);

  private final List<Guarded> endpoints;
  private final IntakeProperties properties;
  private final Clock clock;
  private final ObjectMapper objectMapper;

  public SignedIntakeFilter(
      List<SignedEndpoint> endpoints,
      IntakeProperties properties,
      Clock clock,
      ObjectMapper objectMapper) {
    this.endpoints = endpoints.stream().map(endpoint -> guard(endpoint, properties)).toList();
    this.properties = properties;
    this.clock = clock;
    this.objectMapper = objectMapper;
  }

  /** What opens the signed endpoints in the authorization rules. */
  public List<RequestMatcher> matchers() {
    return endpoints.stream().map(Guarded::matcher).toList();
  }

  private static Guarded guard(SignedEndpoint endpoint, IntakeProperties properties) {
    RequestSignature signature =
        switch (endpoint.scheme()) {
          case HUBSPOT ->
              properties.hubspot().clientSecret() == null
                  ? null
                  : new HubSpotSignature(properties.hubspot().clientSecret());
          case BATON_WEBHOOK ->
              properties.webhook().secret() == null
                  ? null
                  : new BatonSignature(properties.webhook().secret());
        };
    if (signature == null) {
      log.info(
          "{} is off: its secret ({}) is not configured",
          endpoint.path(),
          endpoint.scheme() == SignedEndpoint.Scheme.HUBSPOT
              ? "BATON_INTAKE_HUBSPOT_CLIENT_SECRET"
              : "BATON_INTAKE_WEBHOOK_SECRET");
    }
    return new Guarded(endpoint, endpoint.matcher(), signature);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Guarded> guarded =
        endpoints.stream().filter(endpoint -> endpoint.matcher().matches(request)).findFirst();
    if (guarded.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Guarded endpoint = guarded.get();
    if (endpoint.signature() == null) {
      problem(
          request, response, HttpStatus.NOT_FOUND, "Not found", "This intake is not configured");
      return;
    }
    byte[] body;
    try {
      body = request.getInputStream().readAllBytes();
    } catch (RequestTooLargeException e) {
      problem(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "Request too large", e.getMessage());
      return;
    }
    SignatureVerdict verdict =
        endpoint
            .signature()
            .verify(
                new SignedRequest(request.getMethod(), publicUri(request), body),
                request::getHeader,
                clock.instant());
    if (verdict != SignatureVerdict.VALID) {
      log.info("Refused a request to {}: {}", endpoint.endpoint().path(), verdict.description());
      response.setHeader("WWW-Authenticate", challenge(endpoint.endpoint().scheme()));
      problem(
          request,
          response,
          HttpStatus.UNAUTHORIZED,
          "Unauthorized",
          "A valid "
              + signatureHeader(endpoint.endpoint().scheme())
              + " is required: "
              + verdict.description());
      return;
    }
    chain.doFilter(new ReceivedBody(request, body), response);
  }

  /**
   * The URL the sender called: the configured public URL with the request's path and query as
   * received (still percent-encoded).
   */
  private String publicUri(HttpServletRequest request) {
    String query = request.getQueryString();
    return properties.hubspot().base()
        + request.getRequestURI()
        + (query == null ? "" : "?" + query);
  }

  private static String signatureHeader(SignedEndpoint.Scheme scheme) {
    return scheme == SignedEndpoint.Scheme.HUBSPOT
        ? HubSpotSignature.SIGNATURE_HEADER
        : BatonSignature.SIGNATURE_HEADER;
  }

  private static String challenge(SignedEndpoint.Scheme scheme) {
    return scheme == SignedEndpoint.Scheme.HUBSPOT ? "HubSpot-Signature-v3" : "Baton-Signature";
  }

  private void problem(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String title,
      String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), problem);
  }

  private record Guarded(
      SignedEndpoint endpoint, RequestMatcher matcher, RequestSignature signature) {}

  /** The request with the body that was read for the signature check, to be read again. */
  private static final class ReceivedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReceivedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("The body was read already");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}

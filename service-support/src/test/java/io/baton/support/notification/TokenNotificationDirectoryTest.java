package io.baton.support.notification;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.baton.testsupport.MutableClock;
import jakarta.servlet.FilterChain;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class TokenNotificationDirectoryTest {

  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

  private final MongoTemplate mongo = mock(MongoTemplate.class);
  private final MutableClock clock = new MutableClock(NOW);
  private final TokenNotificationDirectory directory =
      new TokenNotificationDirectory(mongo, "preferred_username", "roles", "groups", clock);

  @AfterEach
  void clearSecurityContext() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void recordsAUserAtMostOncePerHourWhileTheirClaimsStayTheSame() {
    record(NOW, token("sam", "sam@baton.local", List.of("sales")));
    record(NOW.plusSeconds(59 * 60), token("sam", "sam@baton.local", List.of("sales")));
    verify(mongo, times(1)).upsert(any(Query.class), any(Update.class), eq("notification_people"));

    record(NOW.plusSeconds(60 * 60), token("sam", "sam@baton.local", List.of("sales")));
    verify(mongo, times(2)).upsert(any(Query.class), any(Update.class), eq("notification_people"));
  }

  @Test
  void recordsAUserAgainAtOnceWhenTheirClaimsChanged() {
    record(NOW, token("sam", "sam@baton.local", List.of("sales")));
    record(NOW.plusSeconds(60), token("sam", "sam@baton.local", List.of("sales", "admin")));

    verify(mongo, times(2)).upsert(any(Query.class), any(Update.class), eq("notification_people"));
  }

  @Test
  void aTokenWithoutAnEmailAddressIsNotRecorded() {
    record(NOW, token("baton-services", null, List.of("system")));

    verify(mongo, never()).upsert(any(Query.class), any(Update.class), any(String.class));
  }

  @Test
  void aFailedRecordIsTriedAgainAtTheNextRequestAndFailsNoRequest() throws Exception {
    doThrow(new DataAccessResourceFailureException("MongoDB is down"))
        .doReturn(null)
        .when(mongo)
        .upsert(any(Query.class), any(Update.class), eq("notification_people"));
    SecurityContextHolder.getContext()
        .setAuthentication(new JwtAuthenticationToken(token("sam", "sam@baton.local", List.of())));
    FilterChain chain = mock(FilterChain.class);
    TokenNotificationDirectory.Recorder recorder =
        new TokenNotificationDirectory.Recorder(directory);

    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/leads");
    MockHttpServletResponse response = new MockHttpServletResponse();
    recorder.doFilter(request, response, chain);
    recorder.doFilter(new MockHttpServletRequest("GET", "/api/leads"), response, chain);

    verify(chain, times(2)).doFilter(any(), any());
    verify(mongo, times(2)).upsert(any(Query.class), any(Update.class), eq("notification_people"));
  }

  private void record(Instant at, Jwt token) {
    clock.set(at);
    directory.record(token);
  }

  private static Jwt token(String username, String email, List<String> roles) {
    Jwt.Builder token =
        Jwt.withTokenValue("token")
            .header("alg", "RS256")
            .subject("id-" + username)
            .claim("preferred_username", username)
            .claim("roles", roles)
            .claim("groups", List.of("/sales-inbound"));
    if (email != null) {
      token.claim("email", email);
    }
    return token.build();
  }
}

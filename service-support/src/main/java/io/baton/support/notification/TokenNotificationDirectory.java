package io.baton.support.notification;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The directory in production: the people the identity provider described in their tokens. Each
 * authenticated request's token ({@link Recorder}) gives its user's name ({@code usernameClaim},
 * else {@code sub}), {@code email}, roles ({@code rolesClaim}) and groups (the teams), which are
 * kept in the {@value #COLLECTION} collection of the service's MongoDB, at most once per user per
 * {@link #RECORD_EVERY} unless they changed; lookups read that collection. A person is therefore
 * known to a service once they have signed in and called it, and as their last token there said; a
 * token without an e-mail address (a service's own) is not recorded.
 */
public class TokenNotificationDirectory implements NotificationDirectory {

  public static final String COLLECTION = "notification_people";

  /** How often one user's claims are written at most while they do not change. */
  public static final Duration RECORD_EVERY = Duration.ofHours(1);

  /** Users remembered as recorded, beyond which the least recently seen are forgotten. */
  static final int REMEMBERED_USERS = 10_000;

  private static final Logger log = LoggerFactory.getLogger(TokenNotificationDirectory.class);

  private final MongoTemplate mongo;
  private final String usernameClaim;
  private final String rolesClaim;
  private final String groupsClaim;
  private final Clock clock;

  /** What was last recorded of each user, and when, least recently seen first. */
  private final Map<String, Recorded> recorded =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Recorded> eldest) {
          return size() > REMEMBERED_USERS;
        }
      };

  private record Recorded(Document person, Instant at) {}

  public TokenNotificationDirectory(
      MongoTemplate mongo,
      String usernameClaim,
      String rolesClaim,
      String groupsClaim,
      Clock clock) {
    this.mongo = mongo;
    this.usernameClaim = usernameClaim;
    this.rolesClaim = rolesClaim;
    this.groupsClaim = groupsClaim;
    this.clock = clock;
  }

  /**
   * Keeps what the token says of its user, unless the same was kept within the last {@link
   * #RECORD_EVERY}.
   */
  public void record(Jwt token) {
    String username =
        token.hasClaim(usernameClaim) ? token.getClaimAsString(usernameClaim) : token.getSubject();
    String email = token.getClaimAsString("email");
    if (username == null || username.isBlank() || email == null || email.isBlank()) {
      return;
    }
    Document person =
        new Document("email", email)
            .append("roles", names(token.getClaim(rolesClaim)))
            .append("groups", teams(token.getClaim(groupsClaim)));
    Instant now = clock.instant();
    synchronized (recorded) {
      Recorded last = recorded.get(username);
      if (last != null
          && last.person().equals(person)
          && last.at().plus(RECORD_EVERY).isAfter(now)) {
        return;
      }
    }
    Update update = new Update().set("recordedAt", now);
    person.forEach(update::set);
    mongo.upsert(Query.query(Criteria.where("_id").is(username)), update, COLLECTION);
    synchronized (recorded) {
      recorded.put(username, new Recorded(person, now));
    }
  }

  /** A list claim, or a space-separated string, as names. */
  private static List<String> names(Object claim) {
    if (claim instanceof String names) {
      return Arrays.stream(names.split(" ")).filter(name -> !name.isBlank()).toList();
    }
    if (claim instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of();
  }

  /** Groups as teams: a group given as a path ({@code /sales-managers}) by its name. */
  private static List<String> teams(Object claim) {
    return names(claim).stream()
        .map(group -> group.substring(group.lastIndexOf('/') + 1))
        .filter(team -> !team.isBlank())
        .toList();
  }

  @Override
  public List<Person> peopleOf(Recipient recipient) {
    Criteria who =
        switch (recipient.kind()) {
          case USER -> Criteria.where("_id").is(recipient.name());
          case ROLE -> Criteria.where("roles").is(recipient.name());
          case TEAM -> Criteria.where("groups").is(recipient.name());
        };
    return mongo.find(Query.query(who).with(Sort.by("_id")), Document.class, COLLECTION).stream()
        .filter(person -> person.get("email") instanceof String email && !email.isBlank())
        .map(person -> new Person(person.getString("_id"), person.getString("email")))
        .toList();
  }

  /**
   * This directory and {@code other} together: everyone either knows, each person once, as {@code
   * other} knows them when both do.
   */
  public NotificationDirectory and(NotificationDirectory other) {
    return recipient -> {
      Map<String, Person> people = new LinkedHashMap<>();
      other.peopleOf(recipient).forEach(person -> people.putIfAbsent(person.username(), person));
      peopleOf(recipient).forEach(person -> people.putIfAbsent(person.username(), person));
      return new ArrayList<>(people.values());
    };
  }

  /**
   * Records the token of each authenticated request, after the security filters have checked it. A
   * MongoDB that cannot be reached fails no request: the person is recorded at a later one.
   */
  public static final class Recorder extends OncePerRequestFilter {

    private final TokenNotificationDirectory directory;

    public Recorder(TokenNotificationDirectory directory) {
      this.directory = directory;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication instanceof JwtAuthenticationToken token) {
        try {
          directory.record(token.getToken());
        } catch (DataAccessException e) {
          log.warn("Cannot record {} for notifications: {}", token.getName(), e.getMessage());
        }
      }
      chain.doFilter(request, response);
    }
  }
}

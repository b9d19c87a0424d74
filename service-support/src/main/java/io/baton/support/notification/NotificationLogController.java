package io.baton.support.notification;

import io.baton.support.security.Caller;
import io.baton.support.security.Roles;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/notifications}: the delivery log, newest first. An administrator sees everyone's
 * (or one recipient's, {@code recipient=}); anyone else sees only their own. Filters: {@code
 * status} ({@code pending}, {@code sending}, {@code sent}, {@code dead}) and {@code eventId}.
 */
@RestController
@RequestMapping("/api/notifications")
public class NotificationLogController {

  private static final int LIMIT = 200;

  private final MongoTemplate mongoTemplate;

  public NotificationLogController(MongoTemplate mongoTemplate) {
    this.mongoTemplate = mongoTemplate;
  }

  /** One delivery of a notification, as the log answers it. */
  public record DeliveryResponse(
      String eventId,
      String eventType,
      String recipient,
      String channel,
      DeliveryStatus status,
      int attempts,
      String lastError,
      String link,
      Instant createdAt,
      Instant nextAttemptAt,
      Instant sentAt) {

    static DeliveryResponse of(Delivery d) {
      return new DeliveryResponse(
          d.eventId(),
          d.eventType(),
          d.recipient(),
          d.channel(),
          d.status(),
          d.attempts(),
          d.lastError(),
          d.link(),
          d.createdAt(),
          d.nextAttemptAt(),
          d.sentAt());
    }
  }

  @GetMapping
  public List<DeliveryResponse> deliveries(
      @RequestParam(required = false) String recipient,
      @RequestParam(required = false) DeliveryStatus status,
      @RequestParam(required = false) String eventId) {
    Caller caller = Caller.current();
    String whose = caller.has(Roles.ADMIN) ? recipient : caller.username();
    if (whose == null && !caller.has(Roles.ADMIN)) {
      return List.of();
    }
    Criteria criteria = new Criteria();
    if (whose != null) {
      criteria.and("recipient").is(whose);
    }
    if (status != null) {
      criteria.and("status").is(status);
    }
    if (eventId != null) {
      criteria.and("eventId").is(eventId);
    }
    Query query = new Query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(LIMIT);
    return mongoTemplate.find(query, Delivery.class, NotificationRelay.LOG).stream()
        .map(DeliveryResponse::of)
        .toList();
  }
}

package io.baton.support.notification;

import io.baton.support.security.Caller;
import io.baton.support.security.Roles;
import io.baton.support.web.InvalidInputException;
import io.baton.support.web.NotFoundException;
import io.baton.support.web.ProblemDetailsAdvice.FieldError;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/notifications}: the delivery log, newest first. An administrator sees everyone's
 * (or one recipient's, {@code recipient=}); anyone else sees only their own. Filters: {@code
 * status} ({@code pending}, {@code sending}, {@code sent}, {@code dead}) and {@code eventId}.
 * {@code POST /api/notifications/{id}/resend} (optional body {@code {"note": "..."}}): an
 * administrator sends a dead letter again.
 */
@RestController
@RequestMapping("/api/notifications")
public class NotificationLogController {

  private static final int LIMIT = 200;
  private static final int NOTE_LENGTH = 500;
  private static final Logger log = LoggerFactory.getLogger(NotificationLogController.class);

  private static final Base64.Encoder ID = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  private final MongoTemplate mongoTemplate;
  private final Clock clock;

  public NotificationLogController(MongoTemplate mongoTemplate, Clock clock) {
    this.mongoTemplate = mongoTemplate;
    this.clock = clock;
  }

  /** One delivery of a notification, as the log answers it. */
  public record DeliveryResponse(
      String id,
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
          publicId(d.id()),
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

  /** Why a dead letter is sent again, for the log: optional. */
  public record ResendRequest(@Size(max = NOTE_LENGTH) String note) {}

  /**
   * Sends a dead letter again, once its cause is fixed: back to pending, with no tries, due now.
   * Who asked (from the token), when and their note are kept on the entry and logged.
   */
  @PostMapping("/{id}/resend")
  public DeliveryResponse resend(
      @PathVariable String id, @RequestBody(required = false) ResendRequest request) {
    String note = request == null ? null : request.note();
    if (note != null && note.length() > NOTE_LENGTH) {
      throw new InvalidInputException(
          List.of(new FieldError("note", "must be at most " + NOTE_LENGTH + " characters")));
    }
    Caller caller = Caller.current();
    if (!caller.has(Roles.ADMIN)) {
      throw new ErrorResponseException(
          HttpStatus.FORBIDDEN,
          ProblemDetail.forStatusAndDetail(
              HttpStatus.FORBIDDEN, "Only an administrator sends a notification again"),
          null);
    }
    String deliveryId = deliveryId(id).orElseThrow(() -> new NotFoundException("Delivery", id));
    Delivery resent =
        mongoTemplate.findAndModify(
            Query.query(Criteria.where("_id").is(deliveryId).and("status").is(DeliveryStatus.DEAD)),
            new Update()
                .set("status", DeliveryStatus.PENDING)
                .set("attempts", 0)
                .set("nextAttemptAt", clock.instant())
                .set("resentBy", caller.username())
                .set("resentAt", clock.instant())
                .set("resendNote", note)
                .unset("claimedAt"),
            FindAndModifyOptions.options().returnNew(true),
            Delivery.class,
            NotificationRelay.LOG);
    if (resent != null) {
      log.info(
          "Notification {} to {} over {} sent again by {}: {}",
          resent.eventId(),
          resent.recipient(),
          resent.channel(),
          caller.username(),
          note);
      return DeliveryResponse.of(resent);
    }
    Delivery found = mongoTemplate.findById(deliveryId, Delivery.class, NotificationRelay.LOG);
    if (found == null) {
      throw new NotFoundException("Delivery", id);
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "Only a dead letter is sent again; this delivery is " + found.status().code());
    problem.setTitle("Not a dead letter");
    throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
  }

  /** The id the API names a delivery by: its log id, URL-safe. */
  static String publicId(String deliveryId) {
    return ID.encodeToString(deliveryId.getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> deliveryId(String publicId) {
    try {
      return Optional.of(new String(DECODE.decode(publicId), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException notOurs) {
      return Optional.empty();
    }
  }
}

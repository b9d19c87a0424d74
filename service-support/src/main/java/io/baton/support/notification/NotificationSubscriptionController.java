package io.baton.support.notification;

import io.baton.support.security.Caller;
import io.baton.support.security.Roles;
import io.baton.support.web.InvalidInputException;
import io.baton.support.web.NotFoundException;
import io.baton.support.web.ProblemDetailsAdvice.FieldError;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who hears about this service's event types besides their natural recipients: {@code GET
 * /api/notifications/subscriptions} (the caller's own; an administrator's: everyone's, or one
 * subscriber's with {@code subscriber=}), {@code PUT} and {@code DELETE
 * /api/notifications/subscriptions/{eventType}/{subscriber}}, and {@code GET
 * /api/notifications/event-types}. A user subscribes or mutes for themselves ({@code user:<self>});
 * only an administrator for a role, a team or another user.
 */
@RestController
@RequestMapping("/api/notifications")
public class NotificationSubscriptionController {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

  private final NotificationSubscriptions subscriptions;
  private final NotificationProperties properties;
  private final Clock clock;

  public NotificationSubscriptionController(
      NotificationSubscriptions subscriptions, NotificationProperties properties, Clock clock) {
    this.subscriptions = subscriptions;
    this.properties = properties;
    this.clock = clock;
  }

  /** One event type of this service and the webhook targets (by name) that receive it. */
  public record EventTypeResponse(String eventType, List<String> webhooks) {}

  /** A subscription, as the API answers it. */
  public record SubscriptionResponse(
      String eventType,
      String subscriber,
      SubscriptionMode mode,
      String updatedBy,
      Instant updatedAt) {

    static SubscriptionResponse of(Subscription s) {
      return new SubscriptionResponse(
          s.eventType(), s.subscriber(), s.mode(), s.updatedBy(), s.updatedAt());
    }
  }

  /** What a subscriber wants of an event type. */
  public record SubscriptionRequest(@NotNull SubscriptionMode mode) {}

  @GetMapping("/event-types")
  public List<EventTypeResponse> eventTypes() {
    return properties.eventTypes().stream()
        .map(type -> new EventTypeResponse(type, properties.webhooks().targetsOf(type)))
        .toList();
  }

  @GetMapping("/subscriptions")
  public List<SubscriptionResponse> subscriptions(
      @RequestParam(required = false) String subscriber) {
    Caller caller = Caller.current();
    String whose = subscriber;
    if (!caller.has(Roles.ADMIN)) {
      whose = Recipient.user(caller.username());
      if (subscriber != null && !subscriber.equals(whose)) {
        throw forbidden();
      }
    }
    return subscriptions.list(whose).stream().map(SubscriptionResponse::of).toList();
  }

  @PutMapping("/subscriptions/{eventType}/{subscriber}")
  public SubscriptionResponse put(
      @PathVariable String eventType,
      @PathVariable String subscriber,
      @RequestBody(required = false) SubscriptionRequest request) {
    String by = mayChange(eventType, subscriber, request);
    return SubscriptionResponse.of(
        subscriptions.put(eventType, subscriber, request.mode(), by, clock.instant()));
  }

  @DeleteMapping("/subscriptions/{eventType}/{subscriber}")
  public SubscriptionResponse delete(
      @PathVariable String eventType, @PathVariable String subscriber) {
    mayChange(eventType, subscriber, new SubscriptionRequest(SubscriptionMode.SUBSCRIBE));
    return subscriptions
        .remove(eventType, subscriber)
        .map(SubscriptionResponse::of)
        .orElseThrow(() -> new NotFoundException("Subscription", eventType + "/" + subscriber));
  }

  /** Checks the input, then the caller's right to change it; who changes it. */
  private String mayChange(String eventType, String subscriber, SubscriptionRequest request) {
    List<FieldError> errors = new ArrayList<>();
    if (!properties.eventTypes().contains(eventType)) {
      errors.add(
          new FieldError(
              "eventType", "must be one of this service's event types " + properties.eventTypes()));
    }
    if (!validSubscriber(subscriber)) {
      errors.add(
          new FieldError("subscriber", "must be user:<username>, role:<role> or team:<team>"));
    }
    if (request == null || request.mode() == null) {
      errors.add(new FieldError("mode", "must be subscribe or mute"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Caller caller = Caller.current();
    if (!caller.has(Roles.ADMIN) && !subscriber.equals(Recipient.user(caller.username()))) {
      throw forbidden();
    }
    return caller.username();
  }

  private static boolean validSubscriber(String subscriber) {
    try {
      return NAME.matcher(Recipient.parse(subscriber).name()).matches()
          && subscriber.equals(Recipient.parse(subscriber).toString());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static ErrorResponseException forbidden() {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.FORBIDDEN,
            "Only an administrator reads or changes the subscriptions of a role, a team or another"
                + " user");
    problem.setTitle("Forbidden");
    return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
  }
}

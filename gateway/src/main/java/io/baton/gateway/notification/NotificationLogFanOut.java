package io.baton.gateway.notification;

import io.baton.gateway.correlation.CorrelationId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/notifications}: the delivery logs of all four services in one answer, newest
 * first, at most 200. Each service is asked with the caller's token and the same query parameters
 * (so each applies its own rules: an administrator sees everyone's, anyone else their own), each
 * entry names its {@code service}, and a service that does not answer within {@code
 * baton.notifications.fan-out-timeout}, or answers with an error, is named in {@code unavailable}
 * instead of failing the whole answer. A query parameter a service refuses (400) is refused the
 * same way here. Its client is a plain one: the gateway's route metrics own the {@code
 * http.client.requests} meters.
 */
@RestController
public class NotificationLogFanOut {

  static final int LIMIT = 200;
  private static final Logger log = LoggerFactory.getLogger(NotificationLogFanOut.class);
  private static final ParameterizedTypeReference<List<Map<String, Object>>> DELIVERIES =
      new ParameterizedTypeReference<>() {};

  private final Map<String, URI> services = new LinkedHashMap<>();
  private final WebClient client;
  private final Duration timeout;

  public NotificationLogFanOut(
      @Value("${baton.services.lead-service.url}") URI leadService,
      @Value("${baton.services.handoff-service.url}") URI handoffService,
      @Value("${baton.services.onboarding-service.url}") URI onboardingService,
      @Value("${baton.services.retention-service.url}") URI retentionService,
      @Value("${baton.notifications.fan-out-timeout}") Duration timeout) {
    this.client = WebClient.builder().build();
    this.timeout = timeout;
    services.put("lead-service", leadService);
    services.put("handoff-service", handoffService);
    services.put("onboarding-service", onboardingService);
    services.put("retention-service", retentionService);
  }

  /** The merged log: {@code deliveries} (each with its {@code service}) and {@code unavailable}. */
  public record MergedLog(List<Map<String, Object>> deliveries, List<String> unavailable) {}

  /** One service's answer: its deliveries, or that it was unavailable, or its refusal. */
  private record Answer(
      String service, List<Map<String, Object>> deliveries, ResponseEntity<String> refusal) {

    static Answer unavailable(String service) {
      return new Answer(service, null, null);
    }
  }

  @GetMapping("/api/notifications")
  public Mono<ResponseEntity<?>> deliveries(ServerHttpRequest request) {
    return Flux.fromIterable(services.entrySet())
        .flatMap(service -> ask(service.getKey(), service.getValue(), request))
        .collectList()
        .map(NotificationLogFanOut::merge);
  }

  private Mono<Answer> ask(String service, URI base, ServerHttpRequest request) {
    String query = request.getURI().getRawQuery();
    URI uri =
        URI.create(
            base.toString().replaceAll("/$", "")
                + "/api/notifications"
                + (query == null ? "" : "?" + query));
    return client
        .get()
        .uri(uri)
        .accept(MediaType.APPLICATION_JSON)
        .headers(headers -> copy(request.getHeaders(), headers))
        .exchangeToMono(
            response -> {
              if (response.statusCode().is2xxSuccessful()) {
                return response
                    .bodyToMono(DELIVERIES)
                    .defaultIfEmpty(List.of())
                    .map(deliveries -> new Answer(service, deliveries, null));
              }
              if (response.statusCode().value() == HttpStatus.BAD_REQUEST.value()) {
                return response
                    .toEntity(String.class)
                    .map(refusal -> new Answer(service, null, refusal));
              }
              log.warn(
                  "Notification log of {} left out: it answered {}",
                  service,
                  response.statusCode().value());
              return response.releaseBody().thenReturn(Answer.unavailable(service));
            })
        .timeout(timeout)
        .onErrorResume(
            e -> {
              log.warn("Notification log of {} left out: {}", service, e.toString());
              return Mono.just(Answer.unavailable(service));
            });
  }

  private static void copy(HttpHeaders from, HttpHeaders to) {
    Optional.ofNullable(from.getFirst(HttpHeaders.AUTHORIZATION))
        .ifPresent(authorization -> to.set(HttpHeaders.AUTHORIZATION, authorization));
    Optional.ofNullable(from.getFirst(CorrelationId.HEADER))
        .ifPresent(correlationId -> to.set(CorrelationId.HEADER, correlationId));
  }

  private static ResponseEntity<?> merge(List<Answer> answers) {
    for (Answer answer : answers) {
      if (answer.refusal() != null) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
            .contentType(
                Optional.ofNullable(answer.refusal().getHeaders().getContentType())
                    .orElse(MediaType.APPLICATION_PROBLEM_JSON))
            .body(answer.refusal().getBody());
      }
    }
    List<Map<String, Object>> deliveries = new ArrayList<>();
    List<String> unavailable = new ArrayList<>();
    for (Answer answer : answers) {
      if (answer.deliveries() == null) {
        unavailable.add(answer.service());
        continue;
      }
      for (Map<String, Object> delivery : answer.deliveries()) {
        Map<String, Object> entry = new LinkedHashMap<>(delivery);
        entry.put("service", answer.service());
        deliveries.add(entry);
      }
    }
    deliveries.sort(
        Comparator.comparing(
                NotificationLogFanOut::createdAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(entry -> String.valueOf(entry.get("service"))));
    unavailable.sort(Comparator.naturalOrder());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            new MergedLog(
                List.copyOf(deliveries.subList(0, Math.min(LIMIT, deliveries.size()))),
                List.copyOf(unavailable)));
  }

  private static Instant createdAt(Map<String, Object> delivery) {
    Object createdAt = delivery.get("createdAt");
    if (createdAt == null) {
      return null;
    }
    try {
      return Instant.parse(createdAt.toString());
    } catch (DateTimeParseException notAnInstant) {
      return null;
    }
  }
}

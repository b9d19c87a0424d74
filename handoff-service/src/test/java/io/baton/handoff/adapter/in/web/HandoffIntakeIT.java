package io.baton.handoff.adapter.in.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.baton.testsupport.TestIntake.bytes;
import static io.baton.testsupport.TestIntake.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.baton.engine.EmbeddedEngine;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.TestIntake;
import io.baton.testsupport.TestTokens;
import io.baton.workflows.ProcessDeployer;
import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Won deals a CRM pushes by signed webhook, over real HTTP without a token, as HubSpot and a
 * webhook sender would send them, against the real engine in this JVM and lead-service as a
 * WireMock: a signed deal registers its handoff and starts its process, HubSpot's deal finds its
 * lead through its associated contact, the signature is the only way in, a duplicate is the handoff
 * registered before, a wrong field is named in the payload's own terms, and a refused request
 * stores nothing.
 */
@ExtendWith(HandoffIntakeIT.StopTheEngineLast.class)
@BatonServiceTest
@DirtiesContext
class HandoffIntakeIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HUBSPOT = "/api/handoffs/intake/hubspot";
  private static final String WEBHOOK = "/api/handoffs/intake/webhook";
  private static final String OWNER_ID = "31268510";
  private static final WireMockServer LEAD_SERVICE =
      new WireMockServer(wireMockConfig().dynamicPort());
  private static final Path DATA_DIR = temporaryDirectory();
  private static final EmbeddedEngine ENGINE = startEngine();
  private static final AtomicBoolean DEPLOYED = new AtomicBoolean();

  @Autowired private TestRestTemplate http;
  @Autowired private MongoTemplate mongo;
  @Autowired private CamundaClient client;

  @DynamicPropertySource
  static void pointAtTheEngineAndLeadService(DynamicPropertyRegistry registry) {
    LEAD_SERVICE.start();
    registry.add("baton.services.lead-service.url", LEAD_SERVICE::baseUrl);
    registry.add("camunda.client.grpc-address", () -> "http://127.0.0.1:" + ENGINE.grpcPort());
    registry.add("camunda.client.request-timeout", () -> "PT30S");
    registry.add("baton.intake.hubspot.owners." + OWNER_ID, () -> "sam");
  }

  /** The engine outlives every client of it: this runs after the service's context is closed. */
  static class StopTheEngineLast implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext extension) throws IOException {
      ENGINE.stop();
      LEAD_SERVICE.stop();
      try (Stream<Path> files = Files.walk(DATA_DIR)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  @BeforeEach
  void deployTheProcessesOnce() {
    if (DEPLOYED.compareAndSet(false, true)) {
      ProcessDeployer.deployAll(client);
    }
  }

  @Test
  void aHubSpotSignedDealStartsItsHandoffWithTheLeadOfItsAssociatedContact() throws Exception {
    String id = hubSpotId();
    String contact = hubSpotId();
    String leadId = "L-HS" + id.substring(0, 8);
    LEAD_SERVICE.stubFor(
        get(urlPathEqualTo("/api/leads"))
            .withQueryParam("externalId", equalTo("hubspot-contact-" + contact))
            .willReturn(json("[{\"leadId\":\"" + leadId + "\",\"status\":\"converted\"}]")));
    LEAD_SERVICE.stubFor(
        get("/api/leads/" + leadId + "/context")
            .willReturn(
                json(
                    """
                    {"leadId":"%s","source":{"channel":"paid-search","campaign":"winter-webinar"},
                     "interest":"demo-request","owner":"sam","attempts":[],"notes":[],
                     "receivedAt":"2026-11-02T09:15:30Z"}
                    """
                        .formatted(leadId))));

    HttpResponse<String> response = postHubSpot(aHubSpotDeal(id, contact));

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.headers().firstValue("Location"))
        .hasValue("/api/handoffs/hubspot-deal-" + id);
    JsonNode registered = JSON.readTree(response.body());
    assertThat(registered.path("dealId").asText()).isEqualTo("hubspot-deal-" + id);
    assertThat(registered.path("leadId").asText()).isEqualTo(leadId);
    assertThat(registered.path("customerName").asText()).isEqualTo("Hubbard Logistics");
    assertThat(registered.path("salesOwner").asText()).isEqualTo("sam");
    assertThat(registered.path("arr").decimalValue()).isEqualByComparingTo("48000.50");
    assertThat(registered.path("closeDate").asText()).isEqualTo("2026-11-20");
    JsonNode started = processStarted("hubspot-deal-" + id);
    assertThat(started.path("status").asText()).isEqualTo("AWAITING_BRIEF");
    JsonNode withContext =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> handoff("hubspot-deal-" + id),
                handoff -> handoff.path("context").path("available").asBoolean());
    assertThat(withContext.path("context").path("campaign").asText()).isEqualTo("winter-webinar");
    LEAD_SERVICE.verify(
        getRequestedFor(urlPathEqualTo("/api/leads"))
            .withQueryParam("externalId", equalTo("hubspot-contact-" + contact)));
  }

  @Test
  void aSignedWebhookInBatonsFormatStartsItsHandoff() throws Exception {
    String dealId = "webhook-" + UUID.randomUUID();

    HttpResponse<String> response = postWebhook(aWonDeal(dealId));

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.headers().firstValue("Location")).hasValue("/api/handoffs/" + dealId);
    assertThat(processStarted(dealId).path("customerName").asText()).isEqualTo("Webhook GmbH");
  }

  @Test
  void theSameDealAgainIsTheHandoffRegisteredBeforeInEitherFormat() throws Exception {
    String id = hubSpotId();
    Map<String, Object> deal = aHubSpotDeal(id, null);
    String dealId = "webhook-" + UUID.randomUUID();

    assertThat(postHubSpot(deal).statusCode()).isEqualTo(202);
    HttpResponse<String> hubSpotAgain = postHubSpot(deal);
    assertThat(postWebhook(aWonDeal(dealId)).statusCode()).isEqualTo(202);
    HttpResponse<String> webhookAgain = postWebhook(aWonDeal(dealId));

    assertThat(hubSpotAgain.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(hubSpotAgain.body()).path("dealId").asText())
        .isEqualTo("hubspot-deal-" + id);
    assertThat(JSON.readTree(hubSpotAgain.body()).hasNonNull("leadId")).isFalse();
    assertThat(webhookAgain.statusCode()).isEqualTo(200);
    assertThat(handoffs("hubspot-deal-" + id)).isEqualTo(1);
    assertThat(handoffs(dealId)).isEqualTo(1);
  }

  @Test
  void refusesEveryBadSignatureWith401AndStoresNothing() {
    String id = hubSpotId();
    byte[] hubSpotBody = bytes(aHubSpotDeal(id, null));
    String dealId = "webhook-" + UUID.randomUUID();
    byte[] webhookBody = bytes(aWonDeal(dealId));
    Instant now = Instant.now();
    Map<String, Map<String, String>> hubSpot = new LinkedHashMap<>();
    hubSpot.put("none", Map.of());
    hubSpot.put(
        "with another secret",
        TestIntake.hubSpotHeaders(
            UUID.randomUUID().toString(), TestIntake.PUBLIC_URL + HUBSPOT, hubSpotBody, now));
    hubSpot.put(
        "of another body",
        TestIntake.hubSpotHeaders(HUBSPOT, bytes(aHubSpotDeal(hubSpotId(), null))));
    hubSpot.put("of another path", TestIntake.hubSpotHeaders(WEBHOOK, hubSpotBody));
    hubSpot.put(
        "6 minutes old (a replay)",
        TestIntake.hubSpotHeaders(
            TestIntake.HUBSPOT_CLIENT_SECRET,
            TestIntake.PUBLIC_URL + HUBSPOT,
            hubSpotBody,
            now.minus(Duration.ofMinutes(6))));
    hubSpot.put(
        "6 minutes ahead",
        TestIntake.hubSpotHeaders(
            TestIntake.HUBSPOT_CLIENT_SECRET,
            TestIntake.PUBLIC_URL + HUBSPOT,
            hubSpotBody,
            now.plus(Duration.ofMinutes(6))));
    hubSpot.put(
        "a sales rep's token instead",
        Map.of("Authorization", "Bearer " + TestTokens.of("sam", "sales")));
    Map<String, Map<String, String>> webhook = new LinkedHashMap<>();
    webhook.put("none", Map.of());
    webhook.put(
        "with another secret",
        TestIntake.webhookHeaders("another-" + UUID.randomUUID(), webhookBody, now));
    webhook.put("of another body", TestIntake.webhookHeaders(bytes(aWonDeal("webhook-other"))));
    webhook.put(
        "6 minutes old (a replay)",
        TestIntake.webhookHeaders(
            TestIntake.WEBHOOK_SECRET, webhookBody, now.minus(Duration.ofMinutes(6))));
    webhook.put(
        "6 minutes ahead",
        TestIntake.webhookHeaders(
            TestIntake.WEBHOOK_SECRET, webhookBody, now.plus(Duration.ofMinutes(6))));

    hubSpot.forEach((fault, headers) -> assertRefused(HUBSPOT, fault, headers, hubSpotBody));
    webhook.forEach((fault, headers) -> assertRefused(WEBHOOK, fault, headers, webhookBody));

    assertThat(handoffs("hubspot-deal-" + id)).isZero();
    assertThat(handoffs(dealId)).isZero();
  }

  @Test
  void namesAWrongHubSpotPropertyAsHubSpotNamesItAndStoresNothing() throws Exception {
    String id = hubSpotId();
    Map<String, Object> deal = aHubSpotDeal(id, null);
    Map<String, Object> properties = properties(deal);
    properties.put("amount", "lots");
    properties.put("hubspot_owner_id", "999");
    properties.put("hs_is_closed_won", "false");
    HttpResponse<String> unmappable = postHubSpot(deal);
    properties.put("amount", "-5");
    properties.put("hubspot_owner_id", OWNER_ID);
    properties.put("hs_is_closed_won", "true");
    properties.put("closedate", "2999-01-01T00:00:00Z");
    HttpResponse<String> invalid = postHubSpot(deal);
    properties.remove("dealname");
    HttpResponse<String> missing = postHubSpot(deal);

    assertThat(unmappable.statusCode()).isEqualTo(400);
    assertThat(unmappable.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(fields(unmappable))
        .containsExactlyInAnyOrder(
            "properties.amount", "properties.hubspot_owner_id", "properties.hs_is_closed_won");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(fields(invalid)).containsExactly("properties.amount", "properties.closedate");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(fields(missing)).containsExactly("properties.dealname");
    assertThat(handoffs("hubspot-deal-" + id)).isZero();
  }

  @Test
  void namesAWrongFieldOfTheWebhookFormatAndStoresNothing() throws Exception {
    String dealId = "webhook-" + UUID.randomUUID();
    Map<String, Object> deal = aWonDeal(dealId);
    deal.remove("salesOwner");
    deal.put("arr", -1);

    HttpResponse<String> response = postWebhook(deal);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(fields(response)).containsExactly("arr", "salesOwner");
    assertThat(handoffs(dealId)).isZero();
  }

  @Test
  void answers503AndStoresNothingWhileLeadServiceCannotSayWhichLeadTheContactIs() throws Exception {
    String id = hubSpotId();
    String contact = hubSpotId();
    LEAD_SERVICE.stubFor(
        get(urlPathEqualTo("/api/leads"))
            .withQueryParam("externalId", equalTo("hubspot-contact-" + contact))
            .willReturn(aResponse().withStatus(503)));

    HttpResponse<String> response = postHubSpot(aHubSpotDeal(id, contact));

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).isPresent();
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(handoffs("hubspot-deal-" + id)).isZero();
  }

  private void assertRefused(String path, String fault, Map<String, String> headers, byte[] body) {
    HttpResponse<String> response = send(path, headers, body);

    assertThat(response.statusCode()).as(path + " signed " + fault).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .as(path + " signed " + fault)
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  /** The handoff once its process picked the deal up: the process started. */
  private JsonNode processStarted(String dealId) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> handoff(dealId),
            handoff -> !handoff.path("processInstanceKey").asText("").isEmpty());
  }

  private JsonNode handoff(String dealId) throws IOException {
    return JSON.readTree(http.getForObject("/api/handoffs/" + dealId, String.class));
  }

  private static Map<String, Object> aHubSpotDeal(String id, String contact) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("dealname", "Hubbard Logistics");
    properties.put("amount", "48000.50");
    properties.put("closedate", "2026-11-20T10:00:00.000Z");
    properties.put("dealstage", "closedwon");
    properties.put("hs_is_closed_won", "true");
    properties.put("hubspot_owner_id", OWNER_ID);
    properties.put("pipeline", "default");
    Map<String, Object> deal = new HashMap<>();
    deal.put("id", id);
    deal.put("properties", properties);
    deal.put("archived", false);
    if (contact != null) {
      deal.put(
          "associations",
          Map.of(
              "contacts",
              Map.of("results", List.of(Map.of("id", contact, "type", "deal_to_contact")))));
    }
    return deal;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> properties(Map<String, Object> deal) {
    return (Map<String, Object>) deal.get("properties");
  }

  private static Map<String, Object> aWonDeal(String dealId) {
    Map<String, Object> deal = new HashMap<>();
    deal.put("dealId", dealId);
    deal.put("customerName", "Webhook GmbH");
    deal.put("salesOwner", "sam");
    deal.put("arr", 24000);
    deal.put("closeDate", "2026-11-20");
    return deal;
  }

  private static String hubSpotId() {
    return Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()));
  }

  private HttpResponse<String> postHubSpot(Map<String, Object> deal) {
    byte[] body = bytes(deal);
    return send(HUBSPOT, TestIntake.hubSpotHeaders(HUBSPOT, body), body);
  }

  private HttpResponse<String> postWebhook(Map<String, Object> deal) {
    byte[] body = bytes(deal);
    return send(WEBHOOK, TestIntake.webhookHeaders(body), body);
  }

  private HttpResponse<String> send(String path, Map<String, String> headers, byte[] body) {
    return TestIntake.send(http.getRootUri(), "POST", path, headers, body);
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private long handoffs(String dealId) {
    return mongo.getCollection("handoffs").countDocuments(new Document("_id", dealId));
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("baton-intake-engine");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static EmbeddedEngine startEngine() {
    EmbeddedEngine engine = new EmbeddedEngine(DATA_DIR, 0, Duration.ofSeconds(15), List.of());
    engine.start();
    return engine;
  }
}

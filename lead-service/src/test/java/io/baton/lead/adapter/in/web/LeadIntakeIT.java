package io.baton.lead.adapter.in.web;

import static io.baton.testsupport.TestIntake.bytes;
import static io.baton.testsupport.TestIntake.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.TestIntake;
import io.baton.testsupport.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Leads a CRM pushes by signed webhook, over real HTTP without a token, as HubSpot and a webhook
 * sender would send them: the signature is the only way in, a duplicate is the lead received
 * before, a wrong field is named in the payload's own terms, and a refused request stores nothing.
 */
@BatonServiceTest
class LeadIntakeIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HUBSPOT = "/api/leads/intake/hubspot";
  private static final String WEBHOOK = "/api/leads/intake/webhook";

  @Autowired private TestRestTemplate http;
  @Autowired private MongoTemplate mongo;

  @Test
  void aHubSpotSignedContactBecomesALeadWithTheMappedFieldsAndItsReceivedAt() throws Exception {
    String id = hubSpotId();
    Map<String, Object> contact = aHubSpotContact(id);

    HttpResponse<String> response = postHubSpot(contact);

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode answered = JSON.readTree(response.body());
    String leadId = answered.path("leadId").asText();
    assertThat(response.headers().firstValue("Location")).hasValue("/api/leads/" + leadId);
    JsonNode lead = JSON.readTree(http.getForObject("/api/leads/" + leadId, String.class));
    assertThat(lead.path("externalId").asText()).isEqualTo("hubspot-contact-" + id);
    assertThat(lead.path("company").path("name").asText()).isEqualTo("Hubbard Logistics");
    assertThat(lead.path("company").path("size").asInt()).isEqualTo(100);
    assertThat(lead.path("contact").path("name").asText()).isEqualTo("Hana Hubbard");
    assertThat(lead.path("contact").path("email").asText())
        .isEqualTo("hana-" + id + "@hubbard.example");
    assertThat(lead.path("contact").path("phone").asText()).isEqualTo("+49 30 1234567");
    assertThat(lead.path("contact").path("title").asText()).isEqualTo("Head of Operations");
    assertThat(lead.path("source").path("channel").asText()).isEqualTo("paid-search");
    assertThat(lead.path("source").path("campaign").asText()).isEqualTo("winter-webinar");
    assertThat(lead.path("interest").asText()).isEqualTo("demo-request");
    assertThat(lead.path("intent").asText())
        .isEqualTo("We lose customers between sales and onboarding.");
    assertThat(Instant.parse(lead.path("receivedAt").asText()))
        .isEqualTo(Instant.parse("2026-11-02T09:15:30.250Z"));
    assertThat(outboxMessageIds(leadId)).containsExactly("lead-received:" + leadId);
  }

  @Test
  void mapsHubSpotsFallbacksTheCampaignFromTheDrillDownTheNameFromTheEmailOfflineAsOutbound()
      throws Exception {
    String id = hubSpotId();
    Map<String, Object> properties = new HashMap<>();
    properties.put("email", "only-" + id + "@mail.example");
    properties.put("company", "Mail Only Ltd");
    properties.put("hs_analytics_source", "OFFLINE");
    properties.put("hs_analytics_source_data_1", "IMPORT");
    properties.put("createdate", "1793437200000");

    HttpResponse<String> response = postHubSpot(Map.of("id", id, "properties", properties));

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode lead = JSON.readTree(response.body());
    assertThat(lead.path("contact").path("name").asText())
        .isEqualTo("only-" + id + "@mail.example");
    assertThat(lead.path("source").path("channel").asText()).isEqualTo("outbound");
    assertThat(lead.path("source").path("campaign").asText()).isEqualTo("IMPORT");
    assertThat(lead.path("company").path("size").isNull()).isTrue();
    assertThat(lead.path("receivedAt").asText()).isEqualTo("2026-10-31T09:00:00Z");
  }

  @Test
  void theSameHubSpotContactAgainIsTheLeadReceivedBeforeAndStoredOnce() throws Exception {
    String id = hubSpotId();
    String first = JSON.readTree(postHubSpot(aHubSpotContact(id)).body()).path("leadId").asText();

    HttpResponse<String> again = postHubSpot(aHubSpotContact(id));

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).path("leadId").asText()).isEqualTo(first);
    assertThat(leadsWithExternalId("hubspot-contact-" + id)).isEqualTo(1);
    assertThat(
            JSON.readTree(
                    http.getForObject("/api/leads?externalId=hubspot-contact-" + id, String.class))
                .findValuesAsText("leadId"))
        .containsExactly(first);
  }

  @Test
  void ignoresPropertiesAndFieldsItDoesNotMap() throws Exception {
    String id = hubSpotId();
    Map<String, Object> contact = new LinkedHashMap<>(aHubSpotContact(id));
    @SuppressWarnings("unchecked")
    Map<String, Object> properties = new HashMap<>((Map<String, Object>) contact.get("properties"));
    properties.put("hs_object_id", id);
    properties.put("lifecyclestage", "lead");
    properties.put("hubspot_owner_id", "31268510");
    contact.put("properties", properties);
    contact.put("archived", false);
    contact.put("createdAt", "2026-11-02T09:15:30.250Z");
    contact.put("status", "won");

    HttpResponse<String> response = postHubSpot(contact);

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(JSON.readTree(response.body()).path("status").asText()).isEqualTo("new");
  }

  @Test
  void aSignedWebhookInBatonsFormatBecomesALeadAndTheSameExternalIdAgainIsThatLead()
      throws Exception {
    String externalId = "crm-" + UUID.randomUUID();
    Map<String, Object> lead = aLeadRequest(externalId);

    HttpResponse<String> created = postWebhook(lead);
    HttpResponse<String> again = postWebhook(lead);

    assertThat(created.statusCode()).isEqualTo(201);
    String leadId = JSON.readTree(created.body()).path("leadId").asText();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/leads/" + leadId);
    assertThat(JSON.readTree(created.body()).path("receivedAt").asText())
        .isEqualTo("2026-11-03T08:00:00Z");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).path("leadId").asText()).isEqualTo(leadId);
    assertThat(leadsWithExternalId(externalId)).isEqualTo(1);
  }

  @Test
  void refusesEveryBadHubSpotSignatureWith401AndStoresNothing() throws Exception {
    String id = hubSpotId();
    byte[] body = bytes(aHubSpotContact(id));
    byte[] tampered = bytes(aHubSpotContact(hubSpotId()));
    Instant now = Instant.now();
    Map<String, Map<String, String>> badSignatures = new LinkedHashMap<>();
    badSignatures.put("none", Map.of());
    badSignatures.put(
        "with another secret",
        TestIntake.hubSpotHeaders(
            UUID.randomUUID().toString(), TestIntake.PUBLIC_URL + HUBSPOT, body, now));
    badSignatures.put("of another body", TestIntake.hubSpotHeaders(HUBSPOT, tampered));
    badSignatures.put("of another path", TestIntake.hubSpotHeaders(WEBHOOK, body));
    badSignatures.put(
        "of another host",
        TestIntake.hubSpotHeaders(
            TestIntake.HUBSPOT_CLIENT_SECRET, "https://evil.example" + HUBSPOT, body, now));
    badSignatures.put(
        "6 minutes old (a replay)",
        TestIntake.hubSpotHeaders(
            TestIntake.HUBSPOT_CLIENT_SECRET,
            TestIntake.PUBLIC_URL + HUBSPOT,
            body,
            now.minus(Duration.ofMinutes(6))));
    badSignatures.put(
        "6 minutes ahead",
        TestIntake.hubSpotHeaders(
            TestIntake.HUBSPOT_CLIENT_SECRET,
            TestIntake.PUBLIC_URL + HUBSPOT,
            body,
            now.plus(Duration.ofMinutes(6))));
    badSignatures.put(
        "in Baton's format",
        TestIntake.webhookHeaders(TestIntake.HUBSPOT_CLIENT_SECRET, body, now));

    badSignatures.forEach(
        (fault, headers) -> {
          HttpResponse<String> response = send(HUBSPOT, headers, body);

          assertThat(response.statusCode()).as(fault).isEqualTo(401);
          assertThat(response.headers().firstValue("Content-Type"))
              .as(fault)
              .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
          assertThat(response.body()).as(fault).contains("X-HubSpot-Signature-v3");
        });
    assertThat(leadsWithExternalId("hubspot-contact-" + id)).isZero();
  }

  @Test
  void refusesEveryBadWebhookSignatureWith401AndStoresNothing() throws Exception {
    String externalId = "crm-" + UUID.randomUUID();
    byte[] body = bytes(aLeadRequest(externalId));
    Instant now = Instant.now();
    Map<String, Map<String, String>> badSignatures = new LinkedHashMap<>();
    badSignatures.put("none", Map.of());
    badSignatures.put(
        "with another secret",
        TestIntake.webhookHeaders("another-" + UUID.randomUUID(), body, now));
    badSignatures.put(
        "of another body", TestIntake.webhookHeaders(bytes(aLeadRequest("crm-other"))));
    badSignatures.put(
        "6 minutes old (a replay)",
        TestIntake.webhookHeaders(
            TestIntake.WEBHOOK_SECRET, body, now.minus(Duration.ofMinutes(6))));
    badSignatures.put(
        "6 minutes ahead",
        TestIntake.webhookHeaders(
            TestIntake.WEBHOOK_SECRET, body, now.plus(Duration.ofMinutes(6))));
    badSignatures.put(
        "HubSpot's",
        TestIntake.hubSpotHeaders(
            TestIntake.WEBHOOK_SECRET, TestIntake.PUBLIC_URL + WEBHOOK, body, now));
    badSignatures.put(
        "an administrator's token instead",
        Map.of("Authorization", "Bearer " + TestTokens.of("ada", "admin", "system")));

    badSignatures.forEach(
        (fault, headers) -> {
          HttpResponse<String> response = send(WEBHOOK, headers, body);

          assertThat(response.statusCode()).as(fault).isEqualTo(401);
          assertThat(response.headers().firstValue("Content-Type"))
              .as(fault)
              .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        });
    assertThat(leadsWithExternalId(externalId)).isZero();
  }

  @Test
  void opensNothingButPostToTheIntakePaths() {
    byte[] body = bytes(aHubSpotContact(hubSpotId()));

    assertThat(send("GET", HUBSPOT, Map.of(), null).statusCode()).isEqualTo(401);
    assertThat(
            send(
                    "POST",
                    HUBSPOT + "/more",
                    TestIntake.hubSpotHeaders(HUBSPOT + "/more", body),
                    body)
                .statusCode())
        .isEqualTo(401);
    assertThat(send("POST", "/api/leads", TestIntake.webhookHeaders(body), body).statusCode())
        .isEqualTo(401);
    assertThat(send("GET", "/api/leads?externalId=x", Map.of(), null).statusCode()).isEqualTo(401);
    HttpResponse<String> encoded = send("POST", "/api/leads/intake/%68ubspot", Map.of(), body);
    assertThat(encoded.statusCode()).isEqualTo(401);
    assertThat(encoded.body()).contains("X-HubSpot-Signature-v3");
  }

  @Test
  void namesAWrongHubSpotPropertyAsHubSpotNamesItAndStoresNothing() throws Exception {
    String id = hubSpotId();
    Map<String, Object> contact = aHubSpotContact(id);
    @SuppressWarnings("unchecked")
    Map<String, Object> properties = new HashMap<>((Map<String, Object>) contact.get("properties"));
    properties.put("email", "not-an-address");
    properties.put("numemployees", "lots");
    properties.put("createdate", "yesterday");
    properties.remove("company");

    HttpResponse<String> missingCompany = postHubSpot(Map.of("id", id, "properties", properties));
    properties.put("company", "Hubbard Logistics");
    HttpResponse<String> unmappable = postHubSpot(Map.of("id", id, "properties", properties));
    properties.put("numemployees", "250");
    properties.put("createdate", "2999-01-01T00:00:00Z");
    HttpResponse<String> invalid = postHubSpot(Map.of("id", id, "properties", properties));

    assertThat(missingCompany.statusCode()).isEqualTo(400);
    assertThat(missingCompany.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(fields(missingCompany)).containsExactly("properties.company");
    assertThat(unmappable.statusCode()).isEqualTo(400);
    assertThat(fields(unmappable))
        .containsExactlyInAnyOrder("properties.numemployees", "properties.createdate");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(fields(invalid)).containsExactly("properties.createdate", "properties.email");
    assertThat(leadsWithExternalId("hubspot-contact-" + id)).isZero();
    assertThat(
            mongo
                .getCollection("leads")
                .countDocuments(new Document("contact.email", "not-an-address")))
        .isZero();
  }

  @Test
  void namesAWrongFieldOfTheWebhookFormatAndStoresNothing() throws Exception {
    String externalId = "crm-" + UUID.randomUUID();
    Map<String, Object> lead = aLeadRequest(externalId);
    lead.put("contact", Map.of("name", "No Address"));
    lead.put("source", Map.of("channel", "carrier-pigeon", "campaign", "winter"));

    HttpResponse<String> response = postWebhook(lead);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(fields(response)).containsExactly("source.channel");
    lead.put("source", Map.of("channel", "webinar", "campaign", "winter"));
    HttpResponse<String> noEmail = postWebhook(lead);
    assertThat(noEmail.statusCode()).isEqualTo(400);
    assertThat(fields(noEmail)).containsExactly("contact.email");
    assertThat(leadsWithExternalId(externalId)).isZero();
  }

  private static Map<String, Object> aHubSpotContact(String id) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("firstname", "Hana");
    properties.put("lastname", "Hubbard");
    properties.put("email", "hana-" + id + "@hubbard.example");
    properties.put("phone", "+49 30 1234567");
    properties.put("jobtitle", "Head of Operations");
    properties.put("company", "Hubbard Logistics");
    properties.put("numemployees", "100-500");
    properties.put("hs_analytics_source", "PAID_SOCIAL");
    properties.put("hs_analytics_source_data_1", "linkedin");
    properties.put("utm_campaign", "winter-webinar");
    properties.put("message", "We lose customers between sales and onboarding.");
    properties.put("createdate", "2026-11-02T09:15:30.250Z");
    properties.put("baton_interest", "demo-request");
    return Map.of("id", id, "properties", properties);
  }

  private static Map<String, Object> aLeadRequest(String externalId) {
    Map<String, Object> lead = new HashMap<>();
    lead.put("externalId", externalId);
    lead.put("company", Map.of("name", "Webhook GmbH", "size", 40));
    lead.put(
        "contact",
        Map.of("name", "Wanda Hook", "email", "wanda-" + UUID.randomUUID() + "@hook.example"));
    lead.put("source", Map.of("channel", "webinar", "campaign", "winter-webinar"));
    lead.put("receivedAt", "2026-11-03T08:00:00Z");
    return lead;
  }

  private static String hubSpotId() {
    return Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()));
  }

  private HttpResponse<String> postHubSpot(Map<String, Object> contact) {
    byte[] body = bytes(contact);
    return send(HUBSPOT, TestIntake.hubSpotHeaders(HUBSPOT, body), body);
  }

  private HttpResponse<String> postWebhook(Map<String, Object> lead) {
    byte[] body = bytes(lead);
    return send(WEBHOOK, TestIntake.webhookHeaders(body), body);
  }

  private HttpResponse<String> send(String path, Map<String, String> headers, byte[] body) {
    return send("POST", path, headers, body);
  }

  private HttpResponse<String> send(
      String method, String path, Map<String, String> headers, byte[] body) {
    return TestIntake.send(http.getRootUri(), method, path, headers, body);
  }

  private long leadsWithExternalId(String externalId) {
    return mongo.getCollection("leads").countDocuments(new Document("externalId", externalId));
  }

  private List<String> outboxMessageIds(String leadId) {
    Document lead = mongo.findById(leadId, Document.class, "leads");
    return lead.getList("outbox", Document.class).stream()
        .map(message -> message.getString("messageId"))
        .toList();
  }
}

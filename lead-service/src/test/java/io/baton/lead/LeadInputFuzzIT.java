package io.baton.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.InputFuzzContract;
import io.baton.testsupport.TestIntake;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Bad input to every POST and PUT of lead-service, against a lead that exists; to the CRM intake
 * signed as its senders sign, so the bad input gets past the signature to the checks behind it.
 */
@BatonServiceTest
class LeadInputFuzzIT extends InputFuzzContract {

  private static final String HUBSPOT = "/api/leads/intake/hubspot";
  private static final String WEBHOOK = "/api/leads/intake/webhook";

  @Override
  protected Map<String, Object> validBodies() {
    return Map.of(
        "POST " + HUBSPOT,
        Map.of(
            "id",
            "fuzz-contact-1",
            "properties",
            Map.of(
                "firstname", "Fay",
                "lastname", "Fuzz",
                "email", "fay-hubspot@fuzz.example",
                "company", "Fuzz Corp",
                "numemployees", "25-50",
                "hs_analytics_source", "PAID_SEARCH",
                "utm_campaign", "fuzz-campaign",
                "createdate", "2026-11-02T09:00:00.000Z",
                "baton_interest", "demo-request")));
  }

  @Override
  protected Map<String, String> signatureHeaders(HttpMethod method, String path, byte[] body) {
    return switch (path) {
      case HUBSPOT -> TestIntake.hubSpotHeaders(path, body);
      case WEBHOOK -> TestIntake.webhookHeaders(body);
      default -> Map.of();
    };
  }

  @Override
  protected Map<String, String> existingIds() {
    ResponseEntity<String> lead =
        http.postForEntity(
            "/api/leads",
            Map.of(
                "company", Map.of("name", "Fuzz Corp", "size", 40),
                "contact",
                    Map.of(
                        "name", "Fay Fuzz", "email", "fay-" + UUID.randomUUID() + "@fuzz.example"),
                "source", Map.of("channel", "webinar", "campaign", "fuzz-campaign"),
                "intent", "Wants to see what bad input does"),
            String.class);
    assertThat(lead.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    try {
      return Map.of("leadId", new ObjectMapper().readTree(lead.getBody()).path("leadId").asText());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

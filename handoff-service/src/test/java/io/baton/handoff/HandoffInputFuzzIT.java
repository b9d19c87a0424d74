package io.baton.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.InputFuzzContract;
import io.baton.testsupport.TestIntake;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * Bad input to every POST and PUT of handoff-service, against a handoff that exists; to the CRM
 * intake signed as its senders sign, so the bad input gets past the signature to the checks behind
 * it.
 */
@BatonServiceTest
class HandoffInputFuzzIT extends InputFuzzContract {

  private static final String DEAL = "fuzz-deal-1";
  private static final String HUBSPOT = "/api/handoffs/intake/hubspot";
  private static final String WEBHOOK = "/api/handoffs/intake/webhook";

  @Override
  protected Map<String, Object> validBodies() {
    return Map.of(
        "POST " + HUBSPOT,
        Map.of(
            "id",
            "4242",
            "properties",
            Map.of(
                "dealname", "Fuzz Corp",
                "amount", "48000",
                "closedate", "2026-11-20T10:00:00.000Z",
                "hubspot_owner_id", "101",
                "hs_is_closed_won", "true"),
            "associations",
            Map.of(
                "contacts",
                Map.of("results", List.of(Map.of("id", "51", "type", "deal_to_contact"))))));
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
    assertThat(
            http.postForEntity(
                    "/api/handoffs",
                    Map.of(
                        "dealId", DEAL,
                        "customerName", "Fuzz Corp",
                        "salesOwner", "sam",
                        "arr", 48000,
                        "closeDate", "2026-11-20"),
                    String.class)
                .getStatusCode())
        .isIn(HttpStatus.ACCEPTED, HttpStatus.OK);
    return Map.of("dealId", DEAL);
  }
}

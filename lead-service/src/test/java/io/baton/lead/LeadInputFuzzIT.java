package io.baton.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.InputFuzzContract;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Bad input to every POST and PUT of lead-service, against a lead that exists. */
@BatonServiceTest
class LeadInputFuzzIT extends InputFuzzContract {

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

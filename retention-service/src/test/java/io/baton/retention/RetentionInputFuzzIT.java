package io.baton.retention;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.InputFuzzContract;
import java.util.HashMap;
import java.util.Map;

/**
 * Bad input to every POST and PUT of retention-service, against a customer and a save play that
 * exist.
 */
@BatonServiceTest
class RetentionInputFuzzIT extends InputFuzzContract {

  @Override
  protected Map<String, Object> validBodies() {
    Map<String, Object> signal =
        RetentionApi.aSignal(RetentionApi.newId("fuzz-signal"), "product-usage");
    signal.put("value", 0.5);
    Map<String, Object> customer = RetentionApi.aCustomer();
    customer.put("lineage", RetentionApi.aLineage());
    Map<String, Object> handover = new HashMap<>(RetentionApi.aHandover());
    handover.put("lineage", Map.of("segment", "smb", "daysToValue", 21, "firstValueLate", true));
    return Map.of(
        "PUT /api/customers/{customerId}", customer,
        "POST /api/customers/{customerId}/signals", signal,
        "POST /api/customers/{customerId}/handover", handover,
        "POST /api/customers/{customerId}/save-plays", RetentionApi.aSavePlayRequest(),
        "POST /api/save-plays/{interventionId}/outcome",
            Map.of("outcome", "saved", "workedBy", "amy"));
  }

  @Override
  protected Map<String, String> existingIds() {
    RetentionApi api = new RetentionApi(http);
    String customerId = api.registered(RetentionApi.newId("fuzz-customer"), Map.of());
    String savePlay =
        api.post("/api/customers/" + customerId + "/save-plays", RetentionApi.aSavePlayRequest())
            .getBody();
    try {
      String interventionId = new ObjectMapper().readTree(savePlay).path("interventionId").asText();
      if (interventionId.isEmpty()) {
        throw new IllegalStateException("No save play started: " + savePlay);
      }
      return Map.of("customerId", customerId, "interventionId", interventionId);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
